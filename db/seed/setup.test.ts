import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store';
import { tempStore } from '../test-helpers';
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
    for (const table of ['customers', 'workers', 'service_orders', 'skills', 'worker_hours', 'worker_skills', 'absences']) {
      expect(counts[table], table).toBeGreaterThan(0);
    }
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    expect(count("SELECT count(*) AS n FROM service_stages WHERE parent_id IS NULL")).toBe(1);
    // Every active worker works Monday to Friday.
    expect(count("SELECT count(DISTINCT worker_id) AS n FROM worker_hours WHERE weekday = 'fri'")).toBe(
      count("SELECT count(*) AS n FROM workers WHERE status = 'active'"),
    );
  });
});
