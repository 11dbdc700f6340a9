import type { Database } from 'better-sqlite3';
import type { ApiOutput, ApiParsedInput } from '../../contract';
import { fieldError, notFound } from '../errors';
import { assertStageAllows } from '../orders/stage-guard';
import { isoNow, refuseStaleWrite } from '../write';
import { postingWriter, readLines, readOrder, unsignedLines, type PostingLine, type PostingOrder } from './post-lines';

type Input = ApiParsedInput<'postings.postOrder'>;

/** The chosen lines (all open ones when none are chosen); every chosen line must be open. */
function chosenLines(lines: readonly PostingLine[], lineIds: readonly number[] | undefined): PostingLine[] {
  if (lineIds === undefined) return lines.filter((l) => l.status === 'created');
  return [...new Set(lineIds)].map((id) => {
    const line = lines.find((l) => l.id === id);
    if (!line) throw fieldError('lineIds', 'posting_line_not_in_order');
    if (line.status !== 'created') throw fieldError('lineIds', 'posting_line_not_open', { line: line.lineNo });
    return line;
  });
}

function assertOrderPostable(order: PostingOrder): void {
  if (order.progress === 'posted') throw fieldError('orderId', 'order_posted');
  if (order.progress === 'cancelled') throw fieldError('orderId', 'order_cancelled');
}

/**
 * Posts an order's lines in one transaction: the stage, sign-off and every line's tax rate must
 * allow it, or nothing at all is posted (a line that fails rolls back the lines before it).
 */
export function postOrder(db: Database, input: Input, ctx: { actor: string; now(): Date }): ApiOutput<'postings.postOrder'> {
  return db.transaction(() => {
    const order = readOrder(db, input.orderId);
    if (!order) throw notFound();
    if (order.version !== input.version) refuseStaleWrite(db, 'service_orders', order.id);
    assertOrderPostable(order);
    assertStageAllows(db, order.id, 'post');
    const lines = chosenLines(readLines(db, order.id), input.lineIds);
    if (lines.length === 0) throw fieldError('orderId', 'posting_nothing');
    const unsigned = unsignedLines(db, order, lines);
    if (unsigned.length > 0) throw fieldError('lineIds', 'posting_unsigned', { lines: unsigned.map((l) => l.lineNo).join(', ') });

    const writer = postingWriter(db, { actor: ctx.actor, at: isoNow(ctx) });
    const runId = writer.startRun(input.lineIds ? 'lines' : 'order', lines.length, order.number);
    writer.postLines(runId, order.id, lines, input.postingDate);
    writer.finishOrder(order.id);
    const after = readOrder(db, order.id) as PostingOrder;
    return { orderId: order.id, version: after.version, progress: after.progress, runId, lines: lines.length };
  })();
}
