import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  daysInMonth,
  endOfIsoWeek,
  endOfMonth,
  fromDayNumber,
  isLeapYear,
  isoWeekday,
  maxDate,
  minDate,
  monthIndex,
  parseDate,
  startOfIsoWeek,
  startOfMonth,
  toDayNumber,
} from './dates';

describe('day numbers', () => {
  it('counts days from 1970-01-01 in both directions', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('agrees with UTC dates over centuries, leap days included', () => {
    // The test may use Date as an independent oracle; the domain code itself does not.
    for (let n = -40000; n <= 60000; n += 13) {
      const expected = new Date(n * 86_400_000).toISOString().slice(0, 10);
      expect(fromDayNumber(n)).toBe(expected);
      expect(toDayNumber(expected)).toBe(n);
    }
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-01-10', 0)).toBe('2024-01-10');
  });
});

describe('parseDate', () => {
  it('reads a valid ISO date', () => {
    expect(parseDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('refuses malformed and impossible dates', () => {
    for (const bad of ['2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-1-1', '2024-01-01T00:00', '']) {
      expect(() => parseDate(bad)).toThrow();
    }
  });
});

describe('month arithmetic', () => {
  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
  });

  it('clamps the anchor day to the target month instead of spilling into the next', () => {
    expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsClamped('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonthsClamped('2024-01-31', 2)).toBe('2024-03-31');
    expect(addMonthsClamped('2024-01-31', 3)).toBe('2024-04-30');
    expect(addMonthsClamped('2024-01-31', 13)).toBe('2025-02-28');
    expect(addMonthsClamped('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsClamped('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonthsClamped('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonthsClamped('2024-11-15', 2)).toBe('2025-01-15');
  });

  it('measures month distance by subtraction', () => {
    expect(monthIndex('2024-03-31') - monthIndex('2023-12-01')).toBe(3);
  });

  it('finds the first and last day of a month', () => {
    expect(startOfMonth('2024-02-17')).toBe('2024-02-01');
    expect(endOfMonth('2024-02-17')).toBe('2024-02-29');
    expect(endOfMonth('2023-02-01')).toBe('2023-02-28');
  });
});

describe('ISO weeks', () => {
  it('numbers weekdays Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2024-01-01')).toBe(1);
    expect(isoWeekday('2024-01-03')).toBe(3);
    expect(isoWeekday('2024-01-07')).toBe(7);
    expect(isoWeekday('1969-12-29')).toBe(1);
  });

  it('finds Monday and Sunday of the week, across month and year ends', () => {
    expect(startOfIsoWeek('2025-01-01')).toBe('2024-12-30');
    expect(endOfIsoWeek('2025-01-01')).toBe('2025-01-05');
    expect(startOfIsoWeek('2024-03-04')).toBe('2024-03-04');
    expect(endOfIsoWeek('2024-03-10')).toBe('2024-03-10');
    expect(startOfIsoWeek('2024-03-10')).toBe('2024-03-04');
  });
});

describe('min and max', () => {
  it('treats null as an open end', () => {
    expect(maxDate('2024-01-02', '2024-01-01')).toBe('2024-01-02');
    expect(minDate('2024-01-02', '2024-01-01')).toBe('2024-01-01');
    expect(minDate('2024-01-02', null)).toBe('2024-01-02');
  });
});
