import { describe, expect, it } from 'vitest';
import { coversDate, firstOpenOverlap, openPeriodsOverlap } from './open-periods';

describe('open periods', () => {
  it('treats a missing end as "until further notice"', () => {
    expect(openPeriodsOverlap({ from: '2020-01-01', to: null }, { from: '2090-05-01', to: '2090-05-02' })).toBe(true);
    expect(openPeriodsOverlap({ from: '2020-01-01', to: null }, { from: '2010-01-01', to: null })).toBe(true);
  });

  it('counts a shared boundary day as an overlap and the next day as none', () => {
    expect(openPeriodsOverlap({ from: '2011-01-01', to: '2012-06-30' }, { from: '2012-06-30', to: null })).toBe(true);
    expect(openPeriodsOverlap({ from: '2011-01-01', to: '2012-06-30' }, { from: '2012-07-01', to: null })).toBe(false);
    expect(openPeriodsOverlap({ from: '2012-07-01', to: null }, { from: '2011-01-01', to: '2012-06-30' })).toBe(false);
  });

  it('finds the first clashing period', () => {
    const others = [
      { id: 1, from: '2009-01-01', to: '2010-12-31' },
      { id: 2, from: '2011-01-01', to: null },
    ];
    expect(firstOpenOverlap({ from: '2015-01-01', to: '2015-12-31' }, others)?.id).toBe(2);
    expect(firstOpenOverlap({ from: '2008-01-01', to: '2008-12-31' }, others)).toBeUndefined();
  });

  it('covers both ends of a period', () => {
    const p = { from: '2024-01-01', to: '2024-01-31' };
    expect(coversDate(p, '2024-01-01')).toBe(true);
    expect(coversDate(p, '2024-01-31')).toBe(true);
    expect(coversDate(p, '2023-12-31')).toBe(false);
    expect(coversDate(p, '2024-02-01')).toBe(false);
    expect(coversDate({ from: '2024-01-01', to: null }, '2999-01-01')).toBe(true);
  });
});
