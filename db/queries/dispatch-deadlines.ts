import type { Database } from 'better-sqlite3';

/**
 * The stored SLA deadline of orders (`service_orders.sla_deadline_at`), which the board shows and the
 * queue sorts by. The services compute it (working time needs the SLA calendar); these statements
 * only find the orders that lack one and store it.
 */

export function setSlaDeadline(db: Database, orderId: number, deadline: string | null): void {
  db.prepare('UPDATE service_orders SET sla_deadline_at = ? WHERE id = ?').run(deadline, orderId);
}

export interface MissingDeadlineRaw {
  id: number;
  priority: 'high' | 'normal' | 'low';
  slaId: number;
  /** Where an implied clock starts: the SLA start (a request's received time), else the creation. */
  clockStart: string;
  /** 0: the clock is only implied (no stored segment yet). */
  segments: number;
}

/**
 * Open orders whose SLA clock runs (no stored segment yet, or an open running last segment) but
 * which have no stored deadline: orders stored before the deadline column existed or written by a
 * path that does not compute it (the seed). Uses the partial index service_orders_deadline_missing.
 */
export function ordersMissingDeadline(db: Database): MissingDeadlineRaw[] {
  return db
    .prepare(
      `SELECT o.id, o.priority, o.sla_id AS slaId, coalesce(o.sla_start_at, o.created_at) AS clockStart,
         (SELECT count(*) FROM sla_segments s WHERE s.order_id = o.id) AS segments
       FROM service_orders o
       WHERE o.progress = 'in_process' AND o.sla_id IS NOT NULL AND o.sla_cancelled_at IS NULL AND o.sla_deadline_at IS NULL
         AND coalesce((SELECT s.kind = 'running' AND s.end_at IS NULL FROM sla_segments s
                       WHERE s.order_id = o.id ORDER BY s.start_at DESC, s.id DESC LIMIT 1), 1)`,
    )
    .all() as MissingDeadlineRaw[];
}
