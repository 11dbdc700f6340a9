import type { Database } from 'better-sqlite3';
import { defaultPrices, type LineTransactionType, type Prices } from '../../domain/pricing-defaults';

/**
 * The reads the agreement rules and the copy service share. Plain SQL on fixed tables; every
 * value is a bound parameter.
 */

export interface AgreementHead {
  id: number;
  number: string;
  customerId: number;
  status: string;
  validFrom: string;
  validTo: string | null;
  templateGroupId: number | null;
}

export function agreementHead(db: Database, id: number): AgreementHead | undefined {
  return db
    .prepare(
      `SELECT id, number, customer_id AS customerId, status, valid_from AS validFrom, valid_to AS validTo,
              template_group_id AS templateGroupId
       FROM agreements WHERE id = ?`,
    )
    .get(id) as AgreementHead | undefined;
}

type PricedTable = 'items' | 'workers' | 'transaction_categories';

export function pricesOf(db: Database, table: PricedTable, id: number | null): Prices | null {
  if (id === null) return null;
  const row = db.prepare(`SELECT cost_price_cents AS costPriceCents, sales_price_cents AS salesPriceCents FROM ${table} WHERE id = ?`).get(id) as
    | Prices
    | undefined;
  return row ?? null;
}

/** The prices an agreement or order line gets by default from its item, worker or category. */
export function linePriceDefaults(
  db: Database,
  line: { transactionType: LineTransactionType; itemId: number | null; workerId: number | null; categoryId: number | null },
): Prices {
  return defaultPrices({
    transactionType: line.transactionType,
    item: pricesOf(db, 'items', line.itemId),
    worker: pricesOf(db, 'workers', line.workerId),
    category: pricesOf(db, 'transaction_categories', line.categoryId),
  });
}

export function categoryType(db: Database, id: number): string | undefined {
  return (db.prepare('SELECT transaction_type AS t FROM transaction_categories WHERE id = ?').get(id) as { t: string } | undefined)?.t;
}

/** Owner of a service object; null for an object that belongs to no customer. */
export function objectCustomer(db: Database, objectId: number): number | null {
  return (db.prepare('SELECT customer_id AS c FROM service_objects WHERE id = ?').get(objectId) as { c: number | null } | undefined)?.c ?? null;
}

export function relatedObjectIds(db: Database, agreementId: number): number[] {
  const rows = db.prepare('SELECT service_object_id AS id FROM agreement_objects WHERE agreement_id = ?').all(agreementId) as { id: number }[];
  return rows.map((r) => r.id);
}

export function relatedTaskIds(db: Database, agreementId: number): number[] {
  const rows = db.prepare('SELECT task_id AS id FROM agreement_tasks WHERE agreement_id = ?').all(agreementId) as { id: number }[];
  return rows.map((r) => r.id);
}

/** The first line of an agreement (by number) that names this object or task, if any. */
export function lineUsing(db: Database, agreementId: number, column: 'service_object_id' | 'task_id', id: number): number | undefined {
  const row = db
    .prepare(`SELECT line_no AS lineNo FROM agreement_lines WHERE agreement_id = ? AND ${column} = ? ORDER BY line_no LIMIT 1`)
    .get(agreementId, id) as { lineNo: number } | undefined;
  return row?.lineNo;
}

export function lastLineNo(db: Database, agreementId: number): number {
  return (db.prepare('SELECT coalesce(max(line_no), 0) AS n FROM agreement_lines WHERE agreement_id = ?').get(agreementId) as { n: number }).n;
}

export interface LineDatesRow {
  lineNo: number;
  validFrom: string | null;
  validTo: string | null;
}

export function linesWithDates(db: Database, agreementId: number): LineDatesRow[] {
  return db
    .prepare(
      `SELECT line_no AS lineNo, valid_from AS validFrom, valid_to AS validTo FROM agreement_lines
       WHERE agreement_id = ? AND (valid_from IS NOT NULL OR valid_to IS NOT NULL) ORDER BY line_no`,
    )
    .all(agreementId) as LineDatesRow[];
}

export function orderCount(db: Database, agreementId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM service_orders WHERE agreement_id = ?').get(agreementId) as { n: number }).n;
}
