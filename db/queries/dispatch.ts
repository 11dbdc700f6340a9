import type { Database } from 'better-sqlite3';
import { foldForSearch } from '../search-text';

/**
 * Read side of the dispatch board: technicians with their weekly hours, absences and skills, the
 * scheduled visits of a range, and what the cards need from each order's related tasks. Lists of
 * ids go in as one JSON array (`json_each`), so a board of a thousand technicians and ten thousand
 * visits costs a handful of statements, not one per row.
 */

export type Priority = 'high' | 'normal' | 'low';

/** A list of ids as one parameter, read back in SQL with json_each. */
export const ids = (list: readonly number[]) => JSON.stringify(list);

/** A LIKE pattern matching folded text that starts with the user's term (use ESCAPE '\\'). */
export function prefixPattern(term: string): string {
  return `${foldForSearch(term).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const FOLDING = new WeakSet<Database>();
/** Folding is Unicode normalisation per call; a filter folds the same few town names over and over. */
const FOLD_CACHE_LIMIT = 10_000;

/**
 * `fold_text(x)`: the same lower-case, accent-free form as the stored search texts, for columns that
 * have no search text of their own (a city typed as "cesis" finds "Cēsis"). Registered once per
 * connection, when a query first needs it.
 */
export function withFolding(db: Database): Database {
  if (!FOLDING.has(db)) {
    const folded = new Map<string, string>();
    db.function('fold_text', { deterministic: true }, (text: unknown) => {
      if (typeof text !== 'string') return null;
      let result = folded.get(text);
      if (result === undefined) {
        if (folded.size >= FOLD_CACHE_LIMIT) folded.clear();
        folded.set(text, (result = foldForSearch(text)));
      }
      return result;
    });
    FOLDING.add(db);
  }
  return db;
}

export interface TechnicianRaw {
  id: number;
  code: string;
  name: string;
  teamId: number | null;
  teamCode: string | null;
  teamName: string | null;
}

/** Active technicians by team name (no team last), then name; optionally of some teams or holding a skill. */
export function activeTechnicians(db: Database, filter: { teamIds?: readonly number[] | undefined; skillId?: number | undefined }): TechnicianRaw[] {
  const where = ["w.kind = 'technician'", "w.status = 'active'"];
  const args: Record<string, string | number> = {};
  if (filter.teamIds && filter.teamIds.length > 0) {
    where.push('w.team_id IN (SELECT value FROM json_each(@teamIds))');
    args.teamIds = ids(filter.teamIds);
  }
  if (filter.skillId !== undefined) {
    where.push('EXISTS (SELECT 1 FROM worker_skills ws WHERE ws.worker_id = w.id AND ws.skill_id = @skillId)');
    args.skillId = filter.skillId;
  }
  return db
    .prepare(
      `SELECT w.id, w.code, w.name, t.id AS teamId, t.code AS teamCode, t.name AS teamName
       FROM workers w LEFT JOIN dispatch_teams t ON t.id = w.team_id
       WHERE ${where.join(' AND ')}
       ORDER BY t.id IS NULL, t.name COLLATE NOCASE, t.id, w.name COLLATE NOCASE, w.id`,
    )
    .all(args) as TechnicianRaw[];
}

export function dispatchTeams(db: Database): { id: number; code: string; name: string }[] {
  return db.prepare('SELECT id, code, name FROM dispatch_teams ORDER BY name COLLATE NOCASE, id').all() as { id: number; code: string; name: string }[];
}

/** Kind and status of a worker, to tell an active technician from anyone else. */
export function workerKind(db: Database, id: number): { kind: 'technician' | 'office'; status: 'active' | 'terminated' } | undefined {
  return db.prepare('SELECT kind, status FROM workers WHERE id = ?').get(id) as { kind: 'technician' | 'office'; status: 'active' | 'terminated' } | undefined;
}

/** Working days only: a weekday stored without times is a day off. */
export function workerHours(db: Database, workerIds: readonly number[]) {
  return db
    .prepare(
      `SELECT worker_id AS workerId, weekday, start_time AS open, end_time AS close FROM worker_hours
       WHERE worker_id IN (SELECT value FROM json_each(?)) AND start_time IS NOT NULL AND end_time IS NOT NULL`,
    )
    .all(ids(workerIds)) as { workerId: number; weekday: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'; open: string; close: string }[];
}

/** Absences touching the local dates [fromDate, toDate], both inclusive. */
export function workerAbsences(db: Database, workerIds: readonly number[], fromDate: string, toDate: string) {
  return db
    .prepare(
      `SELECT worker_id AS workerId, from_date AS "from", to_date AS "to", kind FROM absences
       WHERE worker_id IN (SELECT value FROM json_each(?)) AND from_date <= ? AND to_date >= ?
       ORDER BY worker_id, from_date, id`,
    )
    .all(ids(workerIds), toDate, fromDate) as { workerId: number; from: string; to: string; kind: 'vacation' | 'sick' | 'training' | 'other' }[];
}

export function workerSkills(db: Database, workerIds: readonly number[]) {
  return db
    .prepare(
      `SELECT worker_id AS workerId, skill_id AS skillId, level, valid_to AS validTo FROM worker_skills
       WHERE worker_id IN (SELECT value FROM json_each(?)) ORDER BY worker_id, skill_id`,
    )
    .all(ids(workerIds)) as { workerId: number; skillId: number; level: number | null; validTo: string | null }[];
}

/** The columns of an order card, shared by visits and the queue. */
export const CARD_COLUMNS = `o.id AS orderId, o.number, o.version, o.description, c.name AS customer,
  coalesce(o.service_city, cs.city) AS city, coalesce(o.service_address, cs.address) AS address, o.priority,
  st.id AS stageId, st.code AS stageCode, st.description AS stageName, coalesce(st.modification_allowed, 1) AS stageAllowsChanges,
  o.planned_hours_x100 AS plannedHoursX100, o.sla_deadline_at AS slaDeadline`;

export const CARD_JOINS = `JOIN customers c ON c.id = o.customer_id
  LEFT JOIN customer_sites cs ON cs.id = o.site_id
  LEFT JOIN service_stages st ON st.id = o.stage_id`;

export interface CardRaw {
  orderId: number;
  number: string;
  version: number;
  description: string;
  customer: string;
  city: string | null;
  address: string | null;
  priority: Priority;
  stageId: number | null;
  stageCode: string | null;
  stageName: string | null;
  stageAllowsChanges: number;
  plannedHoursX100: number;
  slaDeadline: string | null;
}

export type VisitRaw = CardRaw & { workerId: number; start: string; end: string };

export interface VisitQuery {
  from: string;
  to: string;
  /** Lower bound on planned_start: visits starting earlier cannot reach `from` (the longest visit allowed). */
  earliestStart: string;
  teamIds?: readonly number[] | undefined;
  workerIds?: readonly number[] | undefined;
  priority?: Priority | undefined;
  stageId?: number | undefined;
  city?: string | undefined;
}

/**
 * Open orders with a technician and planned times overlapping [from, to). The bound on planned_start
 * below turns the overlap test into one range scan of the board index, whose order the result keeps
 * (sorting ten thousand visits otherwise costs a third of the query).
 */
export function scheduledVisits(db: Database, q: VisitQuery): VisitRaw[] {
  const where = [
    "o.progress = 'in_process'",
    'o.worker_id IS NOT NULL',
    'o.planned_start >= @earliestStart',
    'o.planned_start < @to',
    'o.planned_end > @from',
  ];
  const args: Record<string, string | number> = { from: q.from, to: q.to, earliestStart: q.earliestStart };
  const who: string[] = [];
  if (q.workerIds && q.workerIds.length > 0) {
    who.push('o.worker_id IN (SELECT value FROM json_each(@workerIds))');
    args.workerIds = ids(q.workerIds);
  }
  if (q.teamIds && q.teamIds.length > 0) {
    who.push('o.worker_id IN (SELECT id FROM workers WHERE team_id IN (SELECT value FROM json_each(@teamIds)))');
    args.teamIds = ids(q.teamIds);
  }
  if (who.length > 0) where.push(`(${who.join(' OR ')})`);
  if (q.priority !== undefined) {
    where.push('o.priority = @priority');
    args.priority = q.priority;
  }
  if (q.stageId !== undefined) {
    where.push('o.stage_id = @stageId');
    args.stageId = q.stageId;
  }
  if (q.city) {
    where.push("fold_text(coalesce(o.service_city, cs.city)) LIKE @city ESCAPE '\\'");
    args.city = prefixPattern(q.city);
  }
  return withFolding(db)
    .prepare(
      `SELECT ${CARD_COLUMNS}, o.worker_id AS workerId, o.planned_start AS start, o.planned_end AS "end"
       FROM service_orders o ${CARD_JOINS}
       WHERE ${where.join(' AND ')}
       ORDER BY o.planned_start`,
    )
    .all(args) as VisitRaw[];
}

/** One open order's visit wherever it is planned, or undefined when it has no technician and times. */
export function scheduledVisit(db: Database, orderId: number): VisitRaw | undefined {
  return db
    .prepare(
      `SELECT ${CARD_COLUMNS}, o.worker_id AS workerId, o.planned_start AS start, o.planned_end AS "end"
       FROM service_orders o ${CARD_JOINS}
       WHERE o.id = ? AND o.progress = 'in_process' AND o.worker_id IS NOT NULL AND o.planned_start IS NOT NULL AND o.planned_end IS NOT NULL`,
    )
    .get(orderId) as VisitRaw | undefined;
}

export interface OrderTaskSkillRaw {
  orderId: number;
  /** The relation's id: the lowest is the order's first task. */
  relationId: number;
  task: string;
  defaultHoursX100: number;
  /** null when the task requires no skill (one row per required skill otherwise). */
  skillId: number | null;
  minLevel: number | null;
}

/**
 * The related tasks of the orders with each task's required skills, one row per (task, skill), in one
 * statement for a whole board: the card's task text, the queue's default duration and the conflict
 * rules' required skills all come from it.
 */
export function orderTaskSkills(db: Database, orderIds: readonly number[]): OrderTaskSkillRaw[] {
  return db
    .prepare(
      `SELECT r.order_id AS orderId, r.id AS relationId, t.description AS task, t.default_hours AS defaultHoursX100,
         ts.skill_id AS skillId, ts.min_level AS minLevel
       FROM service_order_tasks r JOIN service_tasks t ON t.id = r.task_id
       LEFT JOIN task_skills ts ON ts.task_id = r.task_id
       WHERE r.order_id IN (SELECT value FROM json_each(?))`,
    )
    .all(ids(orderIds)) as OrderTaskSkillRaw[];
}
