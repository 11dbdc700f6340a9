import { describe, expect, it } from 'vitest';
import { isOpenDay, openDayTest, pickServiceDay } from './calendar';
import type { GenCalendar } from './types';

// 2024-03-04 is a Monday; 2024-03-09/10 the weekend.
const monFri = (days: Record<string, 'holiday' | 'closed' | 'open'> = {}): GenCalendar => ({
  id: 7,
  openWeekdays: new Set([1, 2, 3, 4, 5]),
  days: new Map(Object.entries(days)),
});

describe('isOpenDay', () => {
  it('opens the calendar weekdays only', () => {
    expect(isOpenDay(monFri(), '2024-03-04')).toBe(true);
    expect(isOpenDay(monFri(), '2024-03-08')).toBe(true);
    expect(isOpenDay(monFri(), '2024-03-09')).toBe(false);
    expect(isOpenDay(monFri(), '2024-03-10')).toBe(false);
  });

  it('lets holiday and closed exceptions close an open weekday', () => {
    const cal = monFri({ '2024-03-05': 'holiday', '2024-03-06': 'closed' });
    expect(isOpenDay(cal, '2024-03-05')).toBe(false);
    expect(isOpenDay(cal, '2024-03-06')).toBe(false);
    expect(isOpenDay(cal, '2024-03-07')).toBe(true);
  });

  it('lets an open exception open a closed weekday', () => {
    expect(isOpenDay(monFri({ '2024-03-09': 'open' }), '2024-03-09')).toBe(true);
  });
});

describe('openDayTest', () => {
  const calendars = new Map([[7, monFri()]]);
  it('treats every day as open without a calendar or with one that is not loaded', () => {
    expect(openDayTest(null, calendars)('2024-03-10')).toBe(true);
    expect(openDayTest(99, calendars)('2024-03-10')).toBe(true);
  });

  it("uses the agreement's calendar when it is loaded", () => {
    expect(openDayTest(7, calendars)('2024-03-10')).toBe(false);
    expect(openDayTest(7, calendars)('2024-03-11')).toBe(true);
  });
});

describe('pickServiceDay', () => {
  const isOpen = (cal: GenCalendar) => (d: string) => isOpenDay(cal, d);
  const week = { from: '2024-03-04', to: '2024-03-10' };

  it('keeps an open preferred day', () => {
    expect(pickServiceDay(week, '2024-03-06', isOpen(monFri()))).toEqual({ date: '2024-03-06', calendarConflict: false });
  });

  it('moves forward past closed days to the first open one', () => {
    const cal = monFri({ '2024-03-06': 'holiday', '2024-03-07': 'closed' });
    expect(pickServiceDay(week, '2024-03-06', isOpen(cal))).toEqual({ date: '2024-03-08', calendarConflict: false });
  });

  it('falls back to the latest open day before the preferred one when none follows it', () => {
    expect(pickServiceDay(week, '2024-03-09', isOpen(monFri()))).toEqual({ date: '2024-03-08', calendarConflict: false });
  });

  it('keeps the preferred day, flagged, when the range has no open day', () => {
    const weekend = { from: '2024-03-09', to: '2024-03-10' };
    expect(pickServiceDay(weekend, '2024-03-10', isOpen(monFri()))).toEqual({ date: '2024-03-10', calendarConflict: true });
  });

  it('clamps a preferred day outside the range into it first', () => {
    const range = { from: '2024-03-06', to: '2024-03-10' };
    expect(pickServiceDay(range, '2024-03-04', isOpen(monFri()))).toEqual({ date: '2024-03-06', calendarConflict: false });
    expect(pickServiceDay({ from: '2024-03-09', to: '2024-03-10' }, '2024-03-04', isOpen(monFri()))).toEqual({
      date: '2024-03-09',
      calendarConflict: true,
    });
  });
});
