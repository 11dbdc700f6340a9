import type { Database, Statement } from 'better-sqlite3';
import type { GenerationInput } from '../../contract/generation';
import { WEEKDAY_NUMBERS, type Weekday } from '../../contract/setup/people';
import type { GenAgreement, GenCalendar, GenExisting, GenInterval, GenLine, TransactionType } from '../../domain/generation/types';

/**
 * Rows -> the planner's plain data. Everything an agreement needs is read per chunk of agreements
 * with one query per table (ids passed as a JSON array), so a batch over thousands of agreements
 * costs a handful of statements per chunk rather than several per agreement.
 */

/** What the writer needs beside the planner's data: names for search text and relations to copy. */
export interface AgreementExtras {
  customerName: string;
  siteCity: string | null;
  objects: { serviceObjectId: number; note: string | null; serialNo: string | null }[];
  tasks: { taskId: number; internalText: string | null; customerText: string | null }[];
}

export interface LoadedChunk {
  agreements: GenAgreement[];
  extras: Map<number, AgreementExtras>;
  existing: GenExisting;
}

/** An agreement's header as SQL returns it: the flag as 0/1, plus what the written order needs. */
type HeaderRow = Omit<GenAgreement, 'isTemplate' | 'lines'> & { isTemplate: number; customerName: string; siteCity: string | null };

interface LineRow {
  agreementId: number;
  id: number;
  lineNo: number;
  transactionType: TransactionType;
  description: string;
  categoryId: number | null;
  itemId: number | null;
  quantityX100: number;
  costPriceCents: number;
  salesPriceCents: number;
  priceOverridden: number;
  workerId: number | null;
  serviceObjectId: number | null;
  taskId: number | null;
  intervalUnit: GenInterval['unit'] | null;
  intervalFrequency: number | null;
  windowKind: 'week' | 'month' | 'manual' | null;
  daysBefore: number | null;
  daysAfter: number | null;
  validFrom: string | null;
  validTo: string | null;
  startAfter: string | null;
  endBefore: string | null;
  stopped: number;
}

/** The SLA falls back to the agreement group's default; the calendar to the SLA's. */
const HEADER_SQL = `
  SELECT a.id, a.number, a.description, a.status, (a.template_group_id IS NOT NULL) AS isTemplate,
    a.valid_from AS validFrom, a.valid_to AS validTo, a.combine_by AS combineBy, a.customer_id AS customerId,
    a.site_id AS siteId, a.responsible_worker_id AS responsibleWorkerId, a.preferred_worker_id AS preferredWorkerId,
    coalesce(a.sla_id, g.default_sla_id) AS slaId,
    coalesce(a.calendar_id, (SELECT s.calendar_id FROM service_level_agreements s WHERE s.id = coalesce(a.sla_id, g.default_sla_id))) AS calendarId,
    c.name AS customerName, cs.city AS siteCity
  FROM agreements a
  JOIN customers c ON c.id = a.customer_id
  LEFT JOIN customer_sites cs ON cs.id = a.site_id
  LEFT JOIN agreement_groups g ON g.id = a.agreement_group_id`;

const IN_CHUNK = 'IN (SELECT value FROM json_each(?))';

/** Ids of the agreements a run looks at, in id order (the order they are processed in). */
export function agreementIdsInScope(db: Database, scope: GenerationInput['scope']): number[] {
  if ('agreementId' in scope) {
    return (db.prepare('SELECT id FROM agreements WHERE id = ?').all(scope.agreementId) as { id: number }[]).map((r) => r.id);
  }
  const where: string[] = [];
  const args: Record<string, number> = {};
  if (scope.agreementGroupId !== undefined) {
    where.push('a.agreement_group_id = @group');
    args.group = scope.agreementGroupId;
  }
  if (scope.customerId !== undefined) {
    where.push('a.customer_id = @customer');
    args.customer = scope.customerId;
  }
  if (scope.teamId !== undefined) {
    where.push(`EXISTS (SELECT 1 FROM workers w WHERE w.team_id = @team
      AND w.id IN (a.responsible_worker_id, a.preferred_worker_id))`);
    args.team = scope.teamId;
  }
  const sql = `SELECT a.id FROM agreements a ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.id`;
  return (db.prepare(sql).all(args) as { id: number }[]).map((r) => r.id);
}

