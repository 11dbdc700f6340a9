import type { Database } from 'better-sqlite3';
import type { ApiOutput, ApiParsedInput } from '../../contract';
import type { CallContext } from '../context';
import { fieldError, notFound } from '../errors';
import { isoNow, refuseStaleWrite } from '../write';
import { insertOrderFromRequest } from './order-from-request';
import { requestRow } from './row';
import { receivedInstant, refuseUnlessOpen } from './rules';

/** Converting and rejecting: the two ways an open request is closed. Each is one transaction. */

interface OpenRequest {
  id: number;
  version: number;
  customerId: number;
  siteId: number | null;
  serviceObjectId: number | null;
  description: string;
  priority: 'high' | 'normal' | 'low';
  receivedDate: string;
  receivedTime: string;
}

/** The request as it stands, refused unless open and at the version the caller read. */
function loadOpen(db: Database, id: number, version: number): OpenRequest {
  const row = db
    .prepare(
      `SELECT id, version, customer_id AS customerId, site_id AS siteId, service_object_id AS serviceObjectId, description,
              priority, received_date AS receivedDate, received_time AS receivedTime
       FROM customer_requests WHERE id = ?`,
    )
    .get(id) as OpenRequest | undefined;
  if (!row) throw notFound();
  refuseUnlessOpen(db, id);
  if (row.version !== version) refuseStaleWrite(db, 'customer_requests', id);
  return row;
}

export function rejectRequest(input: ApiParsedInput<'requests.reject'>, ctx: CallContext): ApiOutput<'requests.reject'> {
  const db = ctx.store.db;
  db.transaction(() => {
    loadOpen(db, input.id, input.version);
    if (!db.prepare('SELECT 1 FROM stage_reason_codes WHERE id = ?').get(input.reasonId)) throw fieldError('reasonId', 'ref_missing');
    const now = isoNow(ctx);
    db.prepare(
      `UPDATE customer_requests SET status = 'rejected', reject_reason_id = ?, reject_note = ?,
         version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?`,
    ).run(input.reasonId, input.note || null, now, ctx.actor, input.id);
  })();
  return requestRow(ctx, input.id);
}

export function convertRequest(input: ApiParsedInput<'requests.convert'>, ctx: CallContext): ApiOutput<'requests.convert'> {
  const db = ctx.store.db;
  const order = db.transaction(() => {
    const r = loadOpen(db, input.id, input.version);
    const agreementId = input.agreementId ?? null;
    // The agreement (the customer's, active, or none allowed by the parameters) is checked by createOrder.
    const now = isoNow(ctx);
    const created = insertOrderFromRequest(
      db,
      {
        description: r.description,
        customerId: r.customerId,
        siteId: r.siteId,
        serviceObjectId: r.serviceObjectId,
        agreementId,
        priority: r.priority,
        slaStartAt: receivedInstant(db, r.receivedDate, r.receivedTime),
      },
      ctx,
    );
    db.prepare(
      `UPDATE customer_requests SET status = 'converted', order_id = ?, version = version + 1, updated_at = ?, updated_by = ?
       WHERE id = ?`,
    ).run(created.id, now, ctx.actor, r.id);
    return created;
  })();
  return { request: requestRow(ctx, input.id), orderId: order.id, orderNumber: order.number };
}
