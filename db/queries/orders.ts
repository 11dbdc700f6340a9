import type { Database } from 'better-sqlite3';
import { likePattern } from '../search-text';
import { conditions } from './conditions';

/** Read side of service orders: the paged list and one order with its lines and relations. */

const SORT_SQL = {
  preferredDate: 'o.preferred_date',
  number: 'o.number',
  customer: 'c.name COLLATE NOCASE',
} as const;

export interface OrderQuery {
  search: string;
  sort: keyof typeof SORT_SQL;
  direction: 'asc' | 'desc';
  page: number;
  pageSize: number;
  progress?: 'in_process' | 'posted' | 'cancelled' | undefined;
  agreementId?: number | undefined;
  customerId?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  stageId?: number | undefined;
  workerId?: number | undefined;
  workerMatch?: 'either' | 'assigned' | 'preferred' | undefined;
  teamId?: number | undefined;
  slaState?: 'none' | 'running' | 'stopped' | 'cancelled' | undefined;
}

/** The kind of an order's last SLA clock segment and whether it is still open (NULL without segments). */
const LAST_SEGMENT = `(SELECT s.kind || CASE WHEN s.end_at IS NULL THEN ':open' ELSE ':closed' END
  FROM sla_segments s WHERE s.order_id = o.id ORDER BY s.start_at DESC, s.id DESC LIMIT 1)`;

/**
 * The SLA clock state in SQL, mirroring the lazily started clock (services/lifecycle-stages/sla-store.ts):
 * an SLA with no stored segment is running from its start; a cancelled clock is marked on the order;
 * otherwise the last segment tells, and a clock closed without a cancel (ended at sign-off) counts as stopped.
 */
const SLA_STATE_SQL: Record<NonNullable<OrderQuery['slaState']>, string> = {
  none: 'o.sla_id IS NULL',
  cancelled: 'o.sla_id IS NOT NULL AND o.sla_cancelled_at IS NOT NULL',
  running: `o.sla_id IS NOT NULL AND o.sla_cancelled_at IS NULL AND coalesce(${LAST_SEGMENT}, 'running:open') = 'running:open'`,
  stopped: `o.sla_id IS NOT NULL AND o.sla_cancelled_at IS NULL AND coalesce(${LAST_SEGMENT}, 'running:open') <> 'running:open'`,
};

/** The technician columns a worker or team filter looks at. */
const WORKER_COLUMNS = {
  either: ['o.worker_id', 'o.preferred_worker_id'],
  assigned: ['o.worker_id'],
  preferred: ['o.preferred_worker_id'],
} as const;

export interface OrderListRaw {
  id: number;
  number: string;
  description: string;
  customerName: string;
  siteName: string | null;
  agreementNumber: string | null;
  preferredDate: string | null;
  progress: 'in_process' | 'posted' | 'cancelled';
  origin: 'generated' | 'manual' | 'request';
  calendarConflict: number;
  lineCount: number;
}

