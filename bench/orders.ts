import type { Database } from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLarge } from '../db/seed/large';
import { likePattern } from '../db/search-text';
import { Store } from '../db/store';
import type { CallContext } from '../electron/services/context';
import { createHandlers } from '../electron/services/handlers';
import { invoke } from '../electron/services/invoke';
import { figure, medianMs, report } from './lib';

const NOW = new Date('2026-11-02T08:00:00Z');
const SEARCH = 'riga';
const RUNS = 15;

/** Fifty lines on one order, as a long repair job would have. */
function orderWithFiftyLines(db: Database): number {
  const id = (db.prepare("SELECT id FROM service_orders WHERE progress = 'in_process' ORDER BY id LIMIT 1").get() as { id: number }).id;
  const at = NOW.toISOString();
  const insert = db.prepare(
    `INSERT INTO service_order_lines (order_id, line_no, transaction_type, description, quantity_x100, cost_price_cents,
       sales_price_cents, planned_date, version, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, 100, 1000, 2000, '2026-11-03', 0, ?, ?, 'bench')`,
  );
  db.transaction(() => {
    for (let n = 1; n <= 50; n++) insert.run(id, n, n % 3 === 0 ? 'item' : 'hour', `Rinda ${n}`, at, at);
  })();
  return id;
}

/** The same list query written by hand, as the baseline the service is measured against. */
function handWrittenList(db: Database) {
  const count = db.prepare("SELECT count(*) AS n FROM service_orders WHERE progress = 'in_process' AND search_text LIKE ? ESCAPE '\\'");
  const page = db.prepare(
    `SELECT o.id, o.number, o.description, c.name, cs.name, a.number, o.preferred_date, o.progress, o.origin,
       o.calendar_conflict, (SELECT count(*) FROM service_order_lines l WHERE l.order_id = o.id)
     FROM service_orders o JOIN customers c ON c.id = o.customer_id
     LEFT JOIN customer_sites cs ON cs.id = o.site_id LEFT JOIN agreements a ON a.id = o.agreement_id
     WHERE o.progress = 'in_process' AND o.search_text LIKE ? ESCAPE '\\'
     ORDER BY o.preferred_date, o.number LIMIT 50`,
  );
  const pattern = likePattern(SEARCH);
  return () => [count.get(pattern), page.all(pattern)];
}

function handWrittenOrder(db: Database, id: number) {
  const header = db.prepare(
    `SELECT o.*, c.code, c.name, cs.name, a.number FROM service_orders o JOIN customers c ON c.id = o.customer_id
     LEFT JOIN customer_sites cs ON cs.id = o.site_id LEFT JOIN agreements a ON a.id = o.agreement_id WHERE o.id = ?`,
  );
  const lines = db.prepare('SELECT * FROM service_order_lines WHERE order_id = ? ORDER BY line_no');
  const objects = db.prepare('SELECT * FROM service_order_objects WHERE order_id = ?');
  const tasks = db.prepare('SELECT * FROM service_order_tasks WHERE order_id = ?');
  return () => [header.get(id), lines.all(id), objects.all(id), tasks.all(id)];
}

/**
 * On the large database (200,000 orders): the first page of the order list with a filter and a
 * search term, and opening one order with 50 lines, each through the whole call path (schema
 * parse, service, SQL, result object) beside the same query written by hand.
 */
export async function ordersBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'servisa-bench-'));
  try {
    const store = Store.open(join(dir, 'large.sqlite'));
    console.log('Preparing the large database (200,000 orders)…');
    generateLarge(store.db, { seed: 42, now: NOW, actor: 'bench' });
    const orderId = orderWithFiftyLines(store.db);
    const handlers = createHandlers({ appVersion: 'bench', osUser: 'bench' });
    const ctx: CallContext = { store, actor: 'bench', now: () => NOW };
    const call = (name: string, input: unknown) => async () => {
      const result = await invoke(handlers, ctx, name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    };

    const listApp = await medianMs(RUNS, call('orders.list', { search: SEARCH, progress: 'in_process', pageSize: 50 }));
    const listHand = await medianMs(RUNS, handWrittenList(store.db));
    const openApp = await medianMs(RUNS, call('orders.get', { id: orderId }));
    const openHand = await medianMs(RUNS, handWrittenOrder(store.db, orderId));
    store.close();
    report(
      'orders',
      [
        figure('order list, first page (filter + search)', listApp, listHand, 'ms', '≤ 2x and < 50 ms'),
        figure('open one order with 50 lines', openApp, openHand, 'ms', '≤ 2x and < 50 ms'),
      ],
      { orders: 200_000, search: SEARCH, runs: RUNS },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
