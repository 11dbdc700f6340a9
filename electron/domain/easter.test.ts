import { describe, expect, it } from 'vitest';
import { easterSunday } from './easter';

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2019, '2019-04-21'],
    // The extremes of the Gregorian range: 22 March and 25 April.
    [2285, '2285-03-22'],
    [2038, '2038-04-25'],
    [2000, '2000-04-23'],
  ])('%i -> %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('always falls on a Sunday between 22 March and 25 April', () => {
    for (let year = 1900; year <= 2200; year++) {
      const date = easterSunday(year);
      expect(new Date(`${date}T00:00:00Z`).getUTCDay(), date).toBe(0);
      expect(date.slice(5) >= '03-22' && date.slice(5) <= '04-25', date).toBe(true);
    }
  });
});
