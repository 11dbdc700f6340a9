import type { Database } from 'better-sqlite3';
import { ids } from './dispatch';

/** What `dispatch.schedule` reads and writes inside its transaction. */

export interface ScheduleOrderRaw {
  id: number;
  number: string;
  version: number;
  progress: 'in_process' | 'posted' | 'cancelled';
  workerId: number | null;
  start: string | null;
  end: string | null;
  stageCode: string | null;
  stageAllowsChanges: number;
  slaDeadline: string | null;
}

export function scheduleOrder(db: Database, id: number): ScheduleOrderRaw | undefined {
  return db
    .prepare(
      `SELECT o.id, o.number, o.version, o.progress, o.worker_id AS workerId, o.planned_start AS start, o.planned_end AS "end",
         st.code AS stageCode, coalesce(st.modification_allowed, 1) AS stageAllowsChanges, o.sla_deadline_at AS slaDeadline
       FROM service_orders o LEFT JOIN service_stages st ON st.id = o.stage_id WHERE o.id = ?`,
    )
    .get(id) as ScheduleOrderRaw | undefined;
}

/** Open visits of the technicians overlapping [from, to); `earliestStart` bounds the index scan as on the board. */
export function technicianVisits(db: Database, workerIds: readonly number[], window: { from: string; to: string; earliestStart: string }) {
  return db
    .prepare(
      `SELECT o.id AS orderId, o.worker_id AS workerId, o.planned_start AS start, o.planned_end AS "end"
       FROM service_orders o
       WHERE o.progress = 'in_process' AND o.worker_id IN (SELECT value FROM json_each(@workers))
         AND o.planned_start IS NOT NULL AND o.planned_end IS NOT NULL
         AND o.planned_start >= @earliestStart AND o.planned_start < @to AND o.planned_end > @from
       ORDER BY o.worker_id, o.planned_start`,
    )
    .all({ workers: ids(workerIds), ...window }) as { orderId: number; workerId: number; start: string; end: string }[];
}

export function orderNumbers(db: Database, orderIds: readonly number[]): Map<number, string> {
  const rows = db.prepare('SELECT id, number FROM service_orders WHERE id IN (SELECT value FROM json_each(?))').all(ids(orderIds)) as { id: number; number: string }[];
  return new Map(rows.map((r) => [r.id, r.number]));
}

export function skillCodes(db: Database, skillIds: readonly number[]): Map<number, string> {
  const rows = db.prepare('SELECT id, code FROM skills WHERE id IN (SELECT value FROM json_each(?))').all(ids(skillIds)) as { id: number; code: string }[];
  return new Map(rows.map((r) => [r.id, r.code]));
}

/** Sets (or clears) the technician and planned times; false when the version is stale or the order gone. */
export function writeSchedule(
  db: Database,
  change: { orderId: number; version: number; workerId: number | null; start: string | null; end: string | null },
  audit: { now: string; actor: string },
): boolean {
  return (
    db
      .prepare(
        `UPDATE service_orders SET worker_id = @workerId, planned_start = @start, planned_end = @end,
           version = version + 1, updated_at = @now, updated_by = @actor
         WHERE id = @orderId AND version = @version`,
      )
      .run({ ...change, ...audit }).changes === 1
  );
}
