import { describe, expect, it } from 'vitest';
import { isoWeekday } from './dates';
import { memberKey, seriesDates } from './occurrences';
import type { GenInterval } from './types';

const every = (frequency: number, unit: GenInterval['unit']): GenInterval => ({ unit, frequency });
const period = (from: string, to: string) => ({ from, to });

describe('day intervals', () => {
  it('lists every day of the period for a daily line', () => {
    expect(seriesDates('2024-01-01', every(1, 'day'), period('2024-01-30', '2024-02-02'))).toEqual([
      '2024-01-30',
      '2024-01-31',
      '2024-02-01',
      '2024-02-02',
    ]);
  });

  it('steps from the anchor years back, not from the period start', () => {
    // 2020-01-01 + 1460 days = 2023-12-31, so January 2024 holds days 1470, 1480, 1490.
    expect(seriesDates('2020-01-01', every(10, 'day'), period('2024-01-01', '2024-01-31'))).toEqual([
      '2024-01-10',
      '2024-01-20',
      '2024-01-30',
    ]);
  });
});

describe('week intervals', () => {
  it('keeps a Wednesday anchor on Wednesdays', () => {
    const dates = seriesDates('2024-01-03', every(1, 'week'), period('2024-01-01', '2024-01-31'));
    expect(dates).toEqual(['2024-01-03', '2024-01-10', '2024-01-17', '2024-01-24', '2024-01-31']);
    expect(dates.every((d) => isoWeekday(d) === 3)).toBe(true);
  });

  it('keeps the two-week rhythm of the anchor when the period starts between occurrences', () => {
    expect(seriesDates('2024-01-03', every(2, 'week'), period('2024-01-11', '2024-02-10'))).toEqual(['2024-01-17', '2024-01-31']);
  });

  it('counts from an anchor years before the period', () => {
    const dates = seriesDates('2015-01-07', every(1, 'week'), period('2024-01-01', '2024-01-14'));
    expect(dates).toEqual(['2024-01-03', '2024-01-10']);
  });
});

describe('month intervals', () => {
  it('anchored on 31 January: the last day of short months, back to the 31st after them', () => {
    expect(seriesDates('2024-01-31', every(1, 'month'), period('2024-01-01', '2024-12-31'))).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
      '2024-05-31',
      '2024-06-30',
      '2024-07-31',
      '2024-08-31',
      '2024-09-30',
      '2024-10-31',
      '2024-11-30',
      '2024-12-31',
    ]);
    expect(seriesDates('2023-01-31', every(1, 'month'), period('2023-02-01', '2023-03-31'))).toEqual(['2023-02-28', '2023-03-31']);
  });

  it('anchored on 30 January: 28/29 February, then the 30th again', () => {
    expect(seriesDates('2023-01-30', every(1, 'month'), period('2023-01-01', '2023-04-30'))).toEqual([
      '2023-01-30',
      '2023-02-28',
      '2023-03-30',
      '2023-04-30',
    ]);
    expect(seriesDates('2024-01-30', every(1, 'month'), period('2024-02-01', '2024-03-31'))).toEqual(['2024-02-29', '2024-03-30']);
  });

  it('anchored on 29 February: the 29th in every month, 28 February in a common year', () => {
    expect(seriesDates('2024-02-29', every(1, 'month'), period('2024-02-01', '2024-04-30'))).toEqual([
      '2024-02-29',
      '2024-03-29',
      '2024-04-29',
    ]);
    expect(seriesDates('2024-02-29', every(1, 'month'), period('2025-02-01', '2025-03-31'))).toEqual(['2025-02-28', '2025-03-29']);
  });

  it('steps several months at a time from the anchor', () => {
    expect(seriesDates('2024-01-31', every(3, 'month'), period('2024-01-01', '2024-12-31'))).toEqual([
      '2024-01-31',
      '2024-04-30',
      '2024-07-31',
      '2024-10-31',
    ]);
  });

  it('jumps into a period long after the anchor', () => {
    expect(seriesDates('2010-01-31', every(1, 'month'), period('2024-02-01', '2024-03-31'))).toEqual(['2024-02-29', '2024-03-31']);
    expect(seriesDates('2010-01-15', every(5, 'month'), period('2024-01-01', '2024-12-31'))).toEqual(['2024-03-15', '2024-08-15']);
  });

  it('skips the occurrence in the period start month that falls before the period', () => {
    expect(seriesDates('2024-01-15', every(1, 'month'), period('2024-03-16', '2024-05-15'))).toEqual(['2024-04-15', '2024-05-15']);
  });
});

describe('year intervals', () => {
  it('anchored on 29 February: 28 February in common years, 29 February in leap years', () => {
    expect(seriesDates('2024-02-29', every(1, 'year'), period('2024-01-01', '2028-12-31'))).toEqual([
      '2024-02-29',
      '2025-02-28',
      '2026-02-28',
      '2027-02-28',
      '2028-02-29',
    ]);
  });

  it('steps several years and ignores the part of the period before the anchor', () => {
    expect(seriesDates('2024-06-15', every(2, 'year'), period('2020-01-01', '2029-12-31'))).toEqual([
      '2024-06-15',
      '2026-06-15',
      '2028-06-15',
    ]);
  });
});

describe('one-time lines', () => {
  it('are due once, on the anchor, when it lies in the period (edges included)', () => {
    expect(seriesDates('2024-03-10', null, period('2024-03-01', '2024-03-31'))).toEqual(['2024-03-10']);
    expect(seriesDates('2024-03-01', null, period('2024-03-01', '2024-03-31'))).toEqual(['2024-03-01']);
    expect(seriesDates('2024-03-31', null, period('2024-03-01', '2024-03-31'))).toEqual(['2024-03-31']);
  });

  it('are not due when the anchor lies outside the period', () => {
    expect(seriesDates('2024-02-29', null, period('2024-03-01', '2024-03-31'))).toEqual([]);
    expect(seriesDates('2024-04-01', null, period('2024-03-01', '2024-03-31'))).toEqual([]);
  });
});

describe('edge cases', () => {
  it('gives nothing for an empty period or one that ends before the anchor', () => {
    expect(seriesDates('2024-01-01', every(1, 'day'), period('2024-02-02', '2024-02-01'))).toEqual([]);
    expect(seriesDates('2024-06-01', every(1, 'week'), period('2024-01-01', '2024-05-31'))).toEqual([]);
    expect(seriesDates('2024-06-01', every(1, 'month'), period('2024-01-01', '2024-05-31'))).toEqual([]);
  });

  it('treats a frequency below 1 as 1 rather than never advancing', () => {
    expect(seriesDates('2024-01-01', every(0, 'day'), period('2024-01-01', '2024-01-03'))).toEqual(['2024-01-01', '2024-01-02', '2024-01-03']);
    expect(seriesDates('2024-01-31', every(0, 'month'), period('2024-01-01', '2024-02-29'))).toEqual(['2024-01-31', '2024-02-29']);
  });

  it('keys a generated member by line and series date', () => {
    expect(memberKey(12, '2024-03-01')).toBe('12:2024-03-01');
  });
});
