import { describe, expect, it } from 'vitest';
import { instantToLocal, localToInstant, minutesBetween, shiftInstant, viewRange, wallDelta } from './board-time';

const RIGA = 'Europe/Riga';

describe('board time arithmetic (Europe/Riga)', () => {
  it('reads local times in the company zone', () => {
    expect(localToInstant('2027-01-04', '09:00', RIGA)).toBe('2027-01-04T07:00:00.000Z');
    expect(localToInstant('2027-07-05', '09:00', RIGA)).toBe('2027-07-05T06:00:00.000Z');
    expect(instantToLocal('2027-01-04T07:00:00.000Z', RIGA)).toEqual({ date: '2027-01-04', time: '09:00' });
    expect(localToInstant('2027-13-01', '09:00', RIGA)).toBeNull();
  });

  it('moves by wall-clock days across the spring DST change (28 March 2027)', () => {
    const fri = '2027-03-26T07:00:00.000Z'; // 09:00 EET
    const delta = wallDelta(fri, '2027-03-29T06:00:00.000Z', RIGA); // Monday 09:00 EEST
    expect(delta).toEqual({ days: 3, milliseconds: 0 });
    expect(shiftInstant(fri, delta, RIGA)).toBe('2027-03-29T06:00:00.000Z');
  });

  it('moves by time of day', () => {
    const delta = wallDelta('2027-01-04T07:00:00.000Z', '2027-01-04T08:30:00.000Z', RIGA);
    expect(delta).toEqual({ days: 0, milliseconds: 90 * 60_000 });
    expect(shiftInstant('2027-01-05T10:00:00.000Z', delta, RIGA)).toBe('2027-01-05T11:30:00.000Z');
    expect(shiftInstant('2027-01-05T10:00:00.000Z', { days: -1, milliseconds: -30 * 60_000 }, RIGA)).toBe('2027-01-04T09:30:00.000Z');
  });

  it('moves the other selected visits onto and off DST days at the same wall-clock time', () => {
    // One bar dragged Friday 26 March 10:00 -> Saturday 10:00: +1 day.
    const delta = wallDelta('2027-03-26T08:00:00.000Z', '2027-03-27T08:00:00.000Z', RIGA);
    // Another selected bar on Saturday 27 March 10:00 (UTC+2) lands on Sunday the 28th at 10:00 (UTC+3).
    expect(shiftInstant('2027-03-27T08:00:00.000Z', delta, RIGA)).toBe('2027-03-28T07:00:00.000Z');
    // Autumn: Saturday 30 October 14:00 (UTC+3) + 1 day = Sunday 31 October 14:00 (UTC+2).
    expect(shiftInstant('2027-10-30T11:00:00.000Z', { days: 1, milliseconds: 0 }, RIGA)).toBe('2027-10-31T12:00:00.000Z');
    // A drag from 01:00 to 05:00 on the spring day is four wall-clock hours, three real ones.
    const early = wallDelta('2027-03-27T23:00:00.000Z', '2027-03-28T02:00:00.000Z', RIGA);
    expect(early).toEqual({ days: 0, milliseconds: 4 * 3_600_000 });
    // Past midnight: 22:00 + 3 h = 01:00 the next day.
    expect(shiftInstant('2027-01-04T20:00:00.000Z', { days: 0, milliseconds: 3 * 3_600_000 }, RIGA)).toBe('2027-01-04T23:00:00.000Z');
  });

  it('counts minutes', () => {
    expect(minutesBetween('2027-01-04T07:00:00.000Z', '2027-01-04T08:30:00.000Z')).toBe(90);
  });

  it('knows the range a view shows, from local midnight, weeks from Monday, across DST', () => {
    expect(viewRange('2027-01-06', 1, false, RIGA)).toEqual({ start: new Date('2027-01-05T22:00:00Z'), end: new Date('2027-01-06T22:00:00Z') });
    // Wednesday 31 March 2027 -> the week from Monday 29 March; Riga is on summer time then.
    expect(viewRange('2027-03-31', 7, true, RIGA)).toEqual({ start: new Date('2027-03-28T21:00:00Z'), end: new Date('2027-04-04T21:00:00Z') });
    // The week of the change (Sunday 28 March): six days of UTC+2, then UTC+3.
    expect(viewRange('2027-03-24', 7, true, RIGA)).toEqual({ start: new Date('2027-03-21T22:00:00Z'), end: new Date('2027-03-28T21:00:00Z') });
  });
});
