import { describe, expect, it } from 'vitest';
import { printFormat } from './print-format';

describe('print formats', () => {
  const lv = printFormat('lv', 'Europe/Riga');
  const en = printFormat('en', 'Europe/Riga');

  it('shows times in the company zone, before and after the spring change', () => {
    expect(lv.timeRange('2031-03-28T06:00:00Z', '2031-03-28T08:00:00Z')).toBe('08:00–10:00');
    expect(lv.timeRange('2031-03-31T06:00:00Z', '2031-03-31T08:30:00Z')).toBe('09:00–11:30');
  });

  it('names the end day of a visit that runs past midnight, not of one ending at midnight', () => {
    expect(en.timeRange('2031-03-24T20:00:00Z', '2031-03-25T01:00:00Z')).toBe('22:00–25/03 03:00');
    expect(en.timeRange('2031-03-24T20:00:00Z', '2031-03-24T22:00:00Z')).toBe('22:00–00:00');
  });

  it('writes dates, periods and hours as the language does', () => {
    expect(lv.date('2031-03-24')).toBe('24.03.2031');
    expect(en.date('2031-03-24')).toBe('24/03/2031');
    expect(lv.period(['2031-03-24', '2031-03-30'])).toBe('24.03.2031 – 30.03.2031');
    expect(en.period(['2031-03-24'])).toBe('24/03/2031');
    expect(lv.day('2031-03-24')).toMatch(/^pirmd/);
    expect(en.day('2031-03-24')).toMatch(/^Mon/);
    expect(lv.hours(450)).toBe('7,5');
    expect(en.hours(20)).toBe('0.33');
    expect(lv.moment('2031-03-30T06:00:00Z')).toBe('30.03.2031 09:00');
  });
});
