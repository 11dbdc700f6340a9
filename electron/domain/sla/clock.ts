/**
 * The SLA clock of a service order (domain reference §4.6) as an immutable list of segments: every
 * transition returns a new list or a typed refusal, and `slaStatus` derives elapsed time, deadline and
 * compliance from the list and an explicit `now`. Nothing here reads the system clock.
 *
 * Segments are contiguous: a stop closes the running segment and opens a 'stopped' one at the same
 * instant, a restart does the reverse. The last segment being closed (end set) means the clock has
 * ended — cancelled, or ended by sign-off — and it accepts no further transitions. That keeps the
 * state inside the two segment kinds the log stores, with no separate status column to disagree.
 */
import { addWorkingMs, formatInstant, MINUTE_MS, parseInstant, workingMsBetween, type SlaCalendar } from './working-time';

export type SlaSegmentKind = 'running' | 'stopped';

export interface SlaSegment {
  readonly start: string;
  /** null: the segment is still open (the clock is in this state now). */
  readonly end: string | null;
  readonly kind: SlaSegmentKind;
}

export type SlaSegments = readonly SlaSegment[];

export type SlaRefusal = 'not_running' | 'already_running' | 'before_last_event' | 'cancelled';

export type SlaTransition = { ok: true; segments: SlaSegments } | { ok: false; reason: SlaRefusal };

/** idle: never started; ended: cancelled / finished, final. */
export type SlaClockState = 'idle' | 'running' | 'stopped' | 'ended';

export function clockState(segments: SlaSegments): SlaClockState {
  const last = segments.at(-1);
  if (last === undefined) return 'idle';
  return last.end === null ? last.kind : 'ended';
}

/** Creating an order with an SLA starts its clock: one open running segment. */
export function startClock(at: string): SlaSegments {
  return [{ start: formatInstant(parseInstant(at)), end: null, kind: 'running' }];
}

/**
 * Closes the open last segment at `at` and appends `next` (if any). Time may not run backwards past the
 * open segment's start; an equal instant is allowed (a zero-length segment is harmless and a user may
 * stop the clock in the minute it started).
 */
function closeLast(segments: SlaSegments, at: string, next: SlaSegmentKind | null): SlaTransition {
  const last = segments.at(-1);
  if (last === undefined) return { ok: false, reason: 'not_running' };
  const atMs = parseInstant(at);
  if (atMs < parseInstant(last.start)) return { ok: false, reason: 'before_last_event' };
  const when = formatInstant(atMs);
  const closed: SlaSegment = { ...last, end: when };
  const tail: SlaSegment[] = next === null ? [closed] : [closed, { start: when, end: null, kind: next }];
  return { ok: true, segments: [...segments.slice(0, -1), ...tail] };
}

/** Stop (manually, or by a stage that closes the time log): only a running clock can stop. */
export function stopClock(segments: SlaSegments, at: string): SlaTransition {
  const state = clockState(segments);
  if (state === 'ended') return { ok: false, reason: 'cancelled' };
  if (state !== 'running') return { ok: false, reason: 'not_running' };
  return closeLast(segments, at, 'stopped');
}

/**
 * Restart after a stop. On a clock that never started this is AX's manual "Start" and starts it, so
 * an order created before its SLA was set can still get a clock.
 */
export function restartClock(segments: SlaSegments, at: string): SlaTransition {
  const state = clockState(segments);
  if (state === 'ended') return { ok: false, reason: 'cancelled' };
  if (state === 'running') return { ok: false, reason: 'already_running' };
  if (state === 'idle') return { ok: true, segments: startClock(at) };
  return closeLast(segments, at, 'running');
}

/** Cancel (or end at sign-off): closes whatever is open, running or stopped; final. */
export function cancelClock(segments: SlaSegments, at: string): SlaTransition {
  const state = clockState(segments);
  if (state === 'ended') return { ok: false, reason: 'cancelled' };
  if (state === 'idle') return { ok: false, reason: 'not_running' };
  return closeLast(segments, at, null);
}

export interface SlaStatus {
  /** First start in the log (§4.6 "Start time"); null before the clock started. */
  startTime: string | null;
  /** Whole working minutes of the running segments, an open one counted up to `now`. */
  elapsedMinutes: number;
  /**
   * Latest completion time: first start + target in working time, pushed later by every stopped
   * period. While stopped, the stop so far pushes it (as if restarted at `now`); once ended it is
   * frozen as of the end. null only for a clock that never started.
   */
  deadline: string | null;
  /** elapsed / target × 100 in integer hundredths (12345 = 123.45 %), rounded down. */
  compliancePercent: number;
  /** elapsed > target, i.e. compliance above 100 % (exactly 100 % is still met). */
  breached: boolean;
  running: boolean;
  state: SlaClockState;
}

/**
 * The clock as of `now`. A `now` before an open segment's start counts that segment as 0 rather than
 * negative (a screen rendered with a slightly stale now must not show time going backwards).
 */
export function slaStatus(segments: SlaSegments, targetMinutes: number, calendar: SlaCalendar | null, now: string): SlaStatus {
  // A zero target would divide by zero and make every order breached at once; SLA setup requires > 0.
  if (!Number.isInteger(targetMinutes) || targetMinutes <= 0) throw new RangeError(`SLA target must be a positive whole number of minutes: ${targetMinutes}`);
  const nowMs = parseInstant(now);
  let elapsedMs = 0;
  let remainingMs = targetMinutes * MINUTE_MS;
  let deadlineMs: number | null = null;
  for (const segment of segments) {
    if (segment.kind !== 'running') continue;
    const startMs = parseInstant(segment.start);
    const endMs = segment.end === null ? null : parseInstant(segment.end);
    const worked = workingMsBetween(startMs, endMs ?? Math.max(nowMs, startMs), calendar);
    elapsedMs += worked;
    if (deadlineMs !== null) continue;
    // The target runs out inside this segment, or the clock is still running and will reach it here.
    if (endMs === null || worked >= remainingMs) deadlineMs = addWorkingMs(startMs, remainingMs, calendar);
    else remainingMs -= worked;
  }
  const state = clockState(segments);
  const last = segments.at(-1);
  if (deadlineMs === null && last !== undefined) {
    // Not reached while running: the rest counts from when it can resume (now while stopped, the end once ended).
    const resumeMs = last.end === null ? Math.max(nowMs, parseInstant(last.start)) : parseInstant(last.end);
    deadlineMs = addWorkingMs(resumeMs, remainingMs, calendar);
  }
  const elapsedMinutes = Math.floor(elapsedMs / MINUTE_MS);
  return {
    startTime: segments[0] === undefined ? null : segments[0].start,
    elapsedMinutes,
    deadline: deadlineMs === null ? null : formatInstant(deadlineMs),
    compliancePercent: Math.floor((elapsedMinutes * 10_000) / targetMinutes),
    breached: elapsedMinutes > targetMinutes,
    running: state === 'running',
    state,
  };
}
