import type { Database } from 'better-sqlite3';
import { postingAmounts, type PostingAmounts } from '../../domain/posting';
import type { TaxRatePeriod } from '../../domain/tax';
import { fieldError } from '../errors';
import { recomputeProgress } from '../orders/progress';

/** Who posts and when: the stamps written on runs, transactions, lines and the order. */
export interface PostingActor {
  actor: string;
  at: string;
}

export type LineStatus = 'created' | 'posted' | 'cancelled';

/** An order line as posting reads it; the tax group is the item's, else the category's. */
export interface PostingLine {
  id: number;
  lineNo: number;
  transactionType: 'hour' | 'expense' | 'item' | 'fee';
  quantityX100: number;
  costPriceCents: number;
  salesPriceCents: number;
  status: LineStatus;
  signatureId: number | null;
  taxGroupId: number | null;
}

export interface PostingOrder {
  id: number;
  number: string;
  version: number;
  progress: 'in_process' | 'posted' | 'cancelled';
  signatureId: number | null;
}

export function readOrder(db: Database, id: number): PostingOrder | undefined {
  return db
    .prepare('SELECT id, number, version, progress, signature_id AS signatureId FROM service_orders WHERE id = ?')
    .get(id) as PostingOrder | undefined;
}

export function readLines(db: Database, orderId: number): PostingLine[] {
  return db
    .prepare(
      `SELECT l.id, l.line_no AS lineNo, l.transaction_type AS transactionType, l.quantity_x100 AS quantityX100,
         l.cost_price_cents AS costPriceCents, l.sales_price_cents AS salesPriceCents, l.status, l.signature_id AS signatureId,
         coalesce(i.tax_group_id, c.tax_group_id) AS taxGroupId
       FROM service_order_lines l LEFT JOIN items i ON i.id = l.item_id LEFT JOIN transaction_categories c ON c.id = l.category_id
       WHERE l.order_id = ? ORDER BY l.line_no`,
    )
    .all(orderId) as PostingLine[];
}

/**
 * Lines that may not be posted yet because sign-off is required: a signed order signs all its
 * lines; otherwise each line needs its own signature. Empty when sign-off is not required.
 */
export function unsignedLines(db: Database, order: PostingOrder, lines: readonly PostingLine[]): PostingLine[] {
  const required = db.prepare('SELECT sign_off_required FROM app_settings WHERE id = 1').pluck().get() === 1;
  if (!required || order.signatureId !== null) return [];
  return lines.filter((l) => l.signatureId === null);
}

/**
 * The statements one posting call or batch run writes with, prepared once; tax rates are read once
 * per tax group and kept for the run (they cannot change inside its transaction).
 */
export function postingWriter(db: Database, who: PostingActor) {
  const taxGroups = new Map<number, { code: string; rates: TaxRatePeriod[] }>();
  const groupStmt = db.prepare('SELECT code FROM tax_groups WHERE id = ?').pluck();
  const ratesStmt = db.prepare('SELECT rate_percent AS ratePercent, valid_from AS validFrom, valid_to AS validTo FROM tax_rates WHERE tax_group_id = ?');
  const insertRun = db.prepare('INSERT INTO posting_runs (kind, posted_at, posted_by, lines, note) VALUES (?, ?, ?, ?, ?)');
  const insertTx = db.prepare(
    `INSERT INTO posted_transactions (posting_run_id, order_id, order_line_id, transaction_type, posting_date, quantity_x100,
       cost_amount_cents, sales_amount_cents, tax_group_id, tax_rate_x100, tax_amount_cents, reverses_id, posted_at, posted_by)
     VALUES (@runId, @orderId, @lineId, @type, @postingDate, @quantityX100, @costAmountCents, @salesAmountCents, @taxGroupId,
       @taxRateX100, @taxAmountCents, @reversesId, @at, @actor)`,
  );
  const setLineStatus = db.prepare('UPDATE service_order_lines SET status = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?');
  const touchOrder = db.prepare('UPDATE service_orders SET version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?');

  function taxGroup(id: number) {
    let group = taxGroups.get(id);
    if (!group) {
      group = { code: String(groupStmt.get(id)), rates: ratesStmt.all(id) as TaxRatePeriod[] };
      taxGroups.set(id, group);
    }
    return group;
  }

  return {
    startRun(kind: 'order' | 'lines' | 'batch' | 'reversal', lines: number, note: string | null = null): number {
      return Number(insertRun.run(kind, who.at, who.actor, lines, note).lastInsertRowid);
    },

    setRunLines(runId: number, lines: number): void {
      db.prepare('UPDATE posting_runs SET lines = ? WHERE id = ?').run(lines, runId);
    },

    /**
     * Posts each line in turn. A tax group without a rate on the posting date refuses the line by
     * number; the caller's transaction then undoes the lines already written before it.
     */
    postLines(runId: number, orderId: number, lines: readonly PostingLine[], postingDate: string): void {
      for (const line of lines) {
        const group = line.taxGroupId === null ? null : taxGroup(line.taxGroupId);
        const amounts = postingAmounts(line, group?.rates ?? null, postingDate);
        if (!amounts) throw fieldError('postingDate', 'posting_no_tax_rate', { line: line.lineNo, group: group?.code ?? '', date: postingDate });
        this.writeTransaction(runId, orderId, line.id, line.transactionType, postingDate, amounts, line.taxGroupId, null);
        setLineStatus.run('posted', who.at, who.actor, line.id);
      }
    },

    writeTransaction(
      runId: number,
      orderId: number,
      lineId: number,
      type: PostingLine['transactionType'],
      postingDate: string,
      amounts: PostingAmounts,
      taxGroupId: number | null,
      reversesId: number | null,
    ): number {
      const params = { runId, orderId, lineId, type, postingDate, ...amounts, taxGroupId, reversesId, at: who.at, actor: who.actor };
      return Number(insertTx.run(params).lastInsertRowid);
    },

    reopenLine(lineId: number): void {
      setLineStatus.run('created', who.at, who.actor, lineId);
    },

    /** A new version (so open edit forms notice) and the progress that follows from the lines. */
    finishOrder(orderId: number): void {
      touchOrder.run(who.at, who.actor, orderId);
      recomputeProgress(db, orderId);
    },
  };
}

export type PostingWriter = ReturnType<typeof postingWriter>;
