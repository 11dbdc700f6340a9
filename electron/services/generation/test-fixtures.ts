import type { Database } from 'better-sqlite3';

/**
 * Rows for generation tests, written straight to the tables (the agreement screens have their own
 * tests): each helper fills the audit columns and sensible defaults, the caller only what matters.
 */

const AT = '2026-03-01T08:00:00.000Z';

export function insertRow(db: Database, table: string, values: Record<string, unknown>): number {
  const row: Record<string, unknown> = { version: 0, created_at: AT, updated_at: AT, updated_by: 'test', ...values };
  for (const [k, v] of Object.entries(row)) if (typeof v === 'boolean') row[k] = v ? 1 : 0;
  const cols = Object.keys(row);
  const sql = `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`;
  return Number(db.prepare(sql).run(row).lastInsertRowid);
}

let serial = 0;
const next = (prefix: string) => `${prefix}${++serial}`;

export const fx = {
  insertRow,
  customer: (db: Database, name = 'SIA Rīgas Ūdens') => insertRow(db, 'customers', { code: next('K'), name, search_text: '' }),
  site: (db: Database, customerId: number, city = 'Rīga') =>
    insertRow(db, 'customer_sites', { customer_id: customerId, code: next('S'), name: 'Galvenā ēka', address: 'Brīvības iela 1', city }),
  team: (db: Database) => insertRow(db, 'dispatch_teams', { code: next('T'), name: 'Rīgas komanda' }),
  worker: (db: Database, teamId: number | null = null) =>
    insertRow(db, 'workers', { code: next('W'), name: 'Jānis Bērziņš', kind: 'technician', team_id: teamId }),
  object: (db: Database, customerId: number, serialNo = 'SN-1001') =>
    insertRow(db, 'service_objects', { code: next('OBJ'), description: 'Katls', customer_id: customerId, serial_no: serialNo }),
  task: (db: Database) => insertRow(db, 'service_tasks', { code: next('TASK'), description: 'Apkope', default_hours: 100 }),
  interval: (db: Database, unit: 'day' | 'week' | 'month' | 'year', frequency: number) =>
    insertRow(db, 'service_intervals', { code: next('I'), description: `${frequency} ${unit}`, unit, frequency }),
  window: (db: Database, kind: 'week' | 'month' | 'manual', daysBefore = 0, daysAfter = 0) =>
    insertRow(db, 'time_windows', { code: next('TW'), description: kind, kind, days_before: daysBefore, days_after: daysAfter }),
  group: (db: Database, defaultSlaId: number | null = null) =>
    insertRow(db, 'agreement_groups', { code: next('G'), description: 'Apkopes līgumi', default_sla_id: defaultSlaId }),
  templateGroup: (db: Database) => insertRow(db, 'template_groups', { code: next('TG'), description: 'Veidnes' }),
  rootStage: (db: Database) => insertRow(db, 'service_stages', { code: next('NEW'), description: 'Jauns', sort_order: 10 }),
  /** Open Monday to Friday 08:00–17:00, with the given dates closed as holidays. */
  calendar: (db: Database, holidays: string[] = []) => {
    const id = insertRow(db, 'calendars', { code: next('CAL'), description: 'Darba dienas', time_zone: 'Europe/Riga' });
    for (const weekday of ['mon', 'tue', 'wed', 'thu', 'fri']) {
      insertRow(db, 'calendar_hours', { calendar_id: id, weekday, open_time: '08:00', close_time: '17:00' });
    }
    for (const date of holidays) insertRow(db, 'calendar_days', { calendar_id: id, date, kind: 'holiday' });
    return id;
  },
  sla: (db: Database, calendarId: number | null) =>
    insertRow(db, 'service_level_agreements', {
      code: next('SLA'), description: 'Standarta', calendar_id: calendarId, response_high_minutes: 60, resolution_high_minutes: 240,
      response_normal_minutes: 240, resolution_normal_minutes: 960, response_low_minutes: 480, resolution_low_minutes: 2400,
    }),
  agreement: (db: Database, values: Record<string, unknown>) =>
    insertRow(db, 'agreements', {
      number: next('L'), description: 'Katlu apkope', status: 'active', valid_from: '2026-01-01', ...values,
    }),
  line: (db: Database, agreementId: number, lineNo: number, values: Record<string, unknown> = {}) =>
    insertRow(db, 'agreement_lines', {
      agreement_id: agreementId, line_no: lineNo, transaction_type: 'hour', description: `Rinda ${lineNo}`, quantity_x100: 150,
      cost_price_cents: 2000, sales_price_cents: 4500, ...values,
    }),
};

export type Fixture = typeof fx;
