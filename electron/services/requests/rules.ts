import type { Database } from 'better-sqlite3';
import { getAppSettings } from '../../../db/queries/settings';
import type { ValuesOf } from '../../contract/fields';
import type { requestsEntity } from '../../contract/requests';
import { instantToZoned, zonedToInstant } from '../../domain/sla/working-time';
import type { CallContext } from '../context';
import type { EntityRules } from '../entities/entity-service';
import { checkRepairCoding } from '../entities/repair-rules';
import { fieldError } from '../errors';

export type RequestFields = (typeof requestsEntity)['fields'];
type Values = ValuesOf<RequestFields>;

/** The company's time zone: received dates and times are typed as the desk's wall clock shows them. */
export function companyTimeZone(db: Database): string {
  return getAppSettings(db).timeZone;
}

/** The UTC instant of a request's received date and time. */
export function receivedInstant(db: Database, date: string, time: string): string {
  return zonedToInstant(date, time, companyTimeZone(db));
}

function ownerOf(db: Database, table: 'customer_sites' | 'service_objects' | 'contacts', id: number | null): number | null | undefined {
  if (id === null) return undefined;
  const row = db.prepare(`SELECT customer_id AS c FROM ${table} WHERE id = ?`).get(id) as { c: number | null } | undefined;
  // A missing row is reported by the generic reference check.
  return row ? row.c : undefined;
}

/** Only an open request may change; converted and rejected ones are history. */
export function refuseUnlessOpen(db: Database, id: number): void {
  const row = db.prepare('SELECT status FROM customer_requests WHERE id = ?').get(id) as { status: string } | undefined;
  if (row && row.status !== 'open') throw fieldError('status', 'request_not_open');
}

/**
 * Refuses a received moment after `now`: a request cannot have been received in the future. Run
 * by the handlers, since the entity rules do not see the call's clock.
 */
export function refuseFutureReceipt(db: Database, v: { receivedDate: string | null; receivedTime: string | null }, ctx: CallContext): void {
  if (v.receivedDate === null || v.receivedTime === null) return;
  const now = ctx.now().toISOString();
  if (receivedInstant(db, v.receivedDate, v.receivedTime) <= now) return;
  // Name the date when the whole day is still to come, else the time of today.
  const today = instantToZoned(now, companyTimeZone(db)).date;
  throw fieldError(v.receivedDate > today ? 'receivedDate' : 'receivedTime', 'in_future');
}

export const requestRules: EntityRules<RequestFields> = {
  prepare(_db, v, existing) {
    // A number, date or time cleared in the form keeps the stored one: a saved request always has them.
    if (!existing) return v;
    return {
      ...v,
      number: v.number ?? String(existing.number),
      receivedDate: v.receivedDate ?? String(existing.receivedDate),
      receivedTime: v.receivedTime ?? String(existing.receivedTime),
    };
  },
  validate(db, v, existing) {
    if (existing) refuseUnlessOpen(db, existing.id);
    if (v.receivedDate === null) throw fieldError('receivedDate', 'required');
    if (v.receivedTime === null) throw fieldError('receivedTime', 'required');
    const site = ownerOf(db, 'customer_sites', v.siteId);
    if (site !== undefined && site !== v.customerId) throw fieldError('siteId', 'site_not_of_customer', { other: 'customerId' });
    const object = ownerOf(db, 'service_objects', v.serviceObjectId);
    if (object !== undefined && object !== v.customerId) throw fieldError('serviceObjectId', 'not_of_customer', { other: 'customerId' });
    const contact = ownerOf(db, 'contacts', v.contactId);
    if (contact !== undefined && contact !== v.customerId) throw fieldError('contactId', 'not_of_customer', { other: 'customerId' });
    checkRepairCoding(db, { symptomAreaId: v.symptomAreaId, symptomCodeId: v.symptomCodeId, diagnosisAreaId: null, diagnosisCodeId: null });
  },
  beforeDelete(db, existing) {
    refuseUnlessOpen(db, existing.id);
  },
};

/** Empty date and time on create mean "now" in the company's time zone (the call being taken). */
export function withReceivedDefaults(db: Database, v: Values, ctx: CallContext): Values {
  if (v.receivedDate !== null && v.receivedTime !== null) return v;
  const now = instantToZoned(ctx.now().toISOString(), companyTimeZone(db));
  return { ...v, receivedDate: v.receivedDate ?? now.date, receivedTime: v.receivedTime ?? now.time };
}
