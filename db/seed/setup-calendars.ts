/**
 * Demo rows for the calendars group: the Riga office's working calendar with this year's and next
 * year's public holidays, a round-the-clock calendar, three service levels and the intervals, time
 * windows and groups a service agreement is built from.
 */
import type { Database } from 'better-sqlite3';
import { latvianHolidays } from '../../electron/domain/latvian-holidays';
import { foldForSearch } from '../search-text';
import { localParts } from './time';

type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

interface CalendarSeed {
  code: string;
  description: string;
  hours: Record<Weekday, readonly [open: string, close: string] | null>;
  withHolidays: boolean;
}

const OFFICE_DAY = ['08:00', '17:00'] as const;
// The time field stops at 23:59, so a whole day is written as its last minute; a minute a day is
// far below what an SLA is measured in.
const WHOLE_DAY = ['00:00', '23:59'] as const;

const CALENDARS: readonly CalendarSeed[] = [
  {
    code: 'STANDARTS',
    description: 'Rīgas birojs: darba dienās 8:00–17:00, svētku dienās slēgts',
    hours: { mon: OFFICE_DAY, tue: OFFICE_DAY, wed: OFFICE_DAY, thu: OFFICE_DAY, fri: OFFICE_DAY, sat: null, sun: null },
    withHolidays: true,
  },
  {
    code: 'DIENNAKTS',
    description: 'Visu diennakti, 7 dienas nedēļā (24/7)',
    hours: { mon: WHOLE_DAY, tue: WHOLE_DAY, wed: WHOLE_DAY, thu: WHOLE_DAY, fri: WHOLE_DAY, sat: WHOLE_DAY, sun: WHOLE_DAY },
    withHolidays: false,
  },
];

interface SlaSeed {
  code: string;
  description: string;
  calendar: string;
  /** [response, resolution] in minutes for high, normal and low priority. */
  high: readonly [number, number];
  normal: readonly [number, number];
  low: readonly [number, number];
}

const SLAS: readonly SlaSeed[] = [
  { code: 'ZELTS', description: 'Zelta līmenis: reakcija visu diennakti', calendar: 'DIENNAKTS', high: [60, 240], normal: [120, 480], low: [240, 1440] },
  { code: 'SUDRABS', description: 'Sudraba līmenis: reakcija darba laikā', calendar: 'STANDARTS', high: [120, 480], normal: [240, 960], low: [480, 2400] },
  { code: 'BRONZA', description: 'Bronzas līmenis: pamata serviss darba laikā', calendar: 'STANDARTS', high: [240, 960], normal: [480, 1920], low: [960, 4800] },
];

const INTERVALS = [
  { code: 'WEEK', description: 'Reizi nedēļā', unit: 'week', frequency: 1 },
  { code: 'MONTH', description: 'Reizi mēnesī', unit: 'month', frequency: 1 },
  { code: 'QUARTER', description: 'Reizi ceturksnī', unit: 'month', frequency: 3 },
  { code: 'HALFYEAR', description: 'Reizi pusgadā', unit: 'month', frequency: 6 },
  { code: 'YEAR', description: 'Reizi gadā', unit: 'year', frequency: 1 },
] as const;

const TIME_WINDOWS = [
  { code: 'WEEK', description: 'Jebkurā tās pašas nedēļas darba dienā', kind: 'week', daysBefore: 0, daysAfter: 0 },
  { code: 'MONTH', description: 'Jebkurā tā paša mēneša darba dienā', kind: 'month', daysBefore: 0, daysAfter: 0 },
  { code: 'PM3', description: 'Līdz 3 dienām pirms vai pēc aprēķinātā datuma', kind: 'manual', daysBefore: 3, daysAfter: 3 },
] as const;

const AGREEMENT_GROUPS = [
  { code: 'APKOPE', description: 'Plānotās apkopes līgumi', defaultSla: 'SUDRABS' },
  { code: 'GARANTIJA', description: 'Garantijas servisa līgumi', defaultSla: null },
] as const;

const TEMPLATE_GROUPS = [{ code: 'STANDARTA', description: 'Standarta apkopes līgumu veidnes' }] as const;

const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Inserts one audited row; `search` lists the searchable values in field order, as the services fold them. */
function inserter(db: Database, now: Date, actor: string) {
  const at = now.toISOString();
  const counts: Record<string, number> = {};
  const insert = (table: string, values: Record<string, string | number | null>, search?: readonly (string | null)[]): number => {
    const row = { ...values, ...(search ? { search_text: foldForSearch(...search) } : {}), version: 0, created_at: at, updated_at: at, updated_by: actor };
    const cols = Object.keys(row);
    const info = db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
    counts[table] = (counts[table] ?? 0) + 1;
    return Number(info.lastInsertRowid);
  };
  return { insert, counts };
}

export function seedCalendars(db: Database, now: Date, actor: string): Record<string, number> {
  const { insert, counts } = inserter(db, now, actor);
  // The holidays of "this year" are those of the Riga office's own calendar year.
  const year = localParts(now, 'Europe/Riga').year;

  const calendarIds = new Map<string, number>();
  for (const c of CALENDARS) {
    const id = insert('calendars', { code: c.code, description: c.description, time_zone: 'Europe/Riga' }, [c.code, c.description]);
    calendarIds.set(c.code, id);
    for (const weekday of WEEKDAYS) {
      const hours = c.hours[weekday];
      insert('calendar_hours', { calendar_id: id, weekday, open_time: hours?.[0] ?? null, close_time: hours?.[1] ?? null });
    }
    if (!c.withHolidays) continue;
    for (const h of [...latvianHolidays(year), ...latvianHolidays(year + 1)]) {
      insert('calendar_days', { calendar_id: id, date: h.date, kind: 'holiday', description: h.description });
    }
  }

  const slaIds = new Map<string, number>();
  for (const s of SLAS) {
    const id = insert(
      'service_level_agreements',
      {
        code: s.code,
        description: s.description,
        calendar_id: calendarIds.get(s.calendar) ?? null,
        response_high_minutes: s.high[0],
        resolution_high_minutes: s.high[1],
        response_normal_minutes: s.normal[0],
        resolution_normal_minutes: s.normal[1],
        response_low_minutes: s.low[0],
        resolution_low_minutes: s.low[1],
      },
      [s.code, s.description],
    );
    slaIds.set(s.code, id);
  }

  for (const i of INTERVALS) {
    insert('service_intervals', { code: i.code, description: i.description, unit: i.unit, frequency: i.frequency }, [i.code, i.description]);
  }
  for (const w of TIME_WINDOWS) {
    insert(
      'time_windows',
      { code: w.code, description: w.description, kind: w.kind, days_before: w.daysBefore, days_after: w.daysAfter },
      [w.code, w.description],
    );
  }
  for (const g of AGREEMENT_GROUPS) {
    const defaultSla = g.defaultSla ? (slaIds.get(g.defaultSla) ?? null) : null;
    insert('agreement_groups', { code: g.code, description: g.description, default_sla_id: defaultSla }, [g.code, g.description]);
  }
  for (const g of TEMPLATE_GROUPS) {
    insert('template_groups', { code: g.code, description: g.description }, [g.code, g.description]);
  }
  return counts;
}
