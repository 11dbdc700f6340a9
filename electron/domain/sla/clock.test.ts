import { describe, expect, it } from 'vitest';
import { cancelClock, clockState, restartClock, slaStatus, startClock, stopClock, type SlaSegments, type SlaTransition } from './clock';
import { zonedToInstant, type SlaCalendar } from './working-time';

const RIGA = 'Europe/Riga';
const riga = (date: string, time: string): string => zonedToInstant(date, time, RIGA);
const nineToFive = { open: '08:00', close: '17:00' };
const monFri = (days: Record<string, 'holiday' | 'closed' | 'open'> = {}): SlaCalendar => ({
  timeZone: RIGA,
  hours: new Map([1, 2, 3, 4, 5].map((d) => [d, nineToFive])),
  days: new Map(Object.entries(days)),
});

/** Unwraps a transition the test expects to succeed, failing loudly with the reason otherwise. */
const ok = (result: SlaTransition): SlaSegments => {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.segments;
};
/** 10 June 2026, UTC, in the canonical form the clock writes. */
const at = (time: string): string => `2026-06-10T${time}:00.000Z`;

describe('transitions', () => {
  it('starts, stops, restarts and cancels with contiguous segments in canonical ISO form', () => {
    const started = startClock('2026-06-10T10:00Z');
    expect(started).toEqual([{ start: at('10:00'), end: null, kind: 'running' }]);
    const stopped = ok(stopClock(started, at('11:00')));
    const restarted = ok(restartClock(stopped, at('13:00')));
    const cancelled = ok(cancelClock(restarted, at('14:00')));
    expect(cancelled).toEqual([
      { start: '2026-06-10T10:00:00.000Z', end: '2026-06-10T11:00:00.000Z', kind: 'running' },
      { start: '2026-06-10T11:00:00.000Z', end: '2026-06-10T13:00:00.000Z', kind: 'stopped' },
      { start: '2026-06-10T13:00:00.000Z', end: '2026-06-10T14:00:00.000Z', kind: 'running' },
    ]);
    expect([started, stopped, restarted, cancelled].map(clockState)).toEqual(['running', 'stopped', 'running', 'ended']);
  });

  it('never changes the list it was given', () => {
    const started = Object.freeze(startClock(at('10:00')));
    const before = JSON.stringify(started);
    ok(stopClock(started, at('11:00')));
    expect(JSON.stringify(started)).toBe(before);
  });

  it('allows a stop at the very instant of the start', () => {
    expect(ok(stopClock(startClock(at('10:00')), at('10:00')))[0]).toEqual({ start: at('10:00'), end: at('10:00'), kind: 'running' });
  });

  it('refuses impossible transitions with a typed reason', () => {
    const running = startClock(at('10:00'));
    const stopped = ok(stopClock(running, at('11:00')));
    const ended = ok(cancelClock(stopped, at('12:00')));
    expect(stopClock([], at('10:00'))).toEqual({ ok: false, reason: 'not_running' });
    expect(stopClock(stopped, at('12:00'))).toEqual({ ok: false, reason: 'not_running' });
    expect(cancelClock([], at('10:00'))).toEqual({ ok: false, reason: 'not_running' });
    expect(restartClock(running, at('12:00'))).toEqual({ ok: false, reason: 'already_running' });
    expect(stopClock(running, at('09:59'))).toEqual({ ok: false, reason: 'before_last_event' });
    expect(restartClock(stopped, at('10:30'))).toEqual({ ok: false, reason: 'before_last_event' });
    expect(cancelClock(stopped, at('10:59'))).toEqual({ ok: false, reason: 'before_last_event' });
    for (const move of [stopClock, restartClock, cancelClock]) expect(move(ended, at('13:00'))).toEqual({ ok: false, reason: 'cancelled' });
  });

  it('lets restart start a clock that never ran', () => {
    expect(ok(restartClock([], at('10:00')))).toEqual(startClock(at('10:00')));
  });

  it('throws on a malformed instant (a bug, not a user refusal)', () => {
    expect(() => startClock('10.06.2026 10:00')).toThrow(/instant/);
  });
});

