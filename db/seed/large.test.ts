import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldForSearch } from '../search-text';
import { generateLarge } from './large';
import { count, dumpWithoutTimestamps, overlaps, plannedOrders, rigaWallClock, tempStore } from './seed-test-helpers';

const SIZES = { technicians: 20, customers: 200, orders: 2_000 };
const NOW = new Date('2026-03-25T09:30:00Z');

function generate(seed: number, now = NOW) {
  const temp = tempStore();
  const progress: [number, number][] = [];
  const counts = generateLarge(temp.store.db, { seed, ...SIZES, now, actor: 'bench', onProgress: (d, t) => progress.push([d, t]) });
  return { ...temp, counts, progress };
}

describe('large generator', () => {
  let a: ReturnType<typeof generate>;
  let b: ReturnType<typeof generate>;
  let other: ReturnType<typeof generate>;
  beforeAll(() => {
    a = generate(42);
    // A second run a few days and hours later in the same week: only audit timestamps may differ.
    b = generate(42, new Date('2026-03-27T15:00:00Z'));
    other = generate(43);
  });
  afterAll(() => {
    for (const run of [a, b, other]) run.dispose();
  });

  it('creates the requested sizes and reports progress up to the total', () => {
    expect(a.counts).toMatchObject({ customers: 200, customer_sites: 200, service_orders: 2_000, dispatch_teams: 1 });
    expect(count(a.store.db, "SELECT count(*) AS n FROM workers WHERE kind = 'technician'")).toBe(20);
    expect(a.counts.service_objects).toBeGreaterThanOrEqual(250);
    expect(a.counts.agreements).toBe(110);
    const last = a.progress[a.progress.length - 1];
    expect(last?.[0]).toBe(last?.[1]);
    expect(a.progress.every(([done], i) => i === 0 || done >= (a.progress[i - 1]?.[0] ?? 0))).toBe(true);
  });

  it('gives the same rows for the same seed, apart from the audit timestamps', () => {
    for (const table of ['workers', 'customers', 'customer_sites', 'contacts', 'service_objects', 'agreements', 'service_orders']) {
      expect(dumpWithoutTimestamps(b.store.db, table), table).toBe(dumpWithoutTimestamps(a.store.db, table));
    }
    const stamps = (db: typeof a.store.db) => (db.prepare('SELECT DISTINCT created_at AS c FROM service_orders').all() as { c: string }[]).map((r) => r.c);
    expect(stamps(a.store.db)).toEqual([NOW.toISOString()]);
  });

  it('gives different rows for a different seed', () => {
    expect(dumpWithoutTimestamps(other.store.db, 'service_orders')).not.toBe(dumpWithoutTimestamps(a.store.db, 'service_orders'));
    expect(dumpWithoutTimestamps(other.store.db, 'customers')).not.toBe(dumpWithoutTimestamps(a.store.db, 'customers'));
  });

  it('spreads orders over a year, mostly open, planned in working hours without double booking', () => {
    const db = a.store.db;
    const range = db.prepare('SELECT min(preferred_date) AS lo, max(preferred_date) AS hi FROM service_orders').get() as { lo: string; hi: string };
    expect(range.lo < '2025-10-01' && range.hi > '2026-09-01').toBe(true);
    const byProgress = Object.fromEntries(
      (db.prepare('SELECT progress, count(*) AS n FROM service_orders GROUP BY progress').all() as { progress: string; n: number }[]).map((r) => [r.progress, r.n]),
    );
    expect(byProgress.in_process).toBeGreaterThan(1_000);
    expect(byProgress.posted).toBeGreaterThan(300);
    expect(byProgress.cancelled).toBeGreaterThan(10);
    expect(count(db, "SELECT count(*) AS n FROM service_orders WHERE progress = 'posted' AND worker_id IS NULL")).toBe(0);
    const rows = plannedOrders(db);
    expect(rows.length).toBeGreaterThan(600);
    for (const r of rows) {
      expect(rigaWallClock(r.planned_start).minuteOfDay).toBeGreaterThanOrEqual(8 * 60);
      expect(rigaWallClock(r.planned_end).minuteOfDay).toBeLessThanOrEqual(17 * 60);
    }
    expect(overlaps(rows)).toEqual([]);
  });

  it('keeps keys consistent, search text folded and sequences advanced', () => {
    const db = a.store.db;
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(count(db, 'SELECT count(*) AS n FROM service_orders o JOIN agreements g ON g.id = o.agreement_id WHERE g.customer_id <> o.customer_id')).toBe(0);
    expect(count(db, "SELECT count(*) AS n FROM service_orders o JOIN agreements g ON g.id = o.agreement_id WHERE g.status <> 'active'")).toBe(0);
    expect(
      count(
        db,
        `SELECT count(*) AS n FROM service_orders o JOIN agreements g ON g.id = o.agreement_id
         WHERE o.preferred_date < g.valid_from OR o.preferred_date > coalesce(g.valid_to, '9999')`,
      ),
    ).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM service_orders o JOIN service_objects s ON s.id = o.service_object_id WHERE s.customer_id <> o.customer_id')).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM dispatch_teams WHERE owner_worker_id IS NULL')).toBe(0);
    const sample = db
      .prepare(
        `SELECT o.number, o.description, c.name, s.city, so.serial_no AS serial, o.search_text AS text
         FROM service_orders o JOIN customers c ON c.id = o.customer_id
         LEFT JOIN customer_sites s ON s.id = o.site_id LEFT JOIN service_objects so ON so.id = o.service_object_id
         WHERE o.id % 50 = 0`,
      )
      .all() as { number: string; description: string; name: string; city: string | null; serial: string | null; text: string }[];
    for (const o of sample) expect(o.text).toBe(foldForSearch(o.number, o.description, o.name, o.city, o.serial));
    const next = Object.fromEntries(
      (db.prepare('SELECT code, next_number AS n FROM number_sequences').all() as { code: string; n: number }[]).map((r) => [r.code, r.n]),
    );
    expect(next).toMatchObject({ customer: 201, agreement: 111, order: 2_001 });
  });
});
