import { describe, expect, it } from 'vitest';
import { localDateOf, periodDates, printPeriod, widePeriod } from './print-period';

const RIGA = 'Europe/Riga';

describe('printed period', () => {
  it('is the Monday-to-Sunday week containing the date', () => {
    const week = ['2031-03-24', '2031-03-25', '2031-03-26', '2031-03-27', '2031-03-28', '2031-03-29', '2031-03-30'];
    expect(periodDates('week', '2031-03-24')).toEqual(week);
    expect(periodDates('week', '2031-03-27')).toEqual(week);
    expect(periodDates('week', '2031-03-30')).toEqual(week);
    expect(periodDates('week', '2031-01-01')[0]).toBe('2030-12-30');
    expect(periodDates('day', '2031-03-27')).toEqual(['2031-03-27']);
  });

  it('covers local midnights in the company zone, across daylight-saving changes', () => {
    expect(printPeriod('day', '2031-03-24', RIGA)).toMatchObject({ from: '2031-03-23T22:00:00.000Z', to: '2031-03-24T22:00:00.000Z' });
    // Spring forward on Sunday 30 March 2031: the week is 167 hours long.
    const spring = printPeriod('week', '2031-03-26', RIGA);
    expect(spring).toMatchObject({ from: '2031-03-23T22:00:00.000Z', to: '2031-03-30T21:00:00.000Z' });
    expect((Date.parse(spring.to) - Date.parse(spring.from)) / 3_600_000).toBe(167);
    // Fall back on Sunday 26 October 2031: that day has 25 hours.
    const autumn = printPeriod('day', '2031-10-26', RIGA);
    expect((Date.parse(autumn.to) - Date.parse(autumn.from)) / 3_600_000).toBe(25);
  });

  it('asks first for a range wide enough for any zone', () => {
    const wide = widePeriod('week', '2031-03-26');
    expect(wide.from <= '2031-03-23T10:00:00.000Z' && wide.to >= '2031-03-31T12:00:00.000Z').toBe(true);
    expect((Date.parse(wide.to) - Date.parse(wide.from)) / 86_400_000).toBeLessThanOrEqual(16);
  });

  it('reads an instant as a local date', () => {
    expect(localDateOf('2031-03-23T22:30:00Z', RIGA)).toBe('2031-03-24');
    expect(localDateOf('2031-03-23T21:59:00Z', RIGA)).toBe('2031-03-23');
  });
});
