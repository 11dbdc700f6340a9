import type { Database } from 'better-sqlite3';

/** The reads the order rules share. Plain SQL on fixed tables; every value is a bound parameter. */

export interface OrderHead {
  id: number;
  number: string;
  customerId: number;
  agreementId: number | null;
  progress: 'in_process' | 'posted' | 'cancelled';
  /** Null when the order has no stage (made before any stage existed): then nothing is forbidden. */
  stageCode: string | null;
  modificationAllowed: boolean;
  deletionAllowed: boolean;
}

export function orderHead(db: Database, id: number): OrderHead | undefined {
  const row = db
    .prepare(
      `SELECT o.id, o.number, o.customer_id AS customerId, o.agreement_id AS agreementId, o.progress, st.code AS stageCode,
         coalesce(st.modification_allowed, 1) AS modificationAllowed, coalesce(st.deletion_allowed, 1) AS deletionAllowed
       FROM service_orders o LEFT JOIN service_stages st ON st.id = o.stage_id WHERE o.id = ?`,
    )
    .get(id) as (Omit<OrderHead, 'modificationAllowed' | 'deletionAllowed'> & { modificationAllowed: number; deletionAllowed: number }) | undefined;
  return row && { ...row, modificationAllowed: row.modificationAllowed === 1, deletionAllowed: row.deletionAllowed === 1 };
}

export function rootStageId(db: Database): number | null {
  return (db.prepare('SELECT id FROM service_stages WHERE parent_id IS NULL').pluck().get() as number | undefined) ?? null;
}

export interface AgreementFacts {
  customerId: number;
  status: string;
  slaId: number | null;
}

export function agreementFacts(db: Database, id: number): AgreementFacts | undefined {
  return db.prepare('SELECT customer_id AS customerId, status, sla_id AS slaId FROM agreements WHERE id = ?').get(id) as AgreementFacts | undefined;
}

export function siteCustomer(db: Database, siteId: number): number | undefined {
  return db.prepare('SELECT customer_id FROM customer_sites WHERE id = ?').pluck().get(siteId) as number | undefined;
}

const ids = (db: Database, sql: string, id: number) => db.prepare(sql).pluck().all(id) as number[];

/** Objects a line of the order may name: the order's own relations and its agreement's. */
export function allowedObjectIds(db: Database, order: OrderHead): number[] {
  const own = ids(db, 'SELECT service_object_id FROM service_order_objects WHERE order_id = ?', order.id);
  const agreed = order.agreementId === null ? [] : ids(db, 'SELECT service_object_id FROM agreement_objects WHERE agreement_id = ?', order.agreementId);
  return [...own, ...agreed];
}

/** Tasks a line of the order may name: the order's own relations and its agreement's. */
export function allowedTaskIds(db: Database, order: OrderHead): number[] {
  const own = ids(db, 'SELECT task_id FROM service_order_tasks WHERE order_id = ?', order.id);
  const agreed = order.agreementId === null ? [] : ids(db, 'SELECT task_id FROM agreement_tasks WHERE agreement_id = ?', order.agreementId);
  return [...own, ...agreed];
}

/** The first line of an order (by number) that names this object or task, if any. */
export function orderLineUsing(db: Database, orderId: number, column: 'service_object_id' | 'task_id', id: number): number | undefined {
  return db
    .prepare(`SELECT line_no FROM service_order_lines WHERE order_id = ? AND ${column} = ? ORDER BY line_no LIMIT 1`)
    .pluck()
    .get(orderId, id) as number | undefined;
}

export function lastOrderLineNo(db: Database, orderId: number): number {
  return db.prepare('SELECT coalesce(max(line_no), 0) FROM service_order_lines WHERE order_id = ?').pluck().get(orderId) as number;
}

/**
 * Keeps the header's planned hours the sum of its hour lines, as generation writes them. `change`
 * is the line being written (its id excluded from the stored sum, its new hours added).
 */
export function refreshPlannedHours(db: Database, orderId: number, change: { lineId: number | null; hoursX100: number }): void {
  const stored = db
    .prepare(
      `SELECT coalesce(sum(quantity_x100), 0) FROM service_order_lines
       WHERE order_id = ? AND transaction_type = 'hour' AND id IS NOT ?`,
    )
    .pluck()
    .get(orderId, change.lineId) as number;
  db.prepare('UPDATE service_orders SET planned_hours_x100 = ? WHERE id = ?').run(stored + change.hoursX100, orderId);
}
