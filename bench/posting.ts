import type { Database } from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../db/store';
import type { CallContext } from '../electron/services/context';
import { createHandlers } from '../electron/services/handlers';
import { invoke } from '../electron/services/invoke';
import { runPostingBatch } from '../electron/services/posting/batch';
import { figure, report, time } from './lib';

const NOW = new Date('2026-03-31T16:00:00Z');
const ORDERS = 2_500;
const LINES_PER_ORDER = 4;
const LINES = ORDERS * LINES_PER_ORDER;

/**
 * A fresh database with ORDERS orders (made through the API, in a stage that allows posting) of
 * LINES_PER_ORDER lines each (inserted directly: the lines are the input here, not the measure);
 * every other line has a category with a tax group, so half the lines look up a rate.
 */
async function prepare(store: Store): Promise<void> {
  const handlers = createHandlers({ appVersion: 'bench', osUser: 'bench' });
  const ctx: CallContext = { store, actor: 'bench', now: () => NOW };
  const ok = async (name: string, input: unknown) => {
    const result = await invoke(handlers, ctx, name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value as { id: number };
  };
  await ok('system.startEmpty', {});
  const customer = await ok('customers.create', { name: 'SIA Bench', city: 'Rīga' });
  await ok('stages.create', { code: 'PABEIGTS', description: 'Pabeigts', sortOrder: 10, postingAllowed: true });
  const vat = await ok('taxGroups.create', { code: 'PVN21', description: 'PVN' });
  await ok('taxRates.create', { taxGroupId: vat.id, ratePercent: 2100, validFrom: '2020-01-01' });
  const category = await ok('categories.create', { code: 'DARBS', description: 'Darbs', transactionType: 'hour', costPriceCents: 2000, salesPriceCents: 3500, taxGroupId: vat.id });
  const orderIds: number[] = [];
  for (let i = 0; i < ORDERS; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    orderIds.push((await ok('orders.create', { description: `Apkope ${i}`, customerId: customer.id, preferredDate: `2026-03-${day}` })).id);
  }
  const at = NOW.toISOString();
  const insert = store.db.prepare(
    `INSERT INTO service_order_lines (order_id, line_no, transaction_type, description, category_id, quantity_x100, cost_price_cents,
       sales_price_cents, version, created_at, updated_at, updated_by)
     VALUES (?, ?, 'hour', 'Darbs', ?, ?, 2000, 3500, 0, ?, ?, 'bench')`,
  );
  store.db.transaction(() => {
    for (const id of orderIds) {
      for (let n = 1; n <= LINES_PER_ORDER; n++) insert.run(id, n, n % 2 === 0 ? category.id : null, 25 * n + 25, at, at);
    }
  })();
}

/** The baseline: one run row and the same journal rows written with plain prepared statements. */
function plainInserts(db: Database): number {
  const lines = db
    .prepare('SELECT id, order_id AS orderId, quantity_x100 AS q, cost_price_cents AS c, sales_price_cents AS s FROM service_order_lines')
    .all() as { id: number; orderId: number; q: number; c: number; s: number }[];
  const run = db.prepare("INSERT INTO posting_runs (kind, posted_at, posted_by, lines) VALUES ('batch', ?, 'bench', ?)");
  const insert = db.prepare(
    `INSERT INTO posted_transactions (posting_run_id, order_id, order_line_id, transaction_type, posting_date, quantity_x100,
       cost_amount_cents, sales_amount_cents, tax_rate_x100, tax_amount_cents, posted_at, posted_by)
     VALUES (?, ?, ?, 'hour', '2026-03-31', ?, ?, ?, 2100, ?, ?, 'bench')`,
  );
  const at = NOW.toISOString();
  db.transaction(() => {
    const runId = run.run(at, lines.length).lastInsertRowid;
    for (const l of lines) {
      const sales = Math.round((l.q * l.s) / 100);
      insert.run(runId, l.orderId, l.id, l.q, Math.round((l.q * l.c) / 100), sales, Math.round((sales * 2100) / 10_000), at);
    }
  })();
  return lines.length;
}

/**
 * Batch posting of 10,000 lines (2,500 orders × 4) as the job runs it (stage and sign-off checks,
 * amounts, tax, line statuses, progress, versions), beside inserting the same journal rows with
 * plain prepared statements in one transaction, on a copy of the same database.
 */
export async function postingBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'servisa-bench-'));
  try {
    const store = Store.open(join(dir, 'posting.sqlite'));
    console.log(`Preparing ${ORDERS} orders with ${LINES} lines…`);
    await prepare(store);
    const copyPath = join(dir, 'baseline.sqlite');
    store.db.prepare('VACUUM INTO ?').run(copyPath);

    const input = { from: '2026-03-01', to: '2026-03-31', transactionTypes: ['hour' as const], postingDate: '2026-03-31' };
    const { ms: postMs, result } = await time(() => runPostingBatch(store.db, input, { actor: 'bench', now: NOW }));
    if (result.linesPosted !== LINES) throw new Error(`posted ${result.linesPosted} lines, expected ${LINES}`);
    store.close();

    const copy = Store.open(copyPath);
    const { ms: plainMs, result: plainLines } = await time(() => plainInserts(copy.db));
    copy.close();
    if (plainLines !== LINES) throw new Error(`baseline wrote ${plainLines} lines`);

    report(
      'posting',
      [figure('batch posting, lines per second', LINES / (postMs / 1000), LINES / (plainMs / 1000), 'lines/s')],
      { orders: ORDERS, lines: LINES, postingMs: Math.round(postMs), plainInsertMs: Math.round(plainMs) },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