function toLine(r: LineRow): GenLine {
  return {
    id: r.id,
    lineNo: r.lineNo,
    transactionType: r.transactionType,
    description: r.description,
    categoryId: r.categoryId,
    itemId: r.itemId,
    quantityX100: r.quantityX100,
    costPriceCents: r.costPriceCents,
    salesPriceCents: r.salesPriceCents,
    priceOverridden: r.priceOverridden === 1,
    workerId: r.workerId,
    serviceObjectId: r.serviceObjectId,
    taskId: r.taskId,
    interval: r.intervalUnit !== null && r.intervalFrequency !== null ? { unit: r.intervalUnit, frequency: r.intervalFrequency } : null,
    timeWindow: r.windowKind !== null ? { kind: r.windowKind, daysBefore: r.daysBefore ?? 0, daysAfter: r.daysAfter ?? 0 } : null,
    validFrom: r.validFrom,
    validTo: r.validTo,
    startAfter: r.startAfter,
    endBefore: r.endBefore,
    stopped: r.stopped === 1,
  };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Statements prepared once per run; `load(ids)` reads one chunk of agreements. */
export function chunkLoader(db: Database) {
  const headers = db.prepare(`${HEADER_SQL} WHERE a.id ${IN_CHUNK} ORDER BY a.id`);
  const lines = db.prepare(`
    SELECT l.agreement_id AS agreementId, l.id, l.line_no AS lineNo, l.transaction_type AS transactionType,
      l.description, l.category_id AS categoryId, l.item_id AS itemId, l.quantity_x100 AS quantityX100,
      l.cost_price_cents AS costPriceCents, l.sales_price_cents AS salesPriceCents, l.price_overridden AS priceOverridden,
      l.worker_id AS workerId, l.service_object_id AS serviceObjectId, l.task_id AS taskId,
      i.unit AS intervalUnit, i.frequency AS intervalFrequency, w.kind AS windowKind, w.days_before AS daysBefore,
      w.days_after AS daysAfter, l.valid_from AS validFrom, l.valid_to AS validTo, l.start_after AS startAfter,
      l.end_before AS endBefore, l.stopped
    FROM agreement_lines l
    LEFT JOIN service_intervals i ON i.id = l.interval_id
    LEFT JOIN time_windows w ON w.id = l.time_window_id
    WHERE l.agreement_id ${IN_CHUNK}
    ORDER BY l.agreement_id, l.line_no`);
  // The join term on agreement_line_id lets SQLite use the partial unique index (line, date).
  const members = db.prepare(`
    SELECT ol.agreement_line_id AS lineId, ol.calculated_date AS date
    FROM agreement_lines l JOIN service_order_lines ol ON ol.agreement_line_id = l.id
    WHERE l.agreement_id ${IN_CHUNK}`);
  const objects = db.prepare(`
    SELECT ao.agreement_id AS agreementId, ao.service_object_id AS serviceObjectId, ao.note, o.serial_no AS serialNo
    FROM agreement_objects ao JOIN service_objects o ON o.id = ao.service_object_id
    WHERE ao.agreement_id ${IN_CHUNK} ORDER BY ao.agreement_id, ao.id`);
  const tasks = db.prepare(`
    SELECT agreement_id AS agreementId, task_id AS taskId, internal_text AS internalText, customer_text AS customerText
    FROM agreement_tasks WHERE agreement_id ${IN_CHUNK} ORDER BY agreement_id, id`);

  return (ids: readonly number[]): LoadedChunk => {
    const json = JSON.stringify(ids);
    const linesBy = new Map<number, GenLine[]>();
    for (const r of lines.all(json) as LineRow[]) pushTo(linesBy, r.agreementId, toLine(r));
    const objectsBy = new Map<number, AgreementExtras['objects']>();
    for (const r of objects.all(json) as (AgreementExtras['objects'][number] & { agreementId: number })[]) {
      pushTo(objectsBy, r.agreementId, { serviceObjectId: r.serviceObjectId, note: r.note, serialNo: r.serialNo });
    }
    const tasksBy = new Map<number, AgreementExtras['tasks']>();
    for (const r of tasks.all(json) as (AgreementExtras['tasks'][number] & { agreementId: number })[]) {
      pushTo(tasksBy, r.agreementId, { taskId: r.taskId, internalText: r.internalText, customerText: r.customerText });
    }
    const agreements: GenAgreement[] = [];
    const extras = new Map<number, AgreementExtras>();
    for (const h of headers.all(json) as HeaderRow[]) {
      agreements.push({
        id: h.id,
        number: h.number,
        description: h.description,
        status: h.status,
        isTemplate: h.isTemplate === 1,
        validFrom: h.validFrom,
        validTo: h.validTo,
        combineBy: h.combineBy,
        customerId: h.customerId,
        siteId: h.siteId,
        responsibleWorkerId: h.responsibleWorkerId,
        preferredWorkerId: h.preferredWorkerId,
        slaId: h.slaId,
        calendarId: h.calendarId,
        lines: linesBy.get(h.id) ?? [],
      });
      extras.set(h.id, {
        customerName: h.customerName,
        siteCity: h.siteCity,
        objects: objectsBy.get(h.id) ?? [],
        tasks: tasksBy.get(h.id) ?? [],
      });
    }
    return { agreements, extras, existing: existingOf(members, json) };
  };
}

function existingOf(members: Statement, json: string): GenExisting {
  const set = new Set<string>();
  const last = new Map<number, string>();
  for (const r of members.all(json) as { lineId: number; date: string }[]) {
    set.add(`${r.lineId}:${r.date}`);
    const seen = last.get(r.lineId);
    if (seen === undefined || r.date > seen) last.set(r.lineId, r.date);
  }
  return { members: set, lastDateByLine: last };
}

/** Working calendars by id, read once each the first time an agreement needs one. */
export function calendarCache(db: Database) {
  const hours = db.prepare('SELECT weekday FROM calendar_hours WHERE calendar_id = ? AND open_time IS NOT NULL');
  const days = db.prepare('SELECT date, kind FROM calendar_days WHERE calendar_id = ?');
  const map = new Map<number, GenCalendar>();
  return {
    calendars: map as ReadonlyMap<number, GenCalendar>,
    /** Makes sure every calendar these agreements use is in `calendars`. */
    add(agreements: readonly GenAgreement[]): void {
      for (const a of agreements) {
        if (a.calendarId === null || map.has(a.calendarId)) continue;
        const open = new Set<number>();
        for (const r of hours.all(a.calendarId) as { weekday: Weekday }[]) open.add(WEEKDAY_NUMBERS[r.weekday]);
        const byDate = new Map<string, 'holiday' | 'closed' | 'open'>();
        for (const r of days.all(a.calendarId) as { date: string; kind: 'holiday' | 'closed' | 'open' }[]) byDate.set(r.date, r.kind);
        map.set(a.calendarId, { id: a.calendarId, openWeekdays: open, days: byDate });
      }
    },
  };
}
