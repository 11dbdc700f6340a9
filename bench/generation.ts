import type { Database } from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLarge } from '../db/seed/large';
import { Store } from '../db/store';
import { GENERATION_CACHE_KIB, runGeneration } from '../electron/services/generation/service';
import { figure, report, time } from './lib';

const AGREEMENTS = 10_000;
const NOW = new Date('2026-11-02T08:00:00Z');
const YEAR = { from: '2027-01-01', to: '2027-12-31' };

/** Intervals from weekly to yearly, one of each kind of line per agreement, cycling through them. */
const INTERVALS = [
  ['BW1', 'week', 1],
  ['BW2', 'week', 2],
  ['BM1', 'month', 1],
  ['BM3', 'month', 3],
  ['BY1', 'year', 1],
] as const;

function prepareAgreements(db: Database): void {
  const at = NOW.toISOString();
  const audit = [0, at, at, 'bench'] as const;
  const interval = db.prepare(
    `INSERT INTO service_intervals (code, description, unit, frequency, search_text, version, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, '', ?, ?, ?, ?)`,
  );
  const ids = INTERVALS.map(([code, unit, n]) => Number(interval.run(code, `${n} ${unit}`, unit, n, ...audit).lastInsertRowid));
  const agreements = db.prepare('SELECT id FROM agreements ORDER BY id LIMIT ?').all(AGREEMENTS) as { id: number }[];
  const activate = db.prepare(
    "UPDATE agreements SET status = 'active', valid_from = '2026-01-05', valid_to = NULL, template_group_id = NULL WHERE id = ?",
  );
  const line = db.prepare(
    `INSERT INTO agreement_lines (agreement_id, line_no, transaction_type, description, quantity_x100, cost_price_cents,
       sales_price_cents, interval_id, valid_from, version, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    agreements.forEach(({ id }, i) => {
      activate.run(id);
      line.run(id, 1, 'hour', 'Apkope', 150, 2200, 4500, ids[i % 3], '2026-01-05', ...audit);
      line.run(id, 2, 'item', 'Filtrs', 100, 800, 1500, ids[2 + (i % 2)], '2026-01-05', ...audit);
      line.run(id, 3, 'fee', 'Gada pārbaude', 100, 0, 9000, ids[4], '2026-01-05', ...audit);
    });
  })();
}

type Row = Record<string, unknown>;

/** The rows a run wrote, to insert again with plain statements as the baseline. */
function writtenRows(db: Database, firstOrderId: number): { orders: Row[]; lines: Row[] } {
  return {
    orders: db.prepare('SELECT * FROM service_orders WHERE id >= ? ORDER BY id').all(firstOrderId) as Row[],
    lines: db.prepare('SELECT * FROM service_order_lines ORDER BY id').all() as Row[],
  };
}

function plainInsert(db: Database, table: string, rows: Row[]): void {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const insert = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
  for (const row of rows) insert.run(row);
}

/**
 * One year of orders for 10,000 active agreements with 3 lines each on the large database,
 * against the same rows inserted with plain prepared statements in one transaction.
 */
export async function generationBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'servisa-bench-'));
  try {
    const file = join(dir, 'large.sqlite');
    const baselineFile = join(dir, 'baseline.sqlite');
    const store = Store.open(file);
    console.log('Preparing the large database (500 technicians, 20,000 customers, 200,000 orders)…');
    generateLarge(store.db, { seed: 42, now: NOW, actor: 'bench' });
    prepareAgreements(store.db);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(file, baselineFile);
    const firstOrderId = (store.db.prepare('SELECT max(id) + 1 AS id FROM service_orders').get() as { id: number }).id;

    const run = await time(() =>
      runGeneration(
        store.db,
        { scope: {}, ...YEAR, transactionTypes: ['hour', 'expense', 'item', 'fee'], fillGaps: false, dryRun: false },
        { actor: 'bench', now: NOW },
      ),
    );
    const rows = writtenRows(store.db, firstOrderId);
    store.close();

    const baselineStore = Store.open(baselineFile);
    // The same page cache as the generation run uses, so only the work differs.
    baselineStore.db.pragma(`cache_size = ${GENERATION_CACHE_KIB}`);
    const baseline = await time(() =>
      baselineStore.db.transaction(() => {
        plainInsert(baselineStore.db, 'service_orders', rows.orders);
        plainInsert(baselineStore.db, 'service_order_lines', rows.lines);
      })(),
    );
    baselineStore.close();

    const orders = rows.orders.length;
    const perSecond = (ms: number) => (orders / ms) * 1000;
    report(
      'generation',
      [
        figure('generate one year (duration)', run.ms / 1000, baseline.ms / 1000, 's', '≤ 3x baseline and < 10 s'),
        figure('orders per second', perSecond(run.ms), perSecond(baseline.ms), 'orders/s'),
      ],
      { agreements: AGREEMENTS, orders, lines: rows.lines.length, period: YEAR },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
