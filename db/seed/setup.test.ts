import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store';
import { tempStore } from '../test-helpers';
import { runGeneration } from '../../electron/services/generation/service';
import { loadDemo } from './setup';

describe('the whole demo (company and setup)', () => {
  let store: Store;
  let cleanup: () => void;
  beforeEach(() => {
    ({ store, cleanup } = tempStore());
  });
  afterEach(() => cleanup());

  const count = (sql: string) => (store.db.prepare(sql).get() as { n: number }).n;

  it('loads every group in one transaction with consistent references', () => {
    const counts = store.db.transaction(() => loadDemo(store.db, { now: new Date('2026-11-25T09:00:00Z'), actor: 'demo' }))();
    for (const table of ['customers', 'workers', 'service_orders', 'skills', 'worker_hours', 'worker_skills', 'absences', 'agreement_lines', 'agreement_objects', 'agreement_tasks']) {
      expect(counts[table], table).toBeGreaterThan(0);
    }
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    expect(count("SELECT count(*) AS n FROM service_stages WHERE parent_id IS NULL")).toBe(1);
    // Every active worker works Monday to Friday.
    expect(count("SELECT count(DISTINCT worker_id) AS n FROM worker_hours WHERE weekday = 'fri'")).toBe(
      count("SELECT count(*) AS n FROM workers WHERE status = 'active'"),
    );
  });

  it('gives the active agreements lines that generation turns into orders on open days', () => {
    const now = new Date('2026-11-25T09:00:00Z');
    store.db.transaction(() => loadDemo(store.db, { now, actor: 'demo' }))();
    const before = count('SELECT count(*) AS n FROM service_orders');
    const summary = runGeneration(
      store.db,
      { scope: {}, from: '2027-01-01', to: '2027-03-31', transactionTypes: ['hour', 'expense', 'item', 'fee'], fillGaps: false, dryRun: false },
      { actor: 'demo', now },
    );
    expect(summary.ordersCreated).toBeGreaterThan(20);
    expect(count('SELECT count(*) AS n FROM service_orders')).toBe(before + summary.ordersCreated);
    // Monthly windows move visits off weekends and holidays of the office calendar.
    expect(count("SELECT count(*) AS n FROM service_orders WHERE origin = 'generated' AND calendar_conflict = 1")).toBe(0);
  });
});
