import type { Database } from 'better-sqlite3';
import { workerKind } from '../../../db/queries/dispatch';
import { scheduleOrder, writeSchedule } from '../../../db/queries/dispatch-schedule';
import type { ApiOutput, ApiParsedInput } from '../../contract';
import type { ScheduleChange } from '../../contract/dispatch';
import { ServiceError, fieldError, notFound } from '../errors';
import { refreshMissingDeadlines } from '../lifecycle-stages/sla-deadline';
import { canonicalInstant } from '../lifecycle-stages/sla-store';
import { isoNow, refuseStaleWrite } from '../write';
import { companyTimeZone } from './load-facts';
import { MAX_VISIT_DAYS, MAX_VISIT_MS } from './limits';
import { conflictIssues, findConflicts, type CheckedChange } from './schedule-conflicts';
import { conflictPolicy } from './settings';

type Ctx = { actor: string; now(): Date };

/**
 * Places, moves, resizes and unschedules visits: all changes of a call or none, in one transaction.
 * Each order must exist, be unchanged since the caller read it and still be open; a placement needs
 * an active technician and an end after its start. Then the conflict rules run against the schedule
 * as it will be; a blocking conflict refuses the call, and so do warnings the caller has not confirmed.
 * Only the technician and planned times are written: the preferred date and times stay as they are.
 */
export function scheduleVisits(db: Database, input: ApiParsedInput<'dispatch.schedule'>, ctx: Ctx): Omit<ApiOutput<'dispatch.schedule'>, 'revision'> {
  return db.transaction(() => {
    // Orders stored before deadlines were kept would otherwise pass the SLA rule unchecked.
    refreshMissingDeadlines(db);
    const changes = checkChanges(db, input.changes);
    const found = findConflicts(db, changes, conflictPolicy(db), companyTimeZone(db));
    const blocks = found.filter((f) => f.conflict.severity === 'block').length;
    const warnings = found.length - blocks;
    if (blocks > 0) throw new ServiceError('rule', 'dispatch_blocked', { count: blocks }, conflictIssues(db, found));
    if (warnings > 0 && !input.confirmWarnings) throw new ServiceError('rule', 'dispatch_confirm', { count: warnings }, conflictIssues(db, found));
    const audit = { now: isoNow(ctx), actor: ctx.actor };
    const orders = input.changes.map((sent, i) => {
      const change = changes[i] as CheckedChange;
      const placement = change.placement;
      const written = { orderId: change.orderId, version: sent.version, workerId: placement?.workerId ?? null, start: placement?.start ?? null, end: placement?.end ?? null };
      if (!writeSchedule(db, written, audit)) refuseStaleWrite(db, 'service_orders', change.orderId);
      return { ...written, version: sent.version + 1 };
    });
    return { orders, warnings };
    // IMMEDIATE: the checks read what the writes depend on, so the write lock is taken before reading;
    // another process committing in between would otherwise fail the upgrade instead of waiting for it.
  }).immediate();
}

/** Validates every change against the stored order and technician; refusals name the field. */
function checkChanges(db: Database, sent: readonly ScheduleChange[]): CheckedChange[] {
  const seen = new Set<number>();
  return sent.map((change) => {
    const order = scheduleOrder(db, change.orderId);
    if (!order) throw notFound();
    if (seen.has(order.id)) throw fieldError('orderId', 'dispatch_duplicate_order', { number: order.number });
    seen.add(order.id);
    if (order.version !== change.version) refuseStaleWrite(db, 'service_orders', order.id);
    if (order.progress === 'posted') throw fieldError('orderId', 'order_posted');
    if (order.progress === 'cancelled') throw fieldError('orderId', 'order_cancelled');
    return {
      orderId: order.id,
      number: order.number,
      stageCode: order.stageCode,
      stageAllowsChanges: order.stageAllowsChanges === 1,
      slaDeadline: order.slaDeadline,
      placement: checkPlacement(db, change),
    };
  });
}

function checkPlacement(db: Database, change: ScheduleChange): CheckedChange['placement'] {
  if (change.workerId === null || change.start === null || change.end === null) return null;
  const worker = workerKind(db, change.workerId);
  if (!worker || worker.kind !== 'technician' || worker.status !== 'active') throw fieldError('workerId', 'dispatch_not_technician');
  const start = canonicalInstant(change.start);
  const end = canonicalInstant(change.end);
  const length = Date.parse(end) - Date.parse(start);
  if (length <= 0) throw fieldError('end', 'time_order', { other: 'start' });
  if (length > MAX_VISIT_MS) throw fieldError('end', 'dispatch_too_long', { max: MAX_VISIT_DAYS });
  return { workerId: change.workerId, start, end };
}
