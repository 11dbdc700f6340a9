import type { Database } from 'better-sqlite3';
import { likePattern } from '../../../db/search-text';
import type { ApiParsedInput, ApiOutput } from '../../contract';
import type { RequestListRow } from '../../contract/requests';

/** What the generic entity row lacks: the request's status and what became of it. */
export interface RequestStateRow {
  status: 'open' | 'converted' | 'rejected';
  receivedDate: string;
  receivedTime: string;
  rejectReasonId: number | null;
  rejectReasonLabel: string | null;
  rejectNote: string | null;
  orderId: number | null;
  orderNumber: string | null;
}

export function requestState(db: Database, id: number): RequestStateRow | undefined {
  return db
    .prepare(
      `SELECT r.status, r.received_date AS receivedDate, r.received_time AS receivedTime,
              r.reject_reason_id AS rejectReasonId, rc.code AS rejectReasonLabel, r.reject_note AS rejectNote,
              r.order_id AS orderId, o.number AS orderNumber
       FROM customer_requests r
       LEFT JOIN stage_reason_codes rc ON rc.id = r.reject_reason_id
       LEFT JOIN service_orders o ON o.id = r.order_id
       WHERE r.id = ?`,
    )
    .get(id) as RequestStateRow | undefined;
}

// Sort keys map to fixed SQL; the newest request (or number) breaks ties by id.
const ORDER_BY = {
  received: 'r.received_date, r.received_time',
  number: 'r.number',
  customer: 'c.name COLLATE NOCASE',
} as const;

/** The request list: by status, searched in the folded search text of number, description and customer. */
export function listRequests(db: Database, input: ApiParsedInput<'requests.list'>): ApiOutput<'requests.list'> {
  const where: string[] = [];
  const args: Record<string, unknown> = {};
  if (input.status !== 'all') {
    where.push('r.status = @status');
    args.status = input.status;
  }
  if (input.customerId !== undefined) {
    where.push('r.customer_id = @customerId');
    args.customerId = input.customerId;
  }
  if (input.search) {
    where.push("(r.search_text LIKE @pattern ESCAPE '\\' OR c.search_text LIKE @pattern ESCAPE '\\')");
    args.pattern = likePattern(input.search);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const dir = input.direction === 'desc' ? 'DESC' : 'ASC';
  const order = ORDER_BY[input.sort].split(', ').map((c) => `${c} ${dir}`).join(', ');
  const from = 'FROM customer_requests r JOIN customers c ON c.id = r.customer_id LEFT JOIN service_orders o ON o.id = r.order_id';
  const total = (db.prepare(`SELECT count(*) AS n ${from} ${whereSql}`).get(args) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT r.id, r.number, r.received_date AS receivedDate, r.received_time AS receivedTime, c.name AS customerName,
              r.description, r.channel, r.priority, r.status, r.order_id AS orderId, o.number AS orderNumber
       ${from} ${whereSql} ORDER BY ${order}, r.id ${dir} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...args, limit: input.pageSize, offset: (input.page - 1) * input.pageSize }) as RequestListRow[];
  return { rows, total, page: input.page, pageSize: input.pageSize };
}
