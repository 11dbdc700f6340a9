import type { Database } from 'better-sqlite3';
import { getParameters } from '../../../db/queries/parameters';
import { cancelClock, restartClock, slaStatus, stopClock, type SlaRefusal, type SlaSegments, type SlaTransition } from '../../domain/sla/clock';
import { fieldError, notFound } from '../errors';
import { isoNow, refuseStaleWrite } from '../write';
import { canonicalInstant, clockOrder, loadClock, saveClock, slaFacts, type ClockOrder } from './sla-store';

type Ctx = { actor: string; now(): Date };

const REFUSAL_FIELD: Record<SlaRefusal, [string, string]> = {
  not_running: ['orderId', 'sla_not_running'],
  already_running: ['orderId', 'sla_already_running'],
  before_last_event: ['at', 'before_last_event'],
  cancelled: ['orderId', 'sla_ended'],
};

/** An explicit moment of an action: not in the future (the clock records what happened). */
export function checkedMoment(at: string | undefined, ctx: Ctx): string {
  const now = isoNow(ctx);
  if (at === undefined) return now;
  const when = canonicalInstant(at);
  if (when > now) throw fieldError('at', 'in_future');
  return when;
}

export function transitionOrRefuse(result: SlaTransition, last: string | null): SlaSegments {
  if (result.ok) return result.segments;
  const [field, key] = REFUSAL_FIELD[result.reason];
  throw fieldError(field, key, result.reason === 'before_last_event' ? { last: (last ?? '').slice(0, 16).replace('T', ' ') } : {});
}

/** Bumps the order's version as the guard of every clock or stage write; stale -> conflict. */
export function bumpOrder(db: Database, orderId: number, version: number, ctx: Ctx, set = ''): void {
  const changed = db
    .prepare(`UPDATE service_orders SET ${set}version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?`)
    .run(isoNow(ctx), ctx.actor, orderId, version);
  if (changed.changes === 0) refuseStaleWrite(db, 'service_orders', orderId);
}

function orderWithSla(db: Database, orderId: number): ClockOrder & { slaId: number } {
  const order = clockOrder(db, orderId);
  if (!order) throw notFound();
  if (order.slaId === null) throw fieldError('orderId', 'sla_none');
  return order as ClockOrder & { slaId: number };
}

function checkReason(db: Database, reasonId: number | null): void {
  if (reasonId !== null && !db.prepare('SELECT 1 FROM stage_reason_codes WHERE id = ?').get(reasonId)) throw fieldError('reasonId', 'ref_missing');
}

export interface ClockInput {
  orderId: number;
  version: number;
  at: string;
  reasonId?: number | undefined;
  note?: string | null | undefined;
}

/**
 * Stop, start or cancel the clock at an explicit moment, in one transaction with the version bump.
 * Reasons: stopping an exceeded SLA needs one when `reasonOnSlaExceed` is on (exceeded as of the
 * stop moment), cancelling needs one when `reasonOnSlaCancel` is on.
 */
export function clockAction(db: Database, action: 'stop' | 'start' | 'cancel', input: ClockInput, ctx: Ctx): void {
  db.transaction(() => {
    const order = orderWithSla(db, input.orderId);
    const at = checkedMoment(input.at, ctx);
    const reasonId = input.reasonId ?? null;
    const note = input.note ?? null;
    checkReason(db, reasonId);
    const clock = loadClock(db, order);
    const params = getParameters(db);
    if (action === 'stop' && reasonId === null && params.reasonOnSlaExceed) {
      const facts = slaFacts(db, order.slaId, order.priority);
      if (slaStatus(clock.segments, facts.targetMinutes, facts.calendar, at).breached) throw fieldError('reasonId', 'sla_reason_on_exceed');
    }
    if (action === 'cancel' && reasonId === null && params.reasonOnSlaCancel) throw fieldError('reasonId', 'sla_reason_on_cancel');
    const transition = action === 'stop' ? stopClock(clock.segments, at) : action === 'start' ? restartClock(clock.segments, at) : cancelClock(clock.segments, at);
    const after = transitionOrRefuse(transition, clock.segments.at(-1)?.start ?? null);
    saveClock(db, order.id, clock, after, { now: isoNow(ctx), actor: ctx.actor }, action === 'start' ? null : { reasonId, note });
    if (action === 'cancel') db.prepare('UPDATE service_orders SET sla_cancelled_at = ? WHERE id = ?').run(at, order.id);
    bumpOrder(db, order.id, input.version, ctx);
  })();
}

/**
 * What a stage change does to the clock (inside the change's transaction): entering a stage that
 * stops the clock stops a running one; leaving such a stage for one without the flag restarts a
 * stopped one. A manual stop made in an ordinary stage is left alone by ordinary stage changes.
 */
export function clockOnStageChange(db: Database, orderId: number, from: { stops: boolean }, to: { stops: boolean }, at: string, ctx: Ctx): void {
  const order = clockOrder(db, orderId);
  if (!order || order.slaId === null) return;
  const clock = loadClock(db, order);
  const state = clock.segments.at(-1);
  let transition: SlaTransition | null = null;
  if (to.stops && state?.end === null && state.kind === 'running') transition = stopClock(clock.segments, at);
  else if (from.stops && !to.stops && state?.end === null && state.kind === 'stopped') transition = restartClock(clock.segments, at);
  if (transition === null) return;
  saveClock(db, orderId, clock, transitionOrRefuse(transition, state?.start ?? null), { now: isoNow(ctx), actor: ctx.actor });
}
