/** Checks shared by the demo and large seed tests. Test-only: nothing in the application imports it. */
import type { Database } from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../store';

/** A store on a fresh temporary file; `dispose` closes it and removes the folder. */
export function tempStore(name = 'seed.sqlite'): { store: Store; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'servisa-seed-'));
  const store = Store.open(join(dir, name));
  return {
    store,
    dispose: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const rigaFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Riga',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'short',
});

/** The Riga wall clock of a UTC ISO instant, read with Intl independently of the seed's own helpers. */
export function rigaWallClock(iso: string): { date: string; minuteOfDay: number; weekday: string } {
  const p = Object.fromEntries(rigaFormat.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    minuteOfDay: Number(p.hour) * 60 + Number(p.minute),
    weekday: p.weekday ?? '',
  };
}

export interface PlannedRow {
  number: string;
  worker_id: number;
  planned_start: string;
  planned_end: string;
  planned_hours_x100: number;
}

export function plannedOrders(db: Database): PlannedRow[] {
  return db
    .prepare(
      `SELECT number, worker_id, planned_start, planned_end, planned_hours_x100 FROM service_orders
       WHERE planned_start IS NOT NULL ORDER BY worker_id, planned_start`,
    )
    .all() as PlannedRow[];
}

/** Pairs of one worker's visits that overlap; a seeded board must have none. */
export function overlaps(rows: readonly PlannedRow[]): string[] {
  const found: string[] = [];
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1] as PlannedRow;
    const b = rows[i] as PlannedRow;
    if (a.worker_id === b.worker_id && b.planned_start < a.planned_end) found.push(`${a.number}/${b.number}`);
  }
  return found;
}

/** A stable text dump of a table without the audit timestamps, for comparing two generated files. */
export function dumpWithoutTimestamps(db: Database, table: string): string {
  const rows = db.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Record<string, unknown>[];
  return rows
    .map((r) => {
      const { created_at: _c, updated_at: _u, ...rest } = r;
      return JSON.stringify(rest);
    })
    .join('\n');
}

export function count(db: Database, sql: string): number {
  return (db.prepare(sql).get() as { n: number }).n;
}
