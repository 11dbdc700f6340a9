import type { Database } from 'better-sqlite3';
import type { OrderHeaderValues } from '../../contract/orders';
import { notFound } from '../errors';
import { storeSlaDeadline } from '../lifecycle-stages/sla-store';
import { isoNow, refuseStaleWrite } from '../write';
import { assertOrderEditable, checkHeader, headerParams, orderSearchText, withHeaderDefaults } from './header-rules';
import { orderHead } from './lookups';

/**
 * Changes an order's header fields (number, origin, stage and progress are not header input).
 * Refused when the order is posted or cancelled, or its stage forbids modification; a stale
 * `version` is refused with a conflict naming who changed it and when.
 */
export function updateOrder(db: Database, input: OrderHeaderValues & { id: number; version: number }, ctx: { actor: string; now(): Date }): void {
  const { id, version, ...sent } = input;
  db.transaction(() => {
    const stored = orderHead(db, id);
    if (!stored) throw notFound();
    assertOrderEditable(stored, { progress: 'progress', stage: 'stageId' });
    const v = withHeaderDefaults(db, sent);
    checkHeader(db, v, stored);
    const changed = db
      .prepare(
        `UPDATE service_orders SET description = @description, customer_id = @customerId, site_id = @siteId,
           agreement_id = @agreementId, service_object_id = @serviceObjectId, priority = @priority,
           preferred_date = @preferredDate, preferred_start_time = @preferredStartTime, preferred_end_time = @preferredEndTime,
           responsible_worker_id = @responsibleWorkerId, preferred_worker_id = @preferredWorkerId, sla_id = @slaId,
           service_address = @serviceAddress, service_city = @serviceCity, search_text = @searchText,
           version = version + 1, updated_at = @now, updated_by = @actor
         WHERE id = @id AND version = @version`,
      )
      .run({ ...headerParams(v), searchText: orderSearchText(db, stored.number, v), now: isoNow(ctx), actor: ctx.actor, id, version });
    if (changed.changes === 0) refuseStaleWrite(db, 'service_orders', id);
    // The SLA or the priority (its target) may have changed.
    storeSlaDeadline(db, id);
  })();
}
