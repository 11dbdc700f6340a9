import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latvianHolidays } from '../../electron/domain/latvian-holidays';
import type { Store } from '../store';
import { loadDemoCompany } from './demo';
import { count, tempStore } from './seed-test-helpers';
import { seedCalendars } from './setup-calendars';

const NOW = new Date('2026-03-25T09:30:00Z');

describe('seedCalendars', () => {
  let store: Store;
  let dispose: () => void;
  beforeEach(() => {
    ({ store, dispose } = tempStore());
  });
  afterEach(() => dispose());

  const seed = (now = NOW) =>
    store.db.transaction(() => {
      loadDemoCompany(store.db, { now, actor: 'test' });
      return seedCalendars(store.db, now, 'test');
    })();

  it('adds the calendars, SLAs and agreement building blocks after the demo company', () => {
    const counts = seed();
    const holidays = latvianHolidays(2026).length + latvianHolidays(2027).length;
    expect(counts).toEqual({
      calendars: 2,
      calendar_hours: 14,
      calendar_days: holidays,
      service_level_agreements: 3,
      service_intervals: 5,
      time_windows: 3,
      agreement_groups: 2,
      template_groups: 1,
    });
    for (const [table, n] of Object.entries(counts)) expect(count(store.db, `SELECT count(*) AS n FROM ${table}`), table).toBe(n);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    expect(count(store.db, "SELECT count(*) AS n FROM calendars WHERE search_text = ''")).toBe(0);
  });

  it('gives the office calendar weekday hours, closed weekends and Latvian holidays of this and next year', () => {
    seed();
    const id = store.db.prepare("SELECT id FROM calendars WHERE code = 'STANDARTS'").pluck().get();
    const hours = store.db
      .prepare('SELECT weekday, open_time AS open, close_time AS close FROM calendar_hours WHERE calendar_id = ? ORDER BY id')
      .all(id);
    expect(hours).toEqual([
      { weekday: 'mon', open: '08:00', close: '17:00' },
      { weekday: 'tue', open: '08:00', close: '17:00' },
      { weekday: 'wed', open: '08:00', close: '17:00' },
      { weekday: 'thu', open: '08:00', close: '17:00' },
      { weekday: 'fri', open: '08:00', close: '17:00' },
      { weekday: 'sat', open: null, close: null },
      { weekday: 'sun', open: null, close: null },
    ]);
    const day = (date: string) =>
      store.db.prepare('SELECT kind, description FROM calendar_days WHERE calendar_id = ? AND date = ?').get(id, date);
    expect(day('2026-04-03')).toEqual({ kind: 'holiday', description: 'Lielā Piektdiena' });
    expect(day('2026-06-23')).toEqual({ kind: 'holiday', description: 'Līgo diena' });
    expect(day('2027-12-31')).toEqual({ kind: 'holiday', description: 'Vecgada diena' });
    expect(day('2025-12-31')).toBeUndefined();
    expect(day('2028-01-01')).toBeUndefined();
  });

  it('takes the year from the Riga clock: late on 31 December UTC is already next year in Riga', () => {
    seed(new Date('2026-12-31T22:30:00Z'));
    expect(count(store.db, "SELECT count(*) AS n FROM calendar_days WHERE date LIKE '2026-%'")).toBe(0);
    expect(count(store.db, "SELECT count(*) AS n FROM calendar_days WHERE date LIKE '2028-%'")).toBe(latvianHolidays(2028).length);
  });

  it('links the SLAs to calendars and the maintenance group to its default SLA', () => {
    seed();
    const slas = store.db
      .prepare('SELECT s.code, c.code AS calendar FROM service_level_agreements s LEFT JOIN calendars c ON c.id = s.calendar_id ORDER BY s.id')
      .all();
    expect(slas).toEqual([
      { code: 'ZELTS', calendar: 'DIENNAKTS' },
      { code: 'SUDRABS', calendar: 'STANDARTS' },
      { code: 'BRONZA', calendar: 'STANDARTS' },
    ]);
    const groups = store.db
      .prepare('SELECT g.code, s.code AS sla FROM agreement_groups g LEFT JOIN service_level_agreements s ON s.id = g.default_sla_id ORDER BY g.id')
      .all();
    expect(groups).toEqual([
      { code: 'APKOPE', sla: 'SUDRABS' },
      { code: 'GARANTIJA', sla: null },
    ]);
    expect(store.db.prepare("SELECT kind, days_before AS b, days_after AS a FROM time_windows WHERE code = 'PM3'").get()).toEqual({
      kind: 'manual',
      b: 3,
      a: 3,
    });
  });
});
