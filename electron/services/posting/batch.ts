import type { Database } from 'better-sqlite3';
import { POSTING_ORDERS_LISTED, type PostingBatchInput, type PostingBatchSummary } from '../../contract/posting';
import { ServiceError, fieldError } from '../errors';
import { assertStageAllows } from '../orders/stage-guard';
import { postingWriter, readLines, readOrder, unsignedLines, type PostingOrder } from './post-lines';

export interface PostingHooks {
  actor: string;
  now: Date;
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
}

/** Thrown out of the run's transaction when the caller cancelled; nothing was kept. */
export class PostingCancelled extends Error {
  constructor() {
    super('posting cancelled');
    this.name = 'PostingCancelled';
  }
}

/** Orders between cancel checks and progress reports: small enough to stop quickly. */
const CHUNK = 50;

export function checkBatchInput(input: PostingBatchInput): void {
  if (input.to < input.from) throw fieldError('to', 'date_order', { other: 'from' });
  if (input.transactionTypes.length === 0) throw fieldError('transactionTypes', 'required');
}

type Skip = PostingBatchSummary['skippedOrders'][number]['reason'];

/**
 * "Post service orders" for a period: every in-process order whose service date is in it and that
 * has open lines of the chosen types. The whole run is one transaction (cancel = nothing posted);
 * each order is posted inside a savepoint, so an order refused for a missing tax rate is skipped
 * without undoing the others. Orders the stage or sign-off forbid are skipped before any write.
 */
export function runPostingBatch(db: Database, input: PostingBatchInput, hooks: PostingHooks): PostingBatchSummary {
  checkBatchInput(input);
  const types = input.transactionTypes;
  return db.transaction((): PostingBatchSummary => {
    const ids = db
      .prepare(
        `SELECT o.id FROM service_orders o
         WHERE o.progress = 'in_process' AND o.preferred_date BETWEEN ? AND ?
           AND EXISTS (SELECT 1 FROM service_order_lines l WHERE l.order_id = o.id AND l.status = 'created'
                       AND l.transaction_type IN (${types.map(() => '?').join(', ')}))
         ORDER BY o.preferred_date, o.id`,
      )
      .pluck()
      .all(input.from, input.to, ...types) as number[];
    const summary: PostingBatchSummary = {
      ordersConsidered: ids.length,
      ordersPosted: 0,
      linesPosted: 0,
      skipped: { stage: 0, unsigned: 0, no_tax_rate: 0 },
      posted: [],
      skippedOrders: [],
    };
    const writer = postingWriter(db, { actor: hooks.actor, at: hooks.now.toISOString() });
    const runId = writer.startRun('batch', 0, `${input.from} – ${input.to}`);
    const skip = (order: PostingOrder, reason: Skip) => {
      summary.skipped[reason] += 1;
      if (summary.skippedOrders.length < POSTING_ORDERS_LISTED) summary.skippedOrders.push({ orderId: order.id, number: order.number, reason });
    };
    const postOne = db.transaction((order: PostingOrder, lines: ReturnType<typeof readLines>) => {
      writer.postLines(runId, order.id, lines, input.postingDate);
      writer.finishOrder(order.id);
    });

    hooks.onProgress?.(0, ids.length);
    for (let start = 0; start < ids.length; start += CHUNK) {
      if (hooks.isCancelled?.()) throw new PostingCancelled();
      for (const id of ids.slice(start, start + CHUNK)) {
        const order = readOrder(db, id) as PostingOrder;
        try {
          assertStageAllows(db, id, 'post');
        } catch (err) {
          if (!(err instanceof ServiceError)) throw err;
          skip(order, 'stage');
          continue;
        }
        const lines = readLines(db, id).filter((l) => l.status === 'created' && types.includes(l.transactionType));
        if (unsignedLines(db, order, lines).length > 0) {
          skip(order, 'unsigned');
          continue;
        }
        try {
          postOne(order, lines);
        } catch (err) {
          if (err instanceof ServiceError && err.key === 'posting_no_tax_rate') {
            skip(order, 'no_tax_rate');
            continue;
          }
          throw err;
        }
        summary.ordersPosted += 1;
        summary.linesPosted += lines.length;
        if (summary.posted.length < POSTING_ORDERS_LISTED) {
          const after = readOrder(db, id) as PostingOrder;
          summary.posted.push({ orderId: id, number: order.number, lines: lines.length, progress: after.progress });
        }
      }
      hooks.onProgress?.(Math.min(start + CHUNK, ids.length), ids.length);
    }
    if (hooks.isCancelled?.()) throw new PostingCancelled();
    writer.setRunLines(runId, summary.linesPosted);
    return summary;
  })();
}
