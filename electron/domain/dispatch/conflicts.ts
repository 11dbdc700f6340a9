/**
 * Conflict rules of the dispatch board (issue "The dispatch board"): checked in the renderer while a
 * visit is dragged — many times a second — and enforced again in the main process inside the write
 * transaction, with the same code. Pure and synchronous: no I/O, no clock.
 *
 * Cost: everything that depends only on the technician (visits parsed and sorted, each local day's
 * window) is prepared once per `TechnicianFacts` object and cached in a WeakMap, so a drag re-check
 * costs a binary search over the visits plus a few map look-ups. Facts are therefore treated as
 * immutable: load new facts into a new object rather than mutating one that was already checked.
 *
 * Local time: working hours, absences and certificate dates are read in the technician's time zone.
 * The local days of a visit are those of its start and of the instant just before its end (the
 * interval is half-open, so a visit ending exactly at local midnight does not touch the next day).
 */
import { addDays, isoWeekday } from '../generation/dates';
import { formatInstant, instantToZoned, parseInstant, zonedToInstant } from '../sla/working-time';
import type { OpeningHours } from '../sla/working-time';
import {
  CONFLICT_RULES,
  type Conflict,
  type ConflictParams,
  type ConflictPolicy,
  type ConflictResult,
  type ConflictRule,
  type ConflictSummary,
  type Id,
  type OrderFacts,
  type ProposedVisit,
  type TechnicianFacts,
} from './types';

export const DEFAULT_POLICY: ConflictPolicy = Object.freeze({
  overlap: 'block',
  outside_hours: 'warn',
  absence: 'block',
  missing_skill: 'warn',
  after_sla_deadline: 'warn',
  stage_locked: 'block',
});

interface PreparedVisit {
  orderId: Id;
  start: string;
  end: string;
  startMs: number;
  endMs: number;
}

/** One local day of the technician: its bounds and, on a working day, its open interval, all in epoch ms. */
interface DayWindow {
  dayStart: number;
  dayEnd: number;
  hours: OpeningHours | null;
  openMs: number;
  closeMs: number;
}

/** Technician data derived once and reused by every check of the same facts object. */
export interface PreparedTechnician {
  readonly facts: TechnicianFacts;
  /** Sorted by start. */
  readonly visits: readonly PreparedVisit[];
  /** maxEnd[i] = the latest end among visits[0..i], so a backwards scan can stop early. */
  readonly maxEnd: readonly number[];
  /** Local day windows by date, filled lazily. */
  readonly days: Map<string, DayWindow>;
}

const prepared = new WeakMap<TechnicianFacts, PreparedTechnician>();

/**
 * The precomputed form of a technician's facts, cached per facts object: call it when the board loads
 * to pay the cost up front, or let `checkVisit` call it on first use.
 */
export function prepareTechnician(facts: TechnicianFacts): PreparedTechnician {
  const cached = prepared.get(facts);
  if (cached !== undefined) return cached;
  const visits = facts.visits
    .map((v) => ({ orderId: v.orderId, start: v.start, end: v.end, startMs: parseInstant(v.start), endMs: parseInstant(v.end) }))
    .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  const maxEnd: number[] = [];
  let latest = Number.NEGATIVE_INFINITY;
  for (const v of visits) {
    latest = Math.max(latest, v.endMs);
    maxEnd.push(latest);
  }
  const result: PreparedTechnician = { facts, visits, maxEnd, days: new Map() };
  prepared.set(facts, result);
  return result;
}

function dayWindow(tech: PreparedTechnician, date: string): DayWindow {
  let window = tech.days.get(date);
  if (window === undefined) {
    const { timeZone, hours: weekHours } = tech.facts;
    const hours = weekHours.get(isoWeekday(date)) ?? null;
    window = {
      dayStart: parseInstant(zonedToInstant(date, '00:00', timeZone)),
      dayEnd: parseInstant(zonedToInstant(addDays(date, 1), '00:00', timeZone)),
      hours,
      openMs: hours === null ? 0 : parseInstant(zonedToInstant(date, hours.open, timeZone)),
      closeMs: hours === null ? 0 : parseInstant(zonedToInstant(date, hours.close, timeZone)),
    };
    tech.days.set(date, window);
  }
  return window;
}

