import { agreementWorld } from '../agreements/test-fixtures';
import type { apiHarness } from '../test-harness';

/** A tiny PNG data URL; the service stores the drawing as sent and does not decode it. */
export const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/**
 * An order in the root stage (cancellation allowed, deletion not) with three hour lines, and a
 * second stage that allows deletion but forbids cancellation.
 */
export async function signOffWorld(api: ReturnType<typeof apiHarness>) {
  const w = await agreementWorld(api);
  const root = await api.callOk('stages.create', { code: 'JAUNS', description: 'Jauns', sortOrder: 10 });
  const other = await api.callOk('stages.create', {
    code: 'PABEIGTS', description: 'Pabeigts', sortOrder: 20, parentId: root.id, cancellationAllowed: false, deletionAllowed: true,
  });
  const order = await api.callOk('orders.create', { description: 'Katla remonts', customerId: w.riga.id });
  const line = (description: string) =>
    api.callOk('orderLines.create', { orderId: order.id, transactionType: 'hour', description, quantityX100: 100, workerId: w.worker.id });
  const lines = [await line('Diagnostika'), await line('Remonts'), await line('Pārbaude')] as const;
  const db = api.store.db;
  const version = () => db.prepare('SELECT version FROM service_orders WHERE id = ?').pluck().get(order.id) as number;
  const lineVersion = (id: number) => db.prepare('SELECT version FROM service_order_lines WHERE id = ?').pluck().get(id) as number;
  const setStage = (stageId: number) => db.prepare('UPDATE service_orders SET stage_id = ? WHERE id = ?').run(stageId, order.id);
  /** Posts a line as the posting run would: status posted and an (immutable) posted transaction. */
  const post = (lineId: number) => {
    const run = Number(db.prepare("INSERT INTO posting_runs (kind, posted_at, posted_by, lines) VALUES ('lines', '2026-03-02T09:00:00Z', 'Anna', 1)").run().lastInsertRowid);
    db.prepare("UPDATE service_order_lines SET status = 'posted' WHERE id = ?").run(lineId);
    db.prepare(
      `INSERT INTO posted_transactions (posting_run_id, order_id, order_line_id, transaction_type, posting_date, quantity_x100,
         cost_amount_cents, sales_amount_cents, posted_at, posted_by)
       VALUES (?, ?, ?, 'hour', '2026-03-02', 100, 2500, 4500, '2026-03-02T09:00:00Z', 'Anna')`,
    ).run(run, order.id, lineId);
  };
  return { w, order, lines, stages: { root: root.id, other: other.id }, version, lineVersion, setStage, post };
}