export function listOrders(db: Database, q: OrderQuery): { rows: OrderListRaw[]; total: number } {
  const { where, args, add } = conditions();
  if (q.search) add("o.search_text LIKE @pattern ESCAPE '\\'", 'pattern', likePattern(q.search));
  add('o.progress = @progress', 'progress', q.progress);
  add('o.agreement_id = @agreementId', 'agreementId', q.agreementId);
  add('o.customer_id = @customerId', 'customerId', q.customerId);
  add('o.preferred_date >= @from', 'from', q.from);
  add('o.preferred_date <= @to', 'to', q.to);
  add('o.stage_id = @stageId', 'stageId', q.stageId);
  const columns = WORKER_COLUMNS[q.workerMatch ?? 'either'];
  add(`(${columns.map((c) => `${c} = @workerId`).join(' OR ')})`, 'workerId', q.workerId);
  add(`(${columns.map((c) => `${c} IN (SELECT id FROM workers WHERE team_id = @teamId)`).join(' OR ')})`, 'teamId', q.teamId);
  if (q.slaState) where.push(SLA_STATE_SQL[q.slaState]);
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const dir = q.direction === 'desc' ? 'DESC' : 'ASC';
  const total = (db.prepare(`SELECT count(*) AS n FROM service_orders o ${whereSql}`).get(args) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT o.id, o.number, o.description, c.name AS customerName, cs.name AS siteName, a.number AS agreementNumber,
         o.preferred_date AS preferredDate, o.progress, o.origin, o.calendar_conflict AS calendarConflict,
         (SELECT count(*) FROM service_order_lines l WHERE l.order_id = o.id) AS lineCount
       FROM service_orders o
       JOIN customers c ON c.id = o.customer_id
       LEFT JOIN customer_sites cs ON cs.id = o.site_id
       LEFT JOIN agreements a ON a.id = o.agreement_id
       ${whereSql}
       ORDER BY ${SORT_SQL[q.sort]} ${dir}, o.number ${dir}
       LIMIT @limit OFFSET @offset`,
    )
    .all({ ...args, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as OrderListRaw[];
  return { rows, total };
}

/** A joined reference: id, code and name, or all null when the order has none. */
const ref = (alias: string, code: string, name: string, prefix: string) =>
  `${alias}.id AS ${prefix}Id, ${alias}.${code} AS ${prefix}Code, ${alias}.${name} AS ${prefix}Name`;

export type RefRaw<P extends string> = { [K in `${P}Id` | `${P}Code` | `${P}Name`]: K extends `${P}Id` ? number | null : string | null };

export type OrderHeaderRaw = {
  id: number;
  version: number;
  updatedAt: string;
  updatedBy: string;
  createdAt: string;
  number: string;
  description: string;
  priority: 'high' | 'normal' | 'low';
  origin: 'generated' | 'manual' | 'request';
  progress: 'in_process' | 'posted' | 'cancelled';
  preferredDate: string | null;
  preferredStartTime: string | null;
  preferredEndTime: string | null;
  serviceAddress: string | null;
  serviceCity: string | null;
  calendarConflict: number;
  combineKey: string | null;
  plannedHoursX100: number;
  siteCity: string | null;
} & RefRaw<'customer'> & RefRaw<'site'> & RefRaw<'agreement'> & RefRaw<'object'> & RefRaw<'stage'> & RefRaw<'sla'> &
  RefRaw<'responsible'> & RefRaw<'preferred'>;

export function getOrderHeader(db: Database, id: number): OrderHeaderRaw | undefined {
  return db
    .prepare(
      `SELECT o.id, o.version, o.updated_at AS updatedAt, o.updated_by AS updatedBy, o.created_at AS createdAt, o.number,
         o.description, o.priority, o.origin, o.progress, o.preferred_date AS preferredDate,
         o.preferred_start_time AS preferredStartTime, o.preferred_end_time AS preferredEndTime,
         o.service_address AS serviceAddress, o.service_city AS serviceCity,
         o.calendar_conflict AS calendarConflict, o.combine_key AS combineKey, o.planned_hours_x100 AS plannedHoursX100,
         cs.city AS siteCity,
         ${ref('c', 'code', 'name', 'customer')}, ${ref('cs', 'code', 'name', 'site')},
         ${ref('a', 'number', 'description', 'agreement')}, ${ref('so', 'code', 'description', 'object')},
         ${ref('st', 'code', 'description', 'stage')}, ${ref('sla', 'code', 'description', 'sla')},
         ${ref('rw', 'code', 'name', 'responsible')}, ${ref('pw', 'code', 'name', 'preferred')}
       FROM service_orders o
       JOIN customers c ON c.id = o.customer_id
       LEFT JOIN customer_sites cs ON cs.id = o.site_id
       LEFT JOIN agreements a ON a.id = o.agreement_id
       LEFT JOIN service_objects so ON so.id = o.service_object_id
       LEFT JOIN service_stages st ON st.id = o.stage_id
       LEFT JOIN service_level_agreements sla ON sla.id = o.sla_id
       LEFT JOIN workers rw ON rw.id = o.responsible_worker_id
       LEFT JOIN workers pw ON pw.id = o.preferred_worker_id
       WHERE o.id = ?`,
    )
    .get(id) as OrderHeaderRaw | undefined;
}

export type OrderLineRaw = {
  id: number;
  lineNo: number;
  transactionType: 'hour' | 'expense' | 'item' | 'fee';
  description: string;
  quantityX100: number;
  costPriceCents: number;
  salesPriceCents: number;
  agreementLineId: number | null;
  calculatedDate: string | null;
  plannedDate: string | null;
  executionDate: string | null;
  startTime: string | null;
  endTime: string | null;
  priceOverridden: number;
  status: 'created' | 'posted' | 'cancelled';
} & RefRaw<'category'> & RefRaw<'item'> & RefRaw<'worker'> & RefRaw<'object'> & RefRaw<'task'>;

export function getOrderLines(db: Database, orderId: number): OrderLineRaw[] {
  return db
    .prepare(
      `SELECT l.id, l.line_no AS lineNo, l.transaction_type AS transactionType, l.description,
         l.quantity_x100 AS quantityX100, l.cost_price_cents AS costPriceCents, l.sales_price_cents AS salesPriceCents,
         l.agreement_line_id AS agreementLineId, l.calculated_date AS calculatedDate, l.planned_date AS plannedDate, l.status,
         l.execution_date AS executionDate, l.start_time AS startTime, l.end_time AS endTime, l.price_overridden AS priceOverridden,
         ${ref('tc', 'code', 'description', 'category')}, ${ref('i', 'code', 'description', 'item')},
         ${ref('w', 'code', 'name', 'worker')}, ${ref('so', 'code', 'description', 'object')},
         ${ref('t', 'code', 'description', 'task')}
       FROM service_order_lines l
       LEFT JOIN transaction_categories tc ON tc.id = l.category_id
       LEFT JOIN items i ON i.id = l.item_id
       LEFT JOIN workers w ON w.id = l.worker_id
       LEFT JOIN service_objects so ON so.id = l.service_object_id
       LEFT JOIN service_tasks t ON t.id = l.task_id
       WHERE l.order_id = ? ORDER BY l.line_no`,
    )
    .all(orderId) as OrderLineRaw[];
}

export function getOrderObjects(db: Database, orderId: number) {
  return db
    .prepare(
      `SELECT so.id, so.code, so.description AS name, so.serial_no AS serialNo, r.note
       FROM service_order_objects r JOIN service_objects so ON so.id = r.service_object_id
       WHERE r.order_id = ? ORDER BY so.code`,
    )
    .all(orderId) as { id: number; code: string; name: string; serialNo: string | null; note: string | null }[];
}

export function getOrderTasks(db: Database, orderId: number) {
  return db
    .prepare(
      `SELECT t.id, t.code, t.description AS name, r.internal_text AS internalText, r.customer_text AS customerText
       FROM service_order_tasks r JOIN service_tasks t ON t.id = r.task_id
       WHERE r.order_id = ? ORDER BY t.code`,
    )
    .all(orderId) as { id: number; code: string; name: string; internalText: string | null; customerText: string | null }[];
}
