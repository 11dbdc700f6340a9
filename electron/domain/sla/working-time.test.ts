import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from '../generation/dates';
import {
  addWorkingMinutes,
  instantToZoned,
  openingHoursOn,
  parseInstant,
  workingMinutesBetween,
  zonedToInstant,
  type OpeningHours,
  type SlaCalendar,
} from './working-time';

const RIGA = 'Europe/Riga';
// Riga local time -> instant; keeps the cases readable in the calendar's own wall-clock time.
const riga = (date: string, time: string): string => zonedToInstant(date, time, RIGA);

const calendar = (hours: Record<number, OpeningHours>, days: Record<string, 'holiday' | 'closed' | 'open'> = {}): SlaCalendar => ({
  timeZone: RIGA,
  hours: new Map(Object.entries(hours).map(([k, v]) => [Number(k), v])),
  days: new Map(Object.entries(days)),
});
const nineToFive = { open: '08:00', close: '17:00' };
const monFri = (days: Record<string, 'holiday' | 'closed' | 'open'> = {}): SlaCalendar =>
  calendar({ 1: nineToFive, 2: nineToFive, 3: nineToFive, 4: nineToFive, 5: nineToFive }, days);
const everyDay = (open: string, close: string): SlaCalendar =>
  calendar(Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [d, { open, close }])));

