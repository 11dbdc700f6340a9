import type { Database } from 'better-sqlite3';
import type { ApiParsedInput } from '../../contract';
import { fieldError } from '../errors';
import { recomputeProgress } from '../orders/progress';
import { assertStageAllows } from '../orders/stage-guard';
import { isoNow, refuseStaleWrite } from '../write';
import { bumpOrder, firstPostedLineNo, hasPostedTransactions, lineById, signOffOrder } from './lookups';

type Ctx = { actor: string; now(): Date };

/**
 * Cancelling, revoking a cancellation and deleting (domain reference §4.3, §4.5). Posted work is
 * history: an order with anything posted can neither be cancelled nor deleted.
 */

function assertNothingPosted(db: Database, orderId: number): void {
  const line = firstPostedLineNo(db, orderId);
  if (line !== undefined) throw fieldError('progress', 'signoff_order_has_posted', { line });
  // A transaction whose line was already rolled back still counts: it is in the books.
  if (hasPostedTransactions(db, orderId)) throw fieldError('progress', 'order_posted');
}

export function cancelOrder(db: Database, input: ApiParsedInput<'orders.cancel'>, ctx: Ctx): void {
  db.transaction(() => {
    const order = signOffOrder(db, input.orderId);
    if (order.progress === 'cancelled') throw fieldError('progress', 'order_cancelled');
    assertStageAllows(db, order.id, 'cancel');
    assertNothingPosted(db, order.id);
    if (input.reasonId !== undefined && !db.prepare('SELECT 1 FROM stage_reason_codes WHERE id = ?').get(input.reasonId)) {
      throw fieldError('reasonId', 'ref_missing');
    }
    bumpOrder(db, order.id, input.version, ctx);
    const now = isoNow(ctx);
    db.prepare(
      `UPDATE service_orders SET cancelled_at = ?, cancelled_by = ?, cancel_reason_id = ?, cancel_note = ? WHERE id = ?`,
    ).run(now, ctx.actor, input.reasonId ?? null, input.note || null, order.id);
    db.prepare(
      `UPDATE service_order_lines SET status = 'cancelled', version = version + 1, updated_at = ?, updated_by = ?
       WHERE order_id = ? AND status = 'created'`,
    ).run(now, ctx.actor, order.id);
    recomputeProgress(db, order.id);
  })();
}

export function revokeOrderCancel(db: Database, input: ApiParsedInput<'orders.revokeCancel'>, ctx: Ctx): void {
  db.transaction(() => {
    const order = signOffOrder(db, input.orderId);
    if (order.progress !== 'cancelled') throw fieldError('progress', 'signoff_order_not_cancelled');
    bumpOrder(db, order.id, input.version, ctx);
    db.prepare('UPDATE service_orders SET cancelled_at = NULL, cancelled_by = NULL, cancel_reason_id = NULL, cancel_note = NULL WHERE id = ?').run(order.id);
    db.prepare(
      `UPDATE service_order_lines SET status = 'created', version = version + 1, updated_at = ?, updated_by = ?
       WHERE order_id = ? AND status = 'cancelled'`,
    ).run(isoNow(ctx), ctx.actor, order.id);
    recomputeProgress(db, order.id);
  })();
}

/**
 * Deletes the order; its lines, relations, stage log, SLA segments and repair lines go with it
 * (ON DELETE CASCADE), and so do the signatures that only it used.
 */
export function deleteOrder(db: Database, input: ApiParsedInput<'orders.delete'>): void {
  db.transaction(() => {
    const order = signOffOrder(db, input.orderId);
    assertStageAllows(db, order.id, 'delete');
    assertNothingPosted(db, order.id);
    const request = db.prepare('SELECT number FROM customer_requests WHERE order_id = ? LIMIT 1').pluck().get(order.id) as string | undefined;
    if (request !== undefined) throw fieldError('orderId', 'signoff_order_from_request', { number: request });
    const signatureIds = db
      .prepare('SELECT signature_id FROM service_orders WHERE id = @id AND signature_id IS NOT NULL UNION SELECT signature_id FROM service_order_lines WHERE order_id = @id AND signature_id IS NOT NULL')
      .pluck()
      .all({ id: order.id }) as number[];
    const deleted = db.prepare('DELETE FROM service_orders WHERE id = ? AND version = ?').run(order.id, input.version);
    if (deleted.changes === 0) refuseStaleWrite(db, 'service_orders', order.id);
    const dropSignature = db.prepare('DELETE FROM signatures WHERE id = ?');
    for (const id of signatureIds) dropSignature.run(id);
  })();
}

/** The order of a line, checked as cancelling the order is: by its stage, and not once it is posted. */
function lineForChange(db: Database, id: number, version: number) {
  const line = lineById(db, id);
  if (line.version !== version) refuseStaleWrite(db, 'service_order_lines', id);
  const order = signOffOrder(db, line.orderId);
  if (order.progress === 'posted') throw fieldError('progress', 'order_posted');
  assertStageAllows(db, order.id, 'cancel');
  return line;
}

function setLineStatus(db: Database, id: number, status: 'created' | 'cancelled', ctx: Ctx): void {
  db.prepare('UPDATE service_order_lines SET status = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?').run(status, isoNow(ctx), ctx.actor, id);
}

/** Cancels one created line; returns its order's id. */
export function cancelLine(db: Database, input: ApiParsedInput<'orderLines.cancel'>, ctx: Ctx): number {
  return db.transaction(() => {
    const line = lineForChange(db, input.id, input.version);
    if (line.status === 'posted') throw fieldError('status', 'order_line_posted', { line: line.lineNo });
    if (line.status === 'cancelled') throw fieldError('status', 'order_line_cancelled', { line: line.lineNo });
    setLineStatus(db, line.id, 'cancelled', ctx);
    recomputeProgress(db, line.orderId);
    return line.orderId;
  })();
}

/**
 * Returns one cancelled line to created. On an order cancelled as a whole this takes back the
 * order's cancellation too, since the order has open work again.
 */
export function revokeLineCancel(db: Database, input: ApiParsedInput<'orderLines.revokeCancel'>, ctx: Ctx): number {
  return db.transaction(() => {
    const line = lineForChange(db, input.id, input.version);
    if (line.status !== 'cancelled') throw fieldError('status', 'signoff_line_not_cancelled', { line: line.lineNo });
    setLineStatus(db, line.id, 'created', ctx);
    db.prepare('UPDATE service_orders SET cancelled_at = NULL, cancelled_by = NULL, cancel_reason_id = NULL, cancel_note = NULL WHERE id = ?').run(line.orderId);
    recomputeProgress(db, line.orderId);
    return line.orderId;
  })();
}
