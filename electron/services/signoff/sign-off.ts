import type { Database } from 'better-sqlite3';
import { getParameters } from '../../../db/queries/parameters';
import type { ApiParsedInput } from '../../contract';
import { fieldError } from '../errors';
import { readSlaStatus } from '../lifecycle-stages/sla-store';
import { bumpOrder, orderLinesOf, signOffOrder, type SignOffLine } from './lookups';

type Ctx = { actor: string; now(): Date };
type SignOffValues = ApiParsedInput<'orders.signOff'>;

/**
 * The lines a sign-off covers. Without `lineIds` it is the order itself and every created line not
 * yet signed; with `lineIds` only those lines, each of which must be the order's, created and not
 * yet signed (a signature is evidence, so it is never replaced).
 */
function linesToSign(lines: readonly SignOffLine[], lineIds: readonly number[] | undefined): SignOffLine[] {
  if (lineIds === undefined) return lines.filter((l) => l.status === 'created' && l.signatureId === null);
  return [...new Set(lineIds)].map((id) => {
    const line = lines.find((l) => l.id === id);
    if (!line) throw fieldError('lineIds', 'signoff_line_not_in_order');
    if (line.status === 'cancelled') throw fieldError('lineIds', 'signoff_line_cancelled', { line: line.lineNo });
    if (line.status === 'posted') throw fieldError('lineIds', 'signoff_line_posted', { line: line.lineNo });
    if (line.signatureId !== null) throw fieldError('lineIds', 'signoff_line_signed', { line: line.lineNo });
    return line;
  });
}

/**
 * Signing off confirms the work is complete; when the SLA is already breached and the parameters
 * demand it, the delay must be explained with a reason code (domain reference §4.8).
 */
function checkSlaReason(db: Database, orderId: number, reasonId: number | undefined, now: string): void {
  if (!getParameters(db).reasonOnSlaExceed) return;
  if (reasonId !== undefined) return;
  if (readSlaStatus(db, orderId, now)?.breached) throw fieldError('reasonId', 'signoff_reason_sla');
}

/** Stores the drawing as a signature and links it to the order and/or the lines it signs. */
export function signOff(db: Database, input: SignOffValues, ctx: Ctx): void {
  const now = ctx.now().toISOString();
  db.transaction(() => {
    const order = signOffOrder(db, input.orderId);
    if (order.progress === 'cancelled') throw fieldError('progress', 'order_cancelled');
    if (order.progress === 'posted') throw fieldError('progress', 'order_posted');
    // The canvas always produces a valid PNG, even an empty one; the stroke count is what tells.
    if (input.strokes === 0) throw fieldError('imagePng', 'signature_blank');
    const signedAt = input.signedAt === undefined ? now : new Date(input.signedAt).toISOString();
    if (signedAt > now) throw fieldError('signedAt', 'in_future');
    if (input.lineIds === undefined && order.signatureId !== null) throw fieldError('lineIds', 'signoff_order_signed');
    const lines = linesToSign(orderLinesOf(db, order.id), input.lineIds);
    if (input.reasonId !== undefined && !db.prepare('SELECT 1 FROM stage_reason_codes WHERE id = ?').get(input.reasonId)) {
      throw fieldError('reasonId', 'ref_missing');
    }
    checkSlaReason(db, order.id, input.reasonId, now);
    bumpOrder(db, order.id, input.version, ctx);
    const signatureId = Number(
      db
        .prepare(
          `INSERT INTO signatures (signer_name, signed_at, image_png, reason_id, created_at, updated_at, updated_by)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(input.signerName, signedAt, input.imagePng, input.reasonId ?? null, now, now, ctx.actor).lastInsertRowid,
    );
    if (input.lineIds === undefined) db.prepare('UPDATE service_orders SET signature_id = ? WHERE id = ?').run(signatureId, order.id);
    const signLine = db.prepare('UPDATE service_order_lines SET signature_id = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?');
    for (const line of lines) signLine.run(signatureId, now, ctx.actor, line.id);
  })();
}
