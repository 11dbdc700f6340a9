import type { Database } from 'better-sqlite3';
import { setSlaDeadline } from '../../../db/queries/dispatch-deadlines';
import type { SlaStatusOut } from '../../contract/order-stages';
import { clockState, slaStatus, startClock, type SlaSegments } from '../../domain/sla/clock';
import { WEEKDAY_NUMBERS, type Weekday } from '../../contract/setup/people';
import { formatInstant, type OpeningHours, type SlaCalendar } from '../../domain/sla/working-time';

/**
 * The SLA clock of an order as stored in `sla_segments`, and what the clock of an order needs from
 * its SLA (target by priority, calendar).
 *
 * The clock starts lazily: an order with an SLA and no segments has one implied running segment from
 * its SLA start (the request's received time) or else its creation. Reads compute with it without
 * writing; the first write (a stop, cancel or stage change) stores it together with the change.
 * That way orders made by any path (by hand, from a request, by generation) get a clock without each
 * creation path having to remember to start one, and a read never writes.
 */

export interface ClockOrder {
  id: number;
  version: number;
  priority: 'high' | 'normal' | 'low';
  slaId: number | null;
  slaStartAt: string | null;
  createdAt: string;
  slaCancelledAt: string | null;
}

export function clockOrder(db: Database, orderId: number): ClockOrder | undefined {
  return db
    .prepare(
      `SELECT id, version, priority, sla_id AS slaId, sla_start_at AS slaStartAt, created_at AS createdAt, sla_cancelled_at AS slaCancelledAt
       FROM service_orders WHERE id = ?`,
    )
    .get(orderId) as ClockOrder | undefined;
}

interface SegmentRow {
  id: number;
  kind: 'running' | 'stopped';
  start: string;
  end: string | null;
  reasonId: number | null;
  note: string | null;
}

export interface StoredClock {
  /** Rows as stored; empty while the clock is only implied. */
  rows: SegmentRow[];
  segments: SlaSegments;
}

/** Any ISO instant (with or without offset) as the canonical UTC form the clock compares. */
export const canonicalInstant = (iso: string) => formatInstant(new Date(iso).getTime());

export function loadClock(db: Database, order: ClockOrder): StoredClock {
  const rows = db
    .prepare(
      `SELECT id, kind, start_at AS start, end_at AS "end", reason_id AS reasonId, note FROM sla_segments
       WHERE order_id = ? ORDER BY start_at, id`,
    )
    .all(order.id) as SegmentRow[];
  if (rows.length > 0 || order.slaId === null || order.slaCancelledAt !== null) {
    return { rows, segments: rows.map((r) => ({ kind: r.kind, start: r.start, end: r.end })) };
  }
  return { rows, segments: startClock(canonicalInstant(order.slaStartAt ?? order.createdAt)) };
}

/**
 * Writes the clock after a transition: transitions only close the last segment and append, so
 * stored rows get their end updated and new segments are inserted (all of them for an implied clock).
 * `reason` goes on the segment the action opened (a stop) or closed (a cancel).
 */
export function saveClock(
  db: Database,
  orderId: number,
  before: StoredClock,
  after: SlaSegments,
  audit: { now: string; actor: string },
  reason: { reasonId: number | null; note: string | null } | null = null,
): void {
  const update = db.prepare('UPDATE sla_segments SET end_at = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO sla_segments (order_id, kind, start_at, end_at, reason_id, note, version, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
  );
  const setReason = db.prepare('UPDATE sla_segments SET reason_id = ?, note = ? WHERE id = ?');
  let lastId: number | null = null;
  after.forEach((segment, i) => {
    const row = before.rows[i];
    if (row) {
      if (row.end !== segment.end) update.run(segment.end, audit.now, audit.actor, row.id);
      lastId = row.id;
    } else {
      lastId = Number(insert.run(orderId, segment.kind, segment.start, segment.end, null, null, audit.now, audit.now, audit.actor).lastInsertRowid);
    }
  });
  if (reason && lastId !== null && (reason.reasonId !== null || reason.note !== null)) setReason.run(reason.reasonId, reason.note, lastId);
  storeSlaDeadline(db, orderId);
}


export interface SlaFacts {
  sla: { id: number; code: string; name: string };
  targetMinutes: number;
  calendarRef: { id: number; code: string; name: string; timeZone: string } | null;
  calendar: SlaCalendar | null;
}