describe('zoned conversion (Europe/Riga DST)', () => {
  it('uses +2 h in winter and +3 h in summer', () => {
    expect(riga('2026-01-15', '10:00')).toBe('2026-01-15T08:00:00.000Z');
    expect(riga('2026-07-15', '10:00')).toBe('2026-07-15T07:00:00.000Z');
  });

  it('moves a wall time skipped on 29 Mar 2026 (03:00 -> 04:00) forward by the gap', () => {
    expect(riga('2026-03-29', '02:00')).toBe('2026-03-29T00:00:00.000Z');
    expect(riga('2026-03-29', '03:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(riga('2026-03-29', '04:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(instantToZoned('2026-03-29T01:30:00.000Z', RIGA)).toEqual({ date: '2026-03-29', time: '04:30' });
  });

  it('takes the first occurrence of a wall time repeated on 25 Oct 2026 (04:00 -> 03:00)', () => {
    expect(riga('2026-10-25', '02:00')).toBe('2026-10-24T23:00:00.000Z');
    expect(riga('2026-10-25', '03:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(riga('2026-10-25', '04:00')).toBe('2026-10-25T02:00:00.000Z');
    expect(instantToZoned('2026-10-25T01:30:00.000Z', RIGA)).toEqual({ date: '2026-10-25', time: '03:30' });
  });

  it('treats 24:00 as the next local midnight', () => {
    expect(riga('2026-03-29', '24:00')).toBe(riga('2026-03-30', '00:00'));
  });
});

describe('workingMinutesBetween', () => {
  it('counts every minute in calendar time (null calendar)', () => {
    expect(workingMinutesBetween('2026-11-13T14:00:00Z', '2026-11-16T07:00:00Z', null)).toBe(65 * 60);
    expect(workingMinutesBetween('2026-11-13T14:00:00Z', '2026-11-13T14:00:59Z', null)).toBe(0);
  });

  it('counts only opening hours across a weekend: Friday 16:00 to Monday 09:00 = 120', () => {
    // 2026-11-13 is a Friday, 2026-11-16 a Monday.
    expect(workingMinutesBetween(riga('2026-11-13', '16:00'), riga('2026-11-16', '09:00'), monFri())).toBe(120);
    expect(workingMinutesBetween(riga('2026-11-14', '10:00'), riga('2026-11-15', '12:00'), monFri())).toBe(0);
  });

  it('skips a holiday: 18 Nov 2026 (Wednesday, Independence Day) is closed', () => {
    const from = riga('2026-11-17', '16:00');
    const to = riga('2026-11-19', '09:00');
    expect(workingMinutesBetween(from, to, monFri())).toBe(60 + 540 + 60);
    expect(workingMinutesBetween(from, to, monFri({ '2026-11-18': 'holiday' }))).toBe(120);
    expect(workingMinutesBetween(from, to, monFri({ '2026-11-18': 'closed' }))).toBe(120);
  });

  it("opens a closed weekday on an 'open' exception with its weekday hours, else 08:00–17:00", () => {
    const sunday = '2026-11-15';
    const day = [riga(sunday, '00:00'), riga('2026-11-16', '00:00')] as const;
    expect(workingMinutesBetween(...day, monFri())).toBe(0);
    expect(openingHoursOn(monFri({ [sunday]: 'open' }), sunday)).toEqual({ open: '08:00', close: '17:00' });
    expect(workingMinutesBetween(...day, monFri({ [sunday]: 'open' }))).toBe(540);
    const withSundayHours = calendar({ 7: { open: '10:00', close: '12:00' } }, { [sunday]: 'open' });
    expect(workingMinutesBetween(...day, withSundayHours)).toBe(120);
  });

  it('gives 29 Mar 2026 23 hours and 25 Oct 2026 25 hours, in calendar time and on a 24/7 calendar', () => {
    const spring = [riga('2026-03-29', '00:00'), riga('2026-03-30', '00:00')] as const;
    const autumn = [riga('2026-10-25', '00:00'), riga('2026-10-26', '00:00')] as const;
    expect(spring).toEqual(['2026-03-28T22:00:00.000Z', '2026-03-29T21:00:00.000Z']);
    expect(workingMinutesBetween(...spring, null)).toBe(23 * 60);
    expect(workingMinutesBetween(...autumn, null)).toBe(25 * 60);
    expect(workingMinutesBetween(...spring, everyDay('00:00', '24:00'))).toBe(23 * 60);
    expect(workingMinutesBetween(...autumn, everyDay('00:00', '24:00'))).toBe(25 * 60);
    // Open 00:00–23:59: one minute short of each real day length.
    expect(workingMinutesBetween(...spring, everyDay('00:00', '23:59'))).toBe(23 * 60 - 1);
    expect(workingMinutesBetween(...autumn, everyDay('00:00', '23:59'))).toBe(25 * 60 - 1);
  });

  it('opening hours 02:00–06:00 last 3 h on the spring change day and 5 h on the autumn one', () => {
    const small = everyDay('02:00', '06:00');
    const dayOf = (date: string) => [riga(date, '00:00'), riga(addDays(date, 1), '00:00')] as const;
    expect(workingMinutesBetween(...dayOf('2026-03-22'), small)).toBe(240);
    expect(workingMinutesBetween(...dayOf('2026-03-29'), small)).toBe(180);
    expect(workingMinutesBetween(...dayOf('2026-10-25'), small)).toBe(300);
    expect(workingMinutesBetween(...dayOf('2026-11-01'), small)).toBe(240);
  });

  it('is 0 for an end before the start and additive over a split point', () => {
    const a = riga('2026-03-27', '12:00');
    const b = riga('2026-03-29', '03:00');
    const c = riga('2026-04-02', '15:30');
    const cal = everyDay('02:00', '06:00');
    expect(workingMinutesBetween(c, a, cal)).toBe(0);
    expect(workingMinutesBetween(a, c, cal)).toBe(workingMinutesBetween(a, b, cal) + workingMinutesBetween(b, c, cal));
  });

  it('handles ten years day by day quickly', () => {
    let weekdays = 0;
    for (let d = '2020-01-01'; d < '2030-01-01'; d = addDays(d, 1)) if (isoWeekday(d) <= 5) weekdays += 1;
    const started = performance.now();
    expect(workingMinutesBetween(riga('2020-01-01', '00:00'), riga('2030-01-01', '00:00'), monFri())).toBe(weekdays * 540);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('rejects malformed instants and reversed opening hours', () => {
    expect(() => workingMinutesBetween('2026-02-30T00:00:00Z', '2026-03-01T00:00:00Z', null)).toThrow(/instant/);
    expect(() => workingMinutesBetween('2026-03-01 10:00', '2026-03-02T00:00:00Z', null)).toThrow(/instant/);
    expect(() => workingMinutesBetween('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z', everyDay('17:00', '08:00'))).toThrow(/close before/);
  });
});

describe('addWorkingMinutes', () => {
  it('adds plain minutes in calendar time', () => {
    expect(addWorkingMinutes('2026-03-28T22:00:00Z', 23 * 60, null)).toBe('2026-03-29T21:00:00.000Z');
  });

  it('carries over the weekend and ends exactly at closing time when the minutes run out there', () => {
    expect(addWorkingMinutes(riga('2026-11-13', '16:00'), 120, monFri())).toBe(riga('2026-11-16', '09:00'));
    expect(addWorkingMinutes(riga('2026-11-13', '16:00'), 60, monFri())).toBe(riga('2026-11-13', '17:00'));
  });

  it('starts outside opening hours at the next opening', () => {
    expect(addWorkingMinutes(riga('2026-11-14', '10:00'), 60, monFri())).toBe(riga('2026-11-16', '09:00'));
    expect(addWorkingMinutes(riga('2026-11-16', '07:00'), 0, monFri())).toBe(riga('2026-11-16', '08:00'));
    expect(addWorkingMinutes(riga('2026-11-16', '10:15'), 0, monFri())).toBe(riga('2026-11-16', '10:15'));
  });

  it('skips a holiday', () => {
    expect(addWorkingMinutes(riga('2026-11-17', '16:00'), 120, monFri({ '2026-11-18': 'holiday' }))).toBe(riga('2026-11-19', '09:00'));
  });

  it('follows the real length of DST change days', () => {
    const small = everyDay('02:00', '06:00');
    // 180 min on 29 Mar, the other 20 on 30 Mar from 02:00 EEST (= 23:00Z the day before).
    expect(addWorkingMinutes(riga('2026-03-29', '02:00'), 200, small)).toBe('2026-03-29T23:20:00.000Z');
    expect(addWorkingMinutes(riga('2026-10-25', '02:00'), 300, small)).toBe(riga('2026-10-25', '06:00'));
    expect(addWorkingMinutes(riga('2026-10-25', '02:00'), 301, small)).toBe(riga('2026-10-26', '02:01'));
  });

  it('refuses negative minutes and a calendar that never opens again', () => {
    expect(() => addWorkingMinutes('2026-01-01T00:00:00Z', -1, null)).toThrow(RangeError);
    expect(() => addWorkingMinutes('2026-01-01T00:00:00Z', 10, calendar({}))).toThrow(/no opening hours/);
    const oneDay = calendar({}, { '2026-01-05': 'open' });
    expect(addWorkingMinutes('2026-01-01T00:00:00Z', 10, oneDay)).toBe(riga('2026-01-05', '08:10'));
    expect(() => addWorkingMinutes('2026-01-01T00:00:00Z', 600, oneDay)).toThrow(/no opening hours/);
  });
});

describe('round trip', () => {
  // A fixed linear congruential generator: varied cases, same ones every run.
  let seed = 20_260_329;
  const next = (n: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % n;
  };
  const calendars: [string, SlaCalendar | null][] = [
    ['calendar time', null],
    ['Mon–Fri 08–17 with holidays', monFri({ '2026-03-30': 'holiday', '2026-10-26': 'closed', '2026-11-18': 'holiday', '2026-03-28': 'open' })],
    ['02:00–06:00 daily', everyDay('02:00', '06:00')],
    ['24/7 Riga', everyDay('00:00', '24:00')],
  ];
  const base = parseInstant('2026-03-20T00:00:00Z');

  it.each(calendars)('addWorkingMinutes and workingMinutesBetween invert each other (%s)', (_name, cal) => {
    for (let i = 0; i < 60; i += 1) {
      // Whole minutes around both 2026 DST changes.
      const start = new Date(base + next(60 * 24 * 240) * 60_000).toISOString();
      const minutes = next(20_000);
      const end = addWorkingMinutes(start, minutes, cal);
      expect(workingMinutesBetween(start, end, cal)).toBe(minutes);
      // The other way: the working time to any end is reached no later than that end, with nothing left
      // over. (0 minutes from a closed moment means the next opening, which may lie after the end.)
      const anyEnd = new Date(parseInstant(start) + next(60 * 24 * 40) * 60_000).toISOString();
      const worked = workingMinutesBetween(start, anyEnd, cal);
      if (worked === 0) continue;
      const reached = addWorkingMinutes(start, worked, cal);
      expect(parseInstant(reached)).toBeLessThanOrEqual(parseInstant(anyEnd));
      expect(workingMinutesBetween(reached, anyEnd, cal)).toBe(0);
    }
  });
});
