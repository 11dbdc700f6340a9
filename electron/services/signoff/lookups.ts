import type { Database } from 'better-sqlite3';
import type { OrderSignatures } from '../../contract/order-signoff';
import { notFound } from '../errors';
import { refuseStaleWrite } from '../write';

/** Reads and the guarded version bump that sign-off and cancellation share. */

export interface SignOffOrder {
  id: number;
  progress: 'in_process' | 'posted' | 'cancelled';
  signatureId: number | null;
  cancelledAt: string | null;
}

export interface SignOffLine {
  id: number;
  orderId: number;
  lineNo: number;
  status: 'created' | 'posted' | 'cancelled';
  signatureId: number | null;
  version: number;
}

export function signOffOrder(db: Database, id: number): SignOffOrder {
  const row = db
    .prepare('SELECT id, progress, signature_id AS signatureId, cancelled_at AS cancelledAt FROM service_orders WHERE id = ?')
    .get(id) as SignOffOrder | undefined;
  if (!row) throw notFound();
  return row;
}

const LINE_COLUMNS = 'id, order_id AS orderId, line_no AS lineNo, status, signature_id AS signatureId, version';

export function orderLinesOf(db: Database, orderId: number): SignOffLine[] {
  return db.prepare(`SELECT ${LINE_COLUMNS} FROM service_order_lines WHERE order_id = ? ORDER BY line_no`).all(orderId) as SignOffLine[];
}

export function lineById(db: Database, id: number): SignOffLine {
  const row = db.prepare(`SELECT ${LINE_COLUMNS} FROM service_order_lines WHERE id = ?`).get(id) as SignOffLine | undefined;
  if (!row) throw notFound();
  return row;
}

/** Stamps the order as changed by this caller, refusing a stale `version` (someone wrote it since). */
export function bumpOrder(db: Database, id: number, version: number, ctx: { actor: string; now(): Date }): void {
  const changed = db
    .prepare('UPDATE service_orders SET version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?')
    .run(ctx.now().toISOString(), ctx.actor, id, version);
  if (changed.changes === 0) refuseStaleWrite(db, 'service_orders', id);
}

/** The first line of the order that is posted (or has a posted transaction), for refusals that name it. */
export function firstPostedLineNo(db: Database, orderId: number): number | undefined {
  return db
    .prepare(
      `SELECT l.line_no FROM service_order_lines l
       WHERE l.order_id = @orderId AND (l.status = 'posted' OR EXISTS (SELECT 1 FROM posted_transactions t WHERE t.order_line_id = l.id))
       ORDER BY l.line_no LIMIT 1`,
    )
    .pluck()
    .get({ orderId }) as number | undefined;
}

export function hasPostedTransactions(db: Database, orderId: number): boolean {
  return db.prepare('SELECT 1 FROM posted_transactions WHERE order_id = ? LIMIT 1').get(orderId) !== undefined;
}

/** Who signed what and when, with the drawings, and every line with its sign-off. */
export function orderSignatures(db: Database, orderId: number): OrderSignatures {
  const order = db.prepare('SELECT id, version, signature_id AS signatureId FROM service_orders WHERE id = ?').get(orderId) as
    | { id: number; version: number; signatureId: number | null }
    | undefined;
  if (!order) throw notFound();
  const lines = db
    .prepare(
      `SELECT id, version, line_no AS lineNo, description, status, signature_id AS signatureId
       FROM service_order_lines WHERE order_id = ? ORDER BY line_no`,
    )
    .all(orderId) as OrderSignatures['lines'];
  const rows = db
    .prepare(
      `SELECT s.id, s.signer_name AS signerName, s.signed_at AS signedAt, s.image_png AS imagePng, s.updated_by AS recordedBy,
         rc.code AS reasonCode
       FROM signatures s LEFT JOIN stage_reason_codes rc ON rc.id = s.reason_id
       WHERE s.id = @signatureId OR s.id IN (SELECT signature_id FROM service_order_lines WHERE order_id = @orderId)
       ORDER BY s.signed_at, s.id`,
    )
    .all({ orderId, signatureId: order.signatureId }) as Omit<OrderSignatures['signatures'][number], 'order' | 'lines'>[];
  return {
    orderId,
    version: order.version,
    signatureId: order.signatureId,
    lines,
    signatures: rows.map((s) => ({
      ...s,
      order: s.id === order.signatureId,
      lines: lines.filter((l) => l.signatureId === s.id).map((l) => ({ id: l.id, lineNo: l.lineNo })),
    })),
  };
}
