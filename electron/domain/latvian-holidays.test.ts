import { describe, expect, it } from 'vitest';
import { latvianHolidays } from './latvian-holidays';

const dates = (year: number) => latvianHolidays(year).map((h) => h.date);
const named = (year: number, date: string) => latvianHolidays(year).find((h) => h.date === date)?.description;

describe('latvianHolidays', () => {
  it('lists 2026 in date order, with Easter from the Gregorian computus', () => {
    expect(dates(2026)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-04',
      '2026-05-24',
      '2026-06-23',
      '2026-06-24',
      '2026-11-18',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-31',
    ]);
    expect(named(2026, '2026-04-03')).toBe('Lielā Piektdiena');
    expect(named(2026, '2026-04-05')).toBe('Pirmās Lieldienas');
    expect(named(2026, '2026-04-06')).toBe('Otrās Lieldienas');
    expect(named(2026, '2026-05-24')).toBe('Vasarsvētki');
    expect(named(2026, '2026-06-23')).toBe('Līgo diena');
    expect(named(2026, '2026-06-24')).toBe('Jāņu diena');
  });

  it('adds the next Monday when 4 May falls on a Sunday or a Saturday', () => {
    // 4 May 2025 is a Sunday.
    expect(dates(2025)).toContain('2025-05-04');
    expect(named(2025, '2025-05-05')).toBe('Brīvdiena 4. maija vietā');
    // 4 May 2024 was a Saturday: the day off moves to Monday 6 May, not to Sunday 5 May.
    expect(named(2024, '2024-05-06')).toBe('Brīvdiena 4. maija vietā');
    expect(dates(2024)).not.toContain('2024-05-05');
    // 4 May 2026 is a Monday: nothing is added.
    expect(dates(2026).filter((d) => d.startsWith('2026-05'))).toEqual(['2026-05-01', '2026-05-04', '2026-05-24']);
  });

  it('adds the next Monday when 18 November falls on a weekend', () => {
    // 18 November 2023 was a Saturday, 2029 is a Sunday.
    expect(named(2023, '2023-11-20')).toBe('Brīvdiena 18. novembra vietā');
    expect(named(2029, '2029-11-19')).toBe('Brīvdiena 18. novembra vietā');
    expect(dates(2026).filter((d) => d.startsWith('2026-11'))).toEqual(['2026-11-18']);
  });

  it("does not list Mother's Day (second Sunday of May)", () => {
    expect(dates(2026)).not.toContain('2026-05-10');
  });

  it('never lists a date twice and stays within its year', () => {
    for (let year = 1990; year <= 2100; year++) {
      const list = dates(year);
      expect(new Set(list).size, String(year)).toBe(list.length);
      expect(list.every((d) => d.startsWith(`${year}-`)), String(year)).toBe(true);
      expect(list.length === 14 || list.length === 15 || list.length === 16, String(year)).toBe(true);
    }
  });
});
