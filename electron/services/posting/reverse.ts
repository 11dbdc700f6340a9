import type { Database } from 'better-sqlite3';
import type { ApiOutput } from '../../contract';
import { reversalAmounts } from '../../domain/posting';
import { fieldError, notFound } from '../errors';
import { isoNow } from '../write';
import { postedTransaction } from './journal';
import { postingWriter, readOrder, type PostingOrder } from './post-lines';

interface StoredTransaction {
  id: number;
  orderId: number;
  orderLineId: number;
  transactionType: 'hour' | 'expense' | 'item' | 'fee';
  postingDate: string;
  quantityX100: number;
  costAmountCents: number;
  salesAmountCents: number;
  taxGroupId: number | null;
  taxRateX100: number;
  taxAmountCents: number;
  reversesId: number | null;
}

/**
 * Cancels a posted transaction with its exact negative, dated like the original so both land in
 * the same period, and opens the line again for correction. The UNIQUE reverses_id column makes a
 * second reversal impossible even past this check.
 */
export function reverseTransaction(db: Database, transactionId: number, ctx: { actor: string; now(): Date }): ApiOutput<'postings.reverse'> {
  return db.transaction(() => {
    const original = db
      .prepare(
        `SELECT id, order_id AS orderId, order_line_id AS orderLineId, transaction_type AS transactionType, posting_date AS postingDate,
           quantity_x100 AS quantityX100, cost_amount_cents AS costAmountCents, sales_amount_cents AS salesAmountCents,
           tax_group_id AS taxGroupId, tax_rate_x100 AS taxRateX100, tax_amount_cents AS taxAmountCents, reverses_id AS reversesId
         FROM posted_transactions WHERE id = ?`,
      )
      .get(transactionId) as StoredTransaction | undefined;
    if (!original) throw notFound();
    if (original.reversesId !== null) throw fieldError('transactionId', 'posting_is_reversal');
    if (db.prepare('SELECT 1 FROM posted_transactions WHERE reverses_id = ?').get(original.id)) throw fieldError('transactionId', 'posting_already_reversed');

    const writer = postingWriter(db, { actor: ctx.actor, at: isoNow(ctx) });
    const runId = writer.startRun('reversal', 1, null);
    const id = writer.writeTransaction(
      runId,
      original.orderId,
      original.orderLineId,
      original.transactionType,
      original.postingDate,
      reversalAmounts(original),
      original.taxGroupId,
      original.id,
    );
    writer.reopenLine(original.orderLineId);
    writer.finishOrder(original.orderId);
    const order = readOrder(db, original.orderId) as PostingOrder;
    return { orderId: order.id, version: order.version, progress: order.progress, transaction: postedTransaction(db, id) as NonNullable<ReturnType<typeof postedTransaction>> };
  })();
}
