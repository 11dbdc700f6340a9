import type { Database } from 'better-sqlite3';
import { takeNextNumber } from '../../../db/queries/settings';
import type { OrderHeaderValues } from '../../contract/orders';
import { storeSlaDeadline } from '../lifecycle-stages/sla-store';
import { isoNow } from '../write';
import { checkHeader, headerParams, orderSearchText, withHeaderDefaults } from './header-rules';
import { rootStageId } from './lookups';

/**
 * What a new service order is made of: the header fields exactly as `orders.create` parses them
 * (`OrderHeaderInput` in electron/contract/orders.ts: description, customerId, siteId, agreementId,
 * serviceObjectId, priority, preferredDate, preferredStartTime/EndTime, responsibleWorkerId,
 * preferredWorkerId, slaId, serviceAddress, serviceCity; optional ones as null), plus where the
 * order came from. A caller converting a customer request passes `origin: 'request'`.
 */
export interface CreateOrderValues extends OrderHeaderValues {
  origin?: 'manual' | 'request';
}

/**
 * Creates one service order and returns its id: checks the header rules (refusals are field
 * errors), takes the next number of the 'order' sequence (skipping numbers typed by hand), starts
 * it in the root stage with progress "in process", and defaults an empty SLA from the agreement.
 * Runs in its own transaction, or as part of the caller's when one is open (a savepoint), so a
 * conversion can write the request and the order together.
 */
export function createOrder(db: Database, values: CreateOrderValues, ctx: { actor: string; now(): Date }): number {
  return db.transaction(() => {
    const { origin = 'manual', ...header } = values;
    const v = withHeaderDefaults(db, header);
    checkHeader(db, v, null);
    const taken = db.prepare('SELECT 1 FROM service_orders WHERE number = ?');
    let number: string;
    do number = takeNextNumber(db, 'order');
    while (taken.get(number) !== undefined);
    const now = isoNow(ctx);
    const result = db
      .prepare(
        `INSERT INTO service_orders (number, description, customer_id, site_id, agreement_id, service_object_id, priority,
           origin, progress, preferred_date, responsible_worker_id, preferred_worker_id, sla_id, stage_id,
           preferred_start_time, preferred_end_time, service_address, service_city, search_text,
           version, created_at, updated_at, updated_by)
         VALUES (@number, @description, @customerId, @siteId, @agreementId, @serviceObjectId, @priority,
           @origin, 'in_process', @preferredDate, @responsibleWorkerId, @preferredWorkerId, @slaId, @stageId,
           @preferredStartTime, @preferredEndTime, @serviceAddress, @serviceCity, @searchText,
           0, @now, @now, @actor)`,
      )
      .run({
        ...headerParams(v),
        number,
        origin,
        stageId: rootStageId(db),
        searchText: orderSearchText(db, number, v),
        now,
        actor: ctx.actor,
      });
    const id = Number(result.lastInsertRowid);
    storeSlaDeadline(db, id);
    return id;
  })();
}