/** The SLA's resolution target for the order's priority, and its working calendar (null = calendar time). */
export function slaFacts(db: Database, slaId: number, priority: ClockOrder['priority']): SlaFacts {
  const row = db
    .prepare(
      `SELECT s.id, s.code, s.description AS name, s.resolution_${priority}_minutes AS target,
         c.id AS calendarId, c.code AS calendarCode, c.description AS calendarName, c.time_zone AS timeZone
       FROM service_level_agreements s LEFT JOIN calendars c ON c.id = s.calendar_id WHERE s.id = ?`,
    )
    .get(slaId) as { id: number; code: string; name: string; target: number; calendarId: number | null; calendarCode: string; calendarName: string; timeZone: string };
  let calendar: SlaCalendar | null = null;
  if (row.calendarId !== null) {
    const hours = new Map<number, OpeningHours>();
    const hourRows = db.prepare('SELECT weekday, open_time AS open, close_time AS close FROM calendar_hours WHERE calendar_id = ?').all(row.calendarId) as {
      weekday: Weekday;
      open: string | null;
      close: string | null;
    }[];
    for (const h of hourRows) if (h.open !== null && h.close !== null) hours.set(WEEKDAY_NUMBERS[h.weekday], { open: h.open, close: h.close });
    const dayRows = db.prepare('SELECT date, kind FROM calendar_days WHERE calendar_id = ?').all(row.calendarId) as { date: string; kind: 'holiday' | 'closed' | 'open' }[];
    calendar = { timeZone: row.timeZone, hours, days: new Map(dayRows.map((d) => [d.date, d.kind])) };
  }
  return {
    sla: { id: row.id, code: row.code, name: row.name },
    // A zero resolution target is allowed by the setup (response only); the clock needs a positive one.
    targetMinutes: Math.max(1, row.target),
    calendarRef: row.calendarId === null ? null : { id: row.calendarId, code: row.calendarCode, name: row.calendarName, timeZone: row.timeZone },
    calendar,
  };
}

const reasonRef = (db: Database, id: number | null) =>
  id === null ? null : ((db.prepare('SELECT id, code, description AS name FROM stage_reason_codes WHERE id = ?').get(id) as { id: number; code: string; name: string } | undefined) ?? null);

/** The clock as of `now`, or null for an order without an SLA. */
export function readSlaStatus(db: Database, orderId: number, now: string): SlaStatusOut | null {
  const order = clockOrder(db, orderId);
  if (!order || order.slaId === null) return null;
  const facts = slaFacts(db, order.slaId, order.priority);
  const clock = loadClock(db, order);
  const status = slaStatus(clock.segments, facts.targetMinutes, facts.calendar, now);
  return {
    orderId,
    version: order.version,
    sla: facts.sla,
    priority: order.priority,
    targetMinutes: facts.targetMinutes,
    calendar: facts.calendarRef,
    segments: clock.segments.map((s, i) => {
      const row = clock.rows[i];
      return { kind: s.kind, start: s.start, end: s.end, reason: reasonRef(db, row?.reasonId ?? null), note: row?.note ?? null };
    }),
    ...status,
    cancelledAt: order.slaCancelledAt,
  };
}

/**
 * The deadline of a running clock, null otherwise. While the clock runs the deadline does not depend
 * on "now" (only a stop pushes it), which is what makes it safe to store.
 */
export function runningDeadline(segments: SlaSegments, facts: Pick<SlaFacts, 'targetMinutes' | 'calendar'>): string | null {
  const last = segments.at(-1);
  if (last === undefined || clockState(segments) !== 'running') return null;
  return slaStatus(segments, facts.targetMinutes, facts.calendar, last.start).deadline;
}

/**
 * Keeps `service_orders.sla_deadline_at` equal to the running clock's deadline (the board shows it
 * and the queue sorts by it). Call it inside the transaction of every write that changes the clock,
 * the order's SLA, its priority or its SLA start.
 */
export function storeSlaDeadline(db: Database, orderId: number): void {
  const order = clockOrder(db, orderId);
  if (!order) return;
  const deadline = order.slaId === null ? null : runningDeadline(loadClock(db, order).segments, slaFacts(db, order.slaId, order.priority));
  setSlaDeadline(db, orderId, deadline);
}
