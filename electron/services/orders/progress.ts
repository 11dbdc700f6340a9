import type { Database } from 'better-sqlite3';

export type OrderProgress = 'in_process' | 'posted' | 'cancelled';
export type LineStatus = 'created' | 'posted' | 'cancelled';

/**
 * An order's progress from its lines (domain reference §4.3): cancelled when every line is
 * cancelled, or when the order itself was cancelled (an order can be cancelled before it has any
 * line); posted when every line that is not cancelled is posted and at least one is; otherwise in
 * process. Pure, so the rule is tested without a database.
 */
export function deriveProgress(statuses: readonly LineStatus[], orderCancelled: boolean): OrderProgress {
  if (orderCancelled) return 'cancelled';
  if (statuses.length === 0) return 'in_process';
  if (statuses.every((s) => s === 'cancelled')) return 'cancelled';
  if (statuses.every((s) => s !== 'created')) return 'posted';
  return 'in_process';
}

/**
 * Stores the derived progress on the order after any change of a line's status (cancel, revoke,
 * posting, a failed posting rolled back). Only `progress` changes: the caller decides whether its
 * change bumps the order's version.
 */
export function recomputeProgress(db: Database, orderId: number): void {
  const order = db.prepare('SELECT cancelled_at AS cancelledAt FROM service_orders WHERE id = ?').get(orderId) as { cancelledAt: string | null } | undefined;
  if (!order) return;
  const statuses = db.prepare('SELECT status FROM service_order_lines WHERE order_id = ?').pluck().all(orderId) as LineStatus[];
  db.prepare('UPDATE service_orders SET progress = ? WHERE id = ?').run(deriveProgress(statuses, order.cancelledAt !== null), orderId);
}
