import type { Database } from 'better-sqlite3';
import { likePattern } from '../search-text';
import { conditions } from './conditions';
import { CARD_COLUMNS, CARD_JOINS, ids, prefixPattern, withFolding, type CardRaw, type Priority } from './dispatch';

/**
 * The dispatch board's queue: open orders still missing a technician or a planned time, tens of
 * thousands in a big company (a year of generated orders). The WHERE starts with the predicate of the
 * partial queue indexes (migration 0180) and each ascending sort is written exactly as its index, so
 * a page reads its rows in index order instead of sorting the whole queue.
 */

const PRIORITY_RANK = "CASE o.priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END";

/** Sort keys, each ending in the number; an empty value (no deadline, no preferred date) sorts last in either direction. */
const SORT_SQL = {
  priority: (dir: string) => `${PRIORITY_RANK} ${dir}, o.preferred_date IS NULL, o.preferred_date ${dir}, o.number ${dir}`,
  slaDeadline: (dir: string) => `o.sla_deadline_at IS NULL, o.sla_deadline_at ${dir}, o.number ${dir}`,
  preferredDate: (dir: string) =>
    `o.preferred_date IS NULL, o.preferred_date ${dir}, o.preferred_start_time IS NULL, o.preferred_start_time ${dir}, o.number ${dir}`,
  number: (dir: string) => `o.number ${dir}`,
} as const;

export interface QueueQuery {
  search: string;
  sort: keyof typeof SORT_SQL;
  direction: 'asc' | 'desc';
  page: number;
  pageSize: number;
  teamIds?: readonly number[] | undefined;
  skillId?: number | undefined;
  city?: string | undefined;
  priority?: Priority | undefined;
  stageId?: number | undefined;
}

export type QueueRaw = CardRaw & {
  preferredDate: string | null;
  preferredStartTime: string | null;
  preferredWorkerId: number | null;
  preferredWorkerCode: string | null;
  preferredWorkerName: string | null;
  workerId: number | null;
};

export function queueOrders(db: Database, q: QueueQuery): { rows: QueueRaw[]; total: number } {
  const { where, args, add } = conditions(["o.progress = 'in_process'", '(o.worker_id IS NULL OR o.planned_start IS NULL)']);
  if (q.search) add("o.search_text LIKE @pattern ESCAPE '\\'", 'pattern', likePattern(q.search));
  if (q.teamIds && q.teamIds.length > 0) {
    add('o.preferred_worker_id IN (SELECT id FROM workers WHERE team_id IN (SELECT value FROM json_each(@teamIds)))', 'teamIds', ids(q.teamIds));
  }
  add(
    `EXISTS (SELECT 1 FROM service_order_tasks r JOIN task_skills ts ON ts.task_id = r.task_id
      WHERE r.order_id = o.id AND ts.skill_id = @skillId)`,
    'skillId',
    q.skillId,
  );
  if (q.city) add("fold_text(coalesce(o.service_city, cs.city)) LIKE @city ESCAPE '\\'", 'city', prefixPattern(q.city));
  add('o.priority = @priority', 'priority', q.priority);
  add('o.stage_id = @stageId', 'stageId', q.stageId);
  const dir = q.direction === 'desc' ? 'DESC' : 'ASC';
  const whereSql = where.join(' AND ');
  withFolding(db);
  // Only the city filter needs the site; joining it for every queued order would triple the count's cost.
  const siteJoin = q.city ? 'LEFT JOIN customer_sites cs ON cs.id = o.site_id' : '';
  const total = db.prepare(`SELECT count(*) FROM service_orders o ${siteJoin} WHERE ${whereSql}`).pluck().get(args) as number;
  const order = SORT_SQL[q.sort](dir);
  // The page's ids first, the card columns only for them: a sort no index serves (descending, by
  // number) then orders bare ids rather than every queued order's joined card.
  const rows = db
    .prepare(
      `SELECT ${CARD_COLUMNS}, o.preferred_date AS preferredDate, o.preferred_start_time AS preferredStartTime,
         pw.id AS preferredWorkerId, pw.code AS preferredWorkerCode, pw.name AS preferredWorkerName, o.worker_id AS workerId
       FROM (SELECT o.id FROM service_orders o ${siteJoin} WHERE ${whereSql} ORDER BY ${order} LIMIT @limit OFFSET @offset) page
       JOIN service_orders o ON o.id = page.id ${CARD_JOINS}
       LEFT JOIN workers pw ON pw.id = o.preferred_worker_id
       ORDER BY ${order}`,
    )
    .all({ ...args, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as QueueRaw[];
  return { rows, total };
}