describe('slaStatus in calendar time', () => {
  it('counts a running clock up to now', () => {
    expect(slaStatus(startClock(at('10:00')), 240, null, at('12:00'))).toEqual({
      startTime: '2026-06-10T10:00:00.000Z',
      elapsedMinutes: 120,
      deadline: '2026-06-10T14:00:00.000Z',
      compliancePercent: 5000,
      breached: false,
      running: true,
      state: 'running',
    });
  });

  it('pushes the deadline later by a stopped period', () => {
    const segments = ok(restartClock(ok(stopClock(startClock(at('10:00')), at('11:00'))), at('13:00')));
    const status = slaStatus(segments, 240, null, at('14:00'));
    expect(status.elapsedMinutes).toBe(120);
    expect(status.deadline).toBe('2026-06-10T16:00:00.000Z');
  });

  it('while stopped, pushes the deadline by the stop so far', () => {
    const segments = ok(stopClock(startClock(at('10:00')), at('11:00')));
    const status = slaStatus(segments, 240, null, at('15:00'));
    expect(status).toMatchObject({ elapsedMinutes: 60, deadline: '2026-06-10T18:00:00.000Z', running: false, state: 'stopped' });
  });

  it('is breached above 100 % but not at exactly 100 %', () => {
    const running = startClock(at('10:00'));
    expect(slaStatus(running, 60, null, at('11:30'))).toMatchObject({ elapsedMinutes: 90, compliancePercent: 15000, breached: true, deadline: '2026-06-10T11:00:00.000Z' });
    expect(slaStatus(running, 60, null, at('11:00'))).toMatchObject({ compliancePercent: 10000, breached: false });
    expect(slaStatus(running, 60, null, at('11:01'))).toMatchObject({ compliancePercent: 10166, breached: true });
  });

  it('puts the deadline inside an earlier segment once the target ran out there', () => {
    const segments = ok(restartClock(ok(stopClock(startClock(at('10:00')), at('12:00'))), at('13:00')));
    expect(slaStatus(segments, 60, null, at('14:00'))).toMatchObject({ elapsedMinutes: 180, deadline: '2026-06-10T11:00:00.000Z', breached: true });
  });

  it('reports compliance in integer hundredths, rounded down', () => {
    expect(slaStatus(startClock(at('10:00')), 7, null, at('10:01')).compliancePercent).toBe(1428);
  });

  it('freezes a cancelled clock: later nows change nothing', () => {
    const ended = ok(cancelClock(ok(stopClock(startClock(at('10:00')), at('11:00'))), at('12:00')));
    const early = slaStatus(ended, 240, null, at('12:00'));
    expect(early).toMatchObject({ elapsedMinutes: 60, deadline: '2026-06-10T15:00:00.000Z', running: false, state: 'ended' });
    expect(slaStatus(ended, 240, null, '2026-06-20T00:00:00Z')).toEqual(early);
  });

  it('counts 0 for a now before the start and has no deadline without a clock', () => {
    expect(slaStatus(startClock(at('10:00')), 60, null, at('09:00')).elapsedMinutes).toBe(0);
    expect(slaStatus([], 60, null, at('09:00'))).toEqual({
      startTime: null,
      elapsedMinutes: 0,
      deadline: null,
      compliancePercent: 0,
      breached: false,
      running: false,
      state: 'idle',
    });
  });

  it('counts the 23-hour local day of 29 Mar 2026 and the 25-hour one of 25 Oct 2026 in Riga', () => {
    const spring = startClock(riga('2026-03-29', '00:00'));
    expect(slaStatus(spring, 24 * 60, null, riga('2026-03-30', '00:00')).elapsedMinutes).toBe(23 * 60);
    const autumn = startClock(riga('2026-10-25', '00:00'));
    expect(slaStatus(autumn, 24 * 60, null, riga('2026-10-26', '00:00'))).toMatchObject({ elapsedMinutes: 25 * 60, breached: true });
    // A 24 h target from local midnight falls at 01:00 the next local day in spring, 23:00 the same day in autumn.
    expect(slaStatus(spring, 24 * 60, null, riga('2026-03-29', '01:00')).deadline).toBe(riga('2026-03-30', '01:00'));
    expect(slaStatus(autumn, 24 * 60, null, riga('2026-10-25', '01:00')).deadline).toBe(riga('2026-10-25', '23:00'));
  });

  it('refuses a target that is not a positive whole number of minutes', () => {
    expect(() => slaStatus(startClock(at('10:00')), 0, null, at('11:00'))).toThrow(RangeError);
    expect(() => slaStatus(startClock(at('10:00')), 1.5, null, at('11:00'))).toThrow(RangeError);
  });
});

describe('slaStatus on a working calendar', () => {
  it('counts only opening hours and carries the deadline over the weekend', () => {
    // Friday 13 Nov 2026 16:00, 4 h target: 1 h on Friday, 3 h on Monday -> Monday 11:00.
    const segments = startClock(riga('2026-11-13', '16:00'));
    expect(slaStatus(segments, 240, monFri(), riga('2026-11-16', '09:00'))).toMatchObject({
      elapsedMinutes: 120,
      deadline: riga('2026-11-16', '11:00'),
      compliancePercent: 5000,
      breached: false,
    });
    // Calendar time for the same clock is long past the target.
    expect(slaStatus(segments, 240, null, riga('2026-11-16', '09:00'))).toMatchObject({ elapsedMinutes: 65 * 60, breached: true });
  });

  it('skips the 18 Nov 2026 holiday and a stop within opening hours', () => {
    const cal = monFri({ '2026-11-18': 'holiday' });
    // Tue 17 Nov 15:00 start, stopped 16:00–16:30, 9 h target: 1.5 h on Tuesday, none on Wednesday, 7.5 h on Thursday.
    const segments = ok(restartClock(ok(stopClock(startClock(riga('2026-11-17', '15:00')), riga('2026-11-17', '16:00'))), riga('2026-11-17', '16:30')));
    const status = slaStatus(segments, 540, cal, riga('2026-11-19', '08:00'));
    expect(status).toMatchObject({ elapsedMinutes: 90, deadline: riga('2026-11-19', '15:30'), running: true });
    expect(slaStatus(segments, 540, monFri(), riga('2026-11-19', '08:00')).deadline).toBe(riga('2026-11-18', '15:30'));
  });
});
