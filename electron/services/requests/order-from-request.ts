import type { Database } from 'better-sqlite3';
import { storeSlaDeadline } from '../lifecycle-stages/sla-store';
import { createOrder } from '../orders/create-order';
import { isoNow } from '../write';

/** What a converted request hands to the order. */
export interface OrderFromRequest {
  description: string;
  customerId: number;
  siteId: number | null;
  serviceObjectId: number | null;
  agreementId: number | null;
  priority: 'high' | 'normal' | 'low';
  /** The request's received instant: where the order's SLA clock starts. */
  slaStartAt: string;
}

// The order header's description is a one-line title (orders.create allows 200 characters); the
// request keeps the full text.
const ORDER_DESCRIPTION_MAX = 200;

/**
 * Creates the order through the same service as a manual order (origin "request"), so the same
 * header rules apply, then adds what only a request brings: the object as a related object and the
 * SLA start. Runs inside the caller's transaction.
 */
export function insertOrderFromRequest(db: Database, v: OrderFromRequest, ctx: { actor: string; now(): Date }): { id: number; number: string } {
  const id = createOrder(
    db,
    {
      description: v.description.slice(0, ORDER_DESCRIPTION_MAX).trim(),
      customerId: v.customerId,
      siteId: v.siteId,
      agreementId: v.agreementId,
      serviceObjectId: v.serviceObjectId,
      priority: v.priority,
      preferredDate: null,
      preferredStartTime: null,
      preferredEndTime: null,
      responsibleWorkerId: null,
      preferredWorkerId: null,
      slaId: null,
      serviceAddress: null,
      serviceCity: null,
      origin: 'request',
    },
    ctx,
  );
  const now = isoNow(ctx);
  db.prepare('UPDATE service_orders SET sla_start_at = ? WHERE id = ?').run(v.slaStartAt, id);
  storeSlaDeadline(db, id);
  if (v.serviceObjectId !== null) {
    db.prepare(
      `INSERT INTO service_order_objects (order_id, service_object_id, note, version, created_at, updated_at, updated_by)
       VALUES (?, ?, NULL, 0, ?, ?, ?)`,
    ).run(id, v.serviceObjectId, now, now, ctx.actor);
  }
  const number = db.prepare('SELECT number FROM service_orders WHERE id = ?').pluck().get(id) as string;
  return { id, number };
}
