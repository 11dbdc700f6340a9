import type { Database } from 'better-sqlite3';
import type { PostedTransaction } from '../../contract/posting';

const SELECT = `
  SELECT t.id, t.posting_run_id AS runId, t.order_line_id AS orderLineId, l.line_no AS lineNo, l.description,
    t.transaction_type AS transactionType, t.posting_date AS postingDate, t.quantity_x100 AS quantityX100,
    t.cost_amount_cents AS costAmountCents, t.sales_amount_cents AS salesAmountCents, g.code AS taxGroupCode,
    t.tax_rate_x100 AS taxRateX100, t.tax_amount_cents AS taxAmountCents, t.reverses_id AS reversesId,
    (SELECT r.id FROM posted_transactions r WHERE r.reverses_id = t.id) AS reversedById, t.posted_at AS postedAt, t.posted_by AS postedBy
  FROM posted_transactions t JOIN service_order_lines l ON l.id = t.order_line_id LEFT JOIN tax_groups g ON g.id = t.tax_group_id`;

/** An order's journal in posting order (a reversal always follows what it reverses). */
export function orderJournal(db: Database, orderId: number): PostedTransaction[] {
  return db.prepare(`${SELECT} WHERE t.order_id = ? ORDER BY t.id`).all(orderId) as PostedTransaction[];
}

export function postedTransaction(db: Database, id: number): PostedTransaction | undefined {
  return db.prepare(`${SELECT} WHERE t.id = ?`).get(id) as PostedTransaction | undefined;
}
