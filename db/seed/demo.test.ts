import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeNextNumber } from '../queries/settings';
import { foldForSearch } from '../search-text';
import type { Store } from '../store';
import { loadDemoCompany } from './demo';
import { count, dumpWithoutTimestamps, overlaps, plannedOrders, rigaWallClock, tempStore } from './seed-test-helpers';
import { addDays } from './time';

// Wednesday before the spring DST change (Sunday 29 March 2026): this week Riga is UTC+2, next
// week UTC+3, so a fixed offset would put one of the two weeks an hour off.
const SPRING = new Date('2026-03-25T09:30:00Z');
// Wednesday before the autumn change (Sunday 25 October 2026): UTC+3 this week, UTC+2 next.
const AUTUMN = new Date('2026-10-21T09:30:00Z');

function loadDemo(now: Date): { store: Store; counts: Record<string, number>; dispose: () => void } {
  const { store, dispose } = tempStore();
  const counts = store.db.transaction(() => loadDemoCompany(store.db, { now, actor: 'test' }))();
  return { store, counts, dispose };
}

describe('demo company', () => {
  let demo: ReturnType<typeof loadDemo>;
  beforeAll(() => {
    demo = loadDemo(SPRING);
  });
  afterAll(() => demo.dispose());
  const db = () => demo.store.db;

  it('returns row counts that match the tables and fall in the intended ranges', () => {
    const { counts } = demo;
    for (const [table, n] of Object.entries(counts)) expect(count(db(), `SELECT count(*) AS n FROM ${table}`), table).toBe(n);
    expect(counts.customers).toBeGreaterThanOrEqual(38);
    expect(counts.customers).toBeLessThanOrEqual(50);
    expect(counts.customer_sites).toBeGreaterThanOrEqual(counts.customers ?? 0);
    expect(counts.contacts).toBeGreaterThan(30);
    expect(counts.dispatch_teams).toBe(3);
    expect(counts.service_object_groups).toBe(6);
    expect(counts.service_objects).toBeGreaterThanOrEqual(80);
    expect(counts.service_objects).toBeLessThanOrEqual(140);
    expect(counts.agreements).toBe(25);
    expect(counts.service_orders).toBe(60);
    expect(count(db(), "SELECT count(*) AS n FROM workers WHERE kind = 'office'")).toBe(2);
    expect(count(db(), 'SELECT count(*) AS n FROM service_objects WHERE parent_id IS NOT NULL')).toBeGreaterThan(0);
  });

  it('gives every team an owner from its own technicians and four to six technicians', () => {
    const teams = db()
      .prepare(
        `SELECT t.id, t.owner_worker_id AS owner, o.team_id AS ownerTeam, o.kind AS ownerKind,
           (SELECT count(*) FROM workers w WHERE w.team_id = t.id AND w.kind = 'technician') AS technicians
         FROM dispatch_teams t LEFT JOIN workers o ON o.id = t.owner_worker_id`,
      )
      .all() as { id: number; owner: number | null; ownerTeam: number | null; ownerKind: string; technicians: number }[];
    for (const t of teams) {
      expect(t.owner).not.toBeNull();
      expect(t.ownerTeam).toBe(t.id);
      expect(t.ownerKind).toBe('technician');
      expect(t.technicians).toBeGreaterThanOrEqual(4);
      expect(t.technicians).toBeLessThanOrEqual(6);
    }
    const prices = db().prepare("SELECT cost_price_cents AS cost, sales_price_cents AS sales FROM workers WHERE kind = 'technician'").all() as {
      cost: number;
      sales: number;
    }[];
    for (const p of prices) expect(p.sales).toBeGreaterThan(p.cost);
  });

  it('reads as Latvian: diacritics, LV postcodes, valid registration and VAT numbers', () => {
    const customers = db().prepare('SELECT name, city, postcode, reg_no AS regNo, vat_no AS vatNo FROM customers').all() as {
      name: string;
      city: string;
      postcode: string;
      regNo: string | null;
      vatNo: string | null;
    }[];
    expect(customers.some((c) => /[āčēģīķļņšūž]/i.test(c.name))).toBe(true);
    expect(new Set(customers.map((c) => c.city))).toEqual(
      new Set(['Rīga', 'Jelgava', 'Jūrmala', 'Ogre', 'Valmiera', 'Liepāja', 'Daugavpils', 'Sigulda', 'Cēsis', 'Ventspils']),
    );
    for (const c of customers) {
      expect(c.postcode).toMatch(/^LV-\d{4}$/);
      if (c.name.startsWith('SIA ') || c.name.startsWith('AS ')) expect(c.regNo).toMatch(/^40003\d{6}$/);
      if (c.regNo) {
        expect(c.vatNo).toBe(`LV${c.regNo}`);
        const weights = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1];
        expect([...c.regNo].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0) % 11).toBe(3);
      }
    }
    expect(customers.filter((c) => c.regNo === null).length).toBeGreaterThanOrEqual(3);
    expect(customers.filter((c) => c.regNo?.startsWith('90000')).length).toBeGreaterThanOrEqual(2);
  });

  it('plans visits inside 08:00-17:00 Riga time on weekdays, without double booking', () => {
    const rows = plannedOrders(db());
    expect(rows.length).toBeGreaterThanOrEqual(30);
    const startsUtc = new Set<string>();
    for (const r of rows) {
      const start = rigaWallClock(r.planned_start);
      const end = rigaWallClock(r.planned_end);
      expect(start.minuteOfDay, r.number).toBeGreaterThanOrEqual(8 * 60);
      expect(end.minuteOfDay, r.number).toBeLessThanOrEqual(17 * 60);
      expect(end.date).toBe(start.date);
      expect(['Sat', 'Sun']).not.toContain(start.weekday);
      expect(Date.parse(r.planned_end) - Date.parse(r.planned_start)).toBe((r.planned_hours_x100 * 36_000));
      if (start.minuteOfDay === 8 * 60) startsUtc.add(r.planned_start.slice(11, 16));
    }
    // 08:00 in Riga is 06:00 UTC before the change and 05:00 UTC after it.
    expect(startsUtc).toEqual(new Set(['06:00', '05:00']));
    expect(overlaps(rows)).toEqual([]);
  });

  it('fills this week and next week with open work, last week with posted work', () => {
    const monday = '2026-03-23';
    const open = db()
      .prepare("SELECT planned_start AS s FROM service_orders WHERE progress = 'in_process' AND worker_id IS NOT NULL")
      .all() as { s: string }[];
    expect(open.length).toBeGreaterThanOrEqual(25);
    for (const o of open) {
      const day = rigaWallClock(o.s).date;
      expect(day >= monday && day <= addDays(monday, 11)).toBe(true);
    }
    const thisWeek = open.filter((o) => rigaWallClock(o.s).date < addDays(monday, 7)).length;
    expect(thisWeek).toBeGreaterThan(0);
    expect(thisWeek).toBeLessThan(open.length);
    const posted = db().prepare("SELECT planned_start AS s FROM service_orders WHERE progress = 'posted'").all() as { s: string }[];
    expect(posted.length).toBeGreaterThan(0);
    for (const p of posted) expect(rigaWallClock(p.s).date < monday).toBe(true);
    const unscheduled = db()
      .prepare("SELECT preferred_date AS d, planned_start AS s FROM service_orders WHERE progress = 'in_process' AND worker_id IS NULL")
      .all() as { d: string | null; s: string | null }[];
    expect(unscheduled.length).toBeGreaterThanOrEqual(10);
    for (const u of unscheduled) {
      expect(u.s).toBeNull();
      expect(u.d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('fills search_text with the folded searchable columns', () => {
    const orders = db()
      .prepare(
        `SELECT o.number, o.description, c.name, s.city, so.serial_no AS serial, o.search_text AS text
         FROM service_orders o JOIN customers c ON c.id = o.customer_id
         LEFT JOIN customer_sites s ON s.id = o.site_id LEFT JOIN service_objects so ON so.id = o.service_object_id`,
      )
      .all() as { number: string; description: string; name: string; city: string | null; serial: string | null; text: string }[];
    for (const o of orders) expect(o.text).toBe(foldForSearch(o.number, o.description, o.name, o.city, o.serial));
    const customers = db().prepare('SELECT code, name, reg_no, vat_no, city, search_text FROM customers').all() as Record<string, string | null>[];
    for (const c of customers) expect(c.search_text).toBe(foldForSearch(c.code, c.name, c.reg_no, c.vat_no, c.city));
    for (const table of ['customers', 'workers', 'service_objects', 'service_orders']) {
      expect(count(db(), `SELECT count(*) AS n FROM ${table} WHERE search_text = ''`), table).toBe(0);
      const texts = (db().prepare(`SELECT search_text AS t FROM ${table}`).all() as { t: string }[]).map((r) => r.t);
      for (const t of texts) expect(t).toBe(foldForSearch(t));
    }
    expect(count(db(), "SELECT count(*) AS n FROM customers WHERE search_text LIKE '%riga%'")).toBeGreaterThan(5);
  });

  it('keeps foreign keys and ownership consistent', () => {
    expect(db().pragma('foreign_key_check')).toEqual([]);
    const mismatches = [
      `SELECT count(*) AS n FROM service_orders o JOIN customer_sites s ON s.id = o.site_id WHERE s.customer_id <> o.customer_id`,
      `SELECT count(*) AS n FROM service_orders o JOIN service_objects so ON so.id = o.service_object_id WHERE so.site_id <> o.site_id`,
      `SELECT count(*) AS n FROM service_orders o JOIN agreements a ON a.id = o.agreement_id WHERE a.customer_id <> o.customer_id`,
      `SELECT count(*) AS n FROM service_objects c JOIN service_objects p ON p.id = c.parent_id WHERE p.site_id <> c.site_id`,
      `SELECT count(*) AS n FROM agreements a JOIN customer_sites s ON s.id = a.site_id WHERE s.customer_id <> a.customer_id`,
      `SELECT count(*) AS n FROM service_orders o JOIN agreements a ON a.id = o.agreement_id
       WHERE o.preferred_date < a.valid_from OR o.preferred_date > coalesce(a.valid_to, '9999')`,
    ];
    for (const sql of mismatches) expect(count(db(), sql), sql).toBe(0);
  });

  it('advances the number sequences past every seeded number', () => {
    const next = db().transaction(() => ({
      customer: takeNextNumber(db(), 'customer'),
      agreement: takeNextNumber(db(), 'agreement'),
      order: takeNextNumber(db(), 'order'),
    }));
    const maxOf = (sql: string) => (db().prepare(sql).get() as { m: string }).m;
    const before = {
      customer: maxOf('SELECT max(code) AS m FROM customers'),
      agreement: maxOf('SELECT max(number) AS m FROM agreements'),
      order: maxOf('SELECT max(number) AS m FROM service_orders'),
    };
    expect(before).toEqual({ customer: 'K000044', agreement: 'L000025', order: 'SP000060' });
    expect(next()).toEqual({ customer: 'K000045', agreement: 'L000026', order: 'SP000061' });
  });

  it('is the same company every time for the same date', () => {
    const again = loadDemo(SPRING);
    try {
      for (const table of ['customers', 'customer_sites', 'workers', 'service_objects', 'agreements', 'service_orders']) {
        expect(dumpWithoutTimestamps(again.store.db, table), table).toBe(dumpWithoutTimestamps(db(), table));
      }
    } finally {
      again.dispose();
    }
  });
});

describe('demo company around the autumn clock change', () => {
  it('still plans 08:00-17:00 Riga time when next week is back on UTC+2', () => {
    const demo = loadDemo(AUTUMN);
    try {
      const rows = plannedOrders(demo.store.db);
      const eightUtc = new Set<string>();
      for (const r of rows) {
        const start = rigaWallClock(r.planned_start);
        expect(start.minuteOfDay).toBeGreaterThanOrEqual(8 * 60);
        expect(rigaWallClock(r.planned_end).minuteOfDay).toBeLessThanOrEqual(17 * 60);
        if (start.minuteOfDay === 8 * 60) eightUtc.add(r.planned_start.slice(11, 16));
      }
      expect(eightUtc).toEqual(new Set(['05:00', '06:00']));
      expect(demo.store.db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      demo.dispose();
    }
  });

  it('opens on the coming week when loaded at the weekend', () => {
    const demo = loadDemo(new Date('2026-03-28T10:00:00Z'));
    try {
      const open = demo.store.db
        .prepare("SELECT planned_start AS s FROM service_orders WHERE progress = 'in_process' AND worker_id IS NOT NULL")
        .all() as { s: string }[];
      for (const o of open) expect(rigaWallClock(o.s).date >= '2026-03-30').toBe(true);
    } finally {
      demo.dispose();
    }
  });
});
