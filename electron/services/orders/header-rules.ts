import type { Database } from 'better-sqlite3';
import { getParameters } from '../../../db/queries/parameters';
import { foldForSearch } from '../../../db/search-text';
import type { OrderHeaderValues } from '../../contract/orders';
import { orderHeaderEntity } from '../../contract/order-entities';
import { tableOf } from '../entities/registry';
import { fieldError } from '../errors';
import { agreementFacts, siteCustomer, type OrderHead } from './lookups';

/**
 * Rules of the order header, shared by creating (by hand or from a customer request) and editing.
 * Each refusal names the field it is about.
 */

/**
 * Whether the order may change at all: not once posted or cancelled, and not while its stage
 * forbids modification. `fields` says which field each refusal names (the header names the stage
 * itself, a line names its order).
 */
export function assertOrderEditable(order: OrderHead, fields: { progress: string; stage: string }): void {
  if (order.progress === 'posted') throw fieldError(fields.progress, 'order_posted');
  if (order.progress === 'cancelled') throw fieldError(fields.progress, 'order_cancelled');
  if (!order.modificationAllowed) throw fieldError(fields.stage, 'order_stage_no_change', { stage: order.stageCode ?? '' });
}

/** Values the service fills in: an empty SLA takes the agreement's. */
export function withHeaderDefaults(db: Database, v: OrderHeaderValues): OrderHeaderValues {
  if (v.slaId !== null || v.agreementId === null) return v;
  return { ...v, slaId: agreementFacts(db, v.agreementId)?.slaId ?? null };
}

/**
 * `stored` is the order before the change (null on create). The agreement's status and the
 * parameter are checked only when the agreement is chosen or changed, so an order whose agreement
 * has since expired can still get its description or date corrected.
 */
export function checkHeader(db: Database, v: OrderHeaderValues, stored: { agreementId: number | null } | null): void {
  for (const [key, field] of Object.entries(orderHeaderEntity.fields)) {
    const value = (v as Record<string, unknown>)[key];
    if (!field.ref || value == null) continue;
    if (!db.prepare(`SELECT 1 FROM "${tableOf(field.ref).table}" WHERE id = ?`).get(value)) throw fieldError(key, 'ref_missing');
  }
  if (v.siteId !== null && siteCustomer(db, v.siteId) !== v.customerId) throw fieldError('siteId', 'site_not_of_customer', { other: 'customerId' });
  if (v.serviceObjectId !== null) {
    const owner = db.prepare('SELECT customer_id FROM service_objects WHERE id = ?').pluck().get(v.serviceObjectId) as number | null;
    if (owner !== null && owner !== v.customerId) throw fieldError('serviceObjectId', 'object_not_of_order_customer');
  }
  const agreementChosen = stored === null || stored.agreementId !== v.agreementId;
  if (v.agreementId === null) {
    if (agreementChosen && !getParameters(db).allowOrdersWithoutAgreement) throw fieldError('agreementId', 'order_needs_agreement');
  } else {
    const agreement = agreementFacts(db, v.agreementId);
    if (agreement && agreement.customerId !== v.customerId) throw fieldError('agreementId', 'agreement_of_other_customer', { other: 'customerId' });
    if (agreement && agreementChosen && agreement.status !== 'active') throw fieldError('agreementId', 'agreement_not_active');
  }
  if (v.preferredStartTime !== null && v.preferredEndTime !== null && v.preferredEndTime <= v.preferredStartTime) {
    throw fieldError('preferredEndTime', 'time_order', { other: 'preferredStartTime' });
  }
}

/** Search text as generation writes it: number, description, customer, city and the object's serial number. */
export function orderSearchText(db: Database, number: string, v: OrderHeaderValues): string {
  const customer = db.prepare('SELECT name FROM customers WHERE id = ?').pluck().get(v.customerId) as string | undefined;
  const siteCity = v.siteId === null ? null : (db.prepare('SELECT city FROM customer_sites WHERE id = ?').pluck().get(v.siteId) as string | null);
  const serial = v.serviceObjectId === null ? null : (db.prepare('SELECT serial_no FROM service_objects WHERE id = ?').pluck().get(v.serviceObjectId) as string | null);
  return foldForSearch(number, v.description, customer, v.serviceCity ?? siteCity, serial);
}

/** Named parameters of the header columns, shared by INSERT and UPDATE. */
export function headerParams(v: OrderHeaderValues) {
  return {
    description: v.description,
    customerId: v.customerId,
    siteId: v.siteId,
    agreementId: v.agreementId,
    serviceObjectId: v.serviceObjectId,
    priority: v.priority,
    preferredDate: v.preferredDate,
    preferredStartTime: v.preferredStartTime,
    preferredEndTime: v.preferredEndTime,
    responsibleWorkerId: v.responsibleWorkerId,
    preferredWorkerId: v.preferredWorkerId,
    slaId: v.slaId,
    serviceAddress: v.serviceAddress,
    serviceCity: v.serviceCity,
  };
}
