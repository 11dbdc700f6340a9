import type { Database } from 'better-sqlite3';
import { orderNumbers, skillCodes, technicianVisits } from '../../../db/queries/dispatch-schedule';
import type { FieldIssue } from '../../contract/result';
import { checkVisit } from '../../domain/dispatch/conflicts';
import type { Conflict, ConflictPolicy, ConflictRule, ScheduledVisit } from '../../domain/dispatch/types';
import { formatInstant, parseInstant } from '../../domain/sla/working-time';
import { loadCardExtras } from './cards';
import { NO_CALENDAR, loadWorkerCalendars, localDates, technicianFacts, type WorkerCalendar } from './load-facts';
import { MAX_VISIT_MS } from './limits';

/**
 * The conflict check of one `dispatch.schedule` call, against the database as it will be after the
 * call: every changed order is taken off its old place first and the placed ones are put at their
 * new places, so two visits of one technician swapping places do not collide with each other's old
 * positions.
 */

const DAY_MS = 86_400_000;

/** An order of the call, validated. `placement` null: back to the queue. */
export interface CheckedChange {
  orderId: number;
  number: string;
  stageCode: string | null;
  stageAllowsChanges: boolean;
  slaDeadline: string | null;
  placement: { workerId: number; start: string; end: string } | null;
}

export interface FoundConflict {
  change: CheckedChange;
  conflict: Conflict;
}

/** The field a refusal names for each rule: the part of the placement the dispatcher would change. */
const RULE_FIELD: Record<ConflictRule, string> = {
  overlap: 'start',
  outside_hours: 'start',
  absence: 'workerId',
  missing_skill: 'workerId',
  after_sla_deadline: 'end',
  stage_locked: 'stageId',
};

function placedVisitsAround(db: Database, changes: readonly CheckedChange[]) {
  const placed = changes.filter((c): c is CheckedChange & { placement: NonNullable<CheckedChange['placement']> } => c.placement !== null);
  const workerIds = [...new Set(placed.map((c) => c.placement.workerId))];
  if (placed.length === 0) return { placed, workerIds, window: null, visits: new Map<number, ScheduledVisit[]>() };
  // A day either side covers every local day the placements touch (hours, absences) and every neighbour that overlaps them.
  const from = formatInstant(Math.min(...placed.map((c) => parseInstant(c.placement.start))) - DAY_MS);
  const to = formatInstant(Math.max(...placed.map((c) => parseInstant(c.placement.end))) + DAY_MS);
  const changed = new Set(changes.map((c) => c.orderId));
  const visits = new Map<number, ScheduledVisit[]>(workerIds.map((id) => [id, []]));
  for (const v of technicianVisits(db, workerIds, { from, to, earliestStart: formatInstant(parseInstant(from) - MAX_VISIT_MS) })) {
    if (!changed.has(v.orderId)) visits.get(v.workerId)?.push({ orderId: v.orderId, start: v.start, end: v.end });
  }
  for (const c of placed) visits.get(c.placement.workerId)?.push({ orderId: c.orderId, start: c.placement.start, end: c.placement.end });
  return { placed, workerIds, window: { from, to }, visits };
}

/** Every conflict of the call's placements (and stage locks of unscheduled orders), in change order. */
export function findConflicts(db: Database, changes: readonly CheckedChange[], policy: ConflictPolicy, timeZone: string): FoundConflict[] {
  const { placed, workerIds, window, visits } = placedVisitsAround(db, changes);
  const found: FoundConflict[] = [];
  const dates = window && localDates(window.from, window.to, timeZone);
  const calendars = dates ? loadWorkerCalendars(db, workerIds, dates.fromDate, dates.toDate) : new Map<number, WorkerCalendar>();
  const facts = new Map(workerIds.map((id) => [id, technicianFacts(id, calendars.get(id) ?? NO_CALENDAR, timeZone, visits.get(id) ?? [])]));
  const extras = loadCardExtras(db, placed.map((c) => c.orderId));
  for (const change of changes) {
    const { placement } = change;
    if (placement === null) {
      // Back to the queue: only the order's own stage can forbid that.
      if (!change.stageAllowsChanges) found.push({ change, conflict: { rule: 'stage_locked', severity: policy.stage_locked, params: { orderId: change.orderId } } });
      continue;
    }
    const technician = facts.get(placement.workerId);
    if (technician === undefined) throw new Error(`No facts loaded for technician ${placement.workerId}`);
    const result = checkVisit(
      { orderId: change.orderId, ...placement },
      technician,
      { orderId: change.orderId, requiredSkills: extras(change.orderId).requiredSkills, slaDeadline: change.slaDeadline, stageAllowsChanges: change.stageAllowsChanges },
      policy,
    );
    for (const conflict of result.conflicts) found.push({ change, conflict });
  }
  return found;
}

/** One issue per conflict, named by the field to change, with what the message needs to say. */
export function conflictIssues(db: Database, found: readonly FoundConflict[]): FieldIssue[] {
  const otherIds = found.filter((f) => f.conflict.rule === 'overlap').map((f) => Number(f.conflict.params.orderId));
  const skillIds = found.filter((f) => f.conflict.rule === 'missing_skill').map((f) => Number(f.conflict.params.skillId));
  const numbers = orderNumbers(db, [...new Set(otherIds)]);
  const skills = skillCodes(db, [...new Set(skillIds)]);
  return found.map(({ change, conflict }) => {
    const extra: Record<string, string | number> = {};
    if (conflict.rule === 'overlap') {
      const other = Number(conflict.params.orderId);
      Object.assign(extra, { otherOrderId: other, otherNumber: numbers.get(other) ?? String(other) });
    }
    if (conflict.rule === 'missing_skill') extra.skill = skills.get(Number(conflict.params.skillId)) ?? String(conflict.params.skillId);
    if (conflict.rule === 'stage_locked') extra.stage = change.stageCode ?? '';
    return {
      field: RULE_FIELD[conflict.rule],
      key: `dispatch_${conflict.rule}`,
      params: { ...conflict.params, ...extra, orderId: change.orderId, number: change.number, severity: conflict.severity },
    };
  });
}