/** Other visits of the technician with start < other.end && other.start < end, same order excluded, by start. */
function overlaps(tech: PreparedTechnician, orderId: Id, startMs: number, endMs: number): PreparedVisit[] {
  const { visits, maxEnd } = tech;
  // First visit starting at or after the proposed end: it and everything after it cannot overlap.
  let lo = 0;
  let hi = visits.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((visits[mid] as PreparedVisit).startMs < endMs) lo = mid + 1;
    else hi = mid;
  }
  const hits: PreparedVisit[] = [];
  for (let i = lo - 1; i >= 0 && (maxEnd[i] as number) > startMs; i--) {
    const v = visits[i] as PreparedVisit;
    if (v.endMs > startMs && v.orderId !== orderId) hits.push(v);
  }
  return hits.reverse();
}

/**
 * Checks a proposed visit against the technician's schedule and skills and the order's state.
 * Throws on inputs that can only be bugs: malformed instants, end not after start, facts of another
 * worker or order.
 */
export function checkVisit(
  visit: ProposedVisit,
  technician: TechnicianFacts | PreparedTechnician,
  order: OrderFacts,
  policy: ConflictPolicy = DEFAULT_POLICY,
): ConflictResult {
  const tech = 'maxEnd' in technician ? technician : prepareTechnician(technician);
  const { facts } = tech;
  if (facts.workerId !== visit.workerId) throw new Error(`Technician facts of worker ${facts.workerId} for a visit of worker ${visit.workerId}`);
  if (order.orderId !== visit.orderId) throw new Error(`Order facts of order ${order.orderId} for a visit of order ${visit.orderId}`);
  const startMs = parseInstant(visit.start);
  const endMs = parseInstant(visit.end);
  if (endMs <= startMs) throw new Error(`Visit does not end after it starts: ${visit.start} – ${visit.end}`);

  const found: Partial<Record<ConflictRule, ConflictParams[]>> = {};
  const add = (rule: ConflictRule, params: ConflictParams): void => {
    (found[rule] ??= []).push(params);
  };

  for (const v of overlaps(tech, visit.orderId, startMs, endMs)) add('overlap', { orderId: v.orderId, start: v.start, end: v.end });

  // Local days the visit touches, first and last inclusive.
  const firstDate = instantToZoned(visit.start, facts.timeZone).date;
  const lastDate = instantToZoned(formatInstant(endMs - 1), facts.timeZone).date;

  for (let date = firstDate; date <= lastDate; date = addDays(date, 1)) {
    const day = dayWindow(tech, date);
    const partStart = Math.max(startMs, day.dayStart);
    const partEnd = Math.min(endMs, day.dayEnd);
    if (partStart >= partEnd) continue;
    if (day.hours === null) add('outside_hours', { date, reason: 'day_off' });
    else if (partStart < day.openMs || partEnd > day.closeMs) add('outside_hours', { date, reason: 'outside', open: day.hours.open, close: day.hours.close });
  }

  for (const a of facts.absences) {
    if (a.from <= lastDate && firstDate <= a.to) add('absence', { from: a.from, to: a.to, kind: a.kind });
  }

  for (const { skillId, minLevel } of order.requiredSkills) {
    const held = facts.skills.get(skillId);
    // The certificate must still be valid on the visit's last local day.
    if (held === undefined) add('missing_skill', { skillId, reason: 'missing' });
    else if (held.validTo !== null && held.validTo < lastDate) add('missing_skill', { skillId, reason: 'expired', validTo: held.validTo });
    else if (minLevel !== null && (held.level === null || held.level < minLevel)) {
      add('missing_skill', held.level === null ? { skillId, reason: 'level', minLevel } : { skillId, reason: 'level', minLevel, level: held.level });
    }
  }

  if (order.slaDeadline !== null && endMs > parseInstant(order.slaDeadline)) add('after_sla_deadline', { deadline: order.slaDeadline, end: visit.end });

  if (!order.stageAllowsChanges) add('stage_locked', { orderId: order.orderId });

  const conflicts: Conflict[] = [];
  for (const rule of CONFLICT_RULES) {
    for (const params of found[rule] ?? []) conflicts.push({ rule, severity: policy[rule], params });
  }
  return { blocked: conflicts.some((c) => c.severity === 'block'), conflicts };
}

/** Counts and the worst severity, for the drag indicator and the confirmation dialog. */
export function summarize(result: ConflictResult): ConflictSummary {
  let blockCount = 0;
  let warnCount = 0;
  const fired = new Set<ConflictRule>();
  for (const c of result.conflicts) {
    if (c.severity === 'block') blockCount++;
    else warnCount++;
    fired.add(c.rule);
  }
  return {
    severity: blockCount > 0 ? 'block' : warnCount > 0 ? 'warn' : null,
    blockCount,
    warnCount,
    rules: CONFLICT_RULES.filter((r) => fired.has(r)),
  };
}
