import { describe, expect, it } from 'vitest';
import { rateOn, taxCents } from './tax';

// The Latvian standard VAT rate: 21 %, 22 % from 2011, back to 21 % from July 2012.
const STANDARD = [
  { ratePercent: 2100, validFrom: '2009-01-01', validTo: '2010-12-31' },
  { ratePercent: 2200, validFrom: '2011-01-01', validTo: '2012-06-30' },
  { ratePercent: 2100, validFrom: '2012-07-01', validTo: null },
];

describe('rateOn', () => {
  it('picks the rate whose period contains the date, both ends included', () => {
    expect(rateOn(STANDARD, '2010-12-31')?.ratePercent).toBe(2100);
    expect(rateOn(STANDARD, '2011-01-01')?.ratePercent).toBe(2200);
    expect(rateOn(STANDARD, '2012-06-30')?.ratePercent).toBe(2200);
    expect(rateOn(STANDARD, '2012-07-01')?.validFrom).toBe('2012-07-01');
  });

  it('keeps an open-ended rate valid until further notice', () => {
    expect(rateOn(STANDARD, '2026-03-02')?.ratePercent).toBe(2100);
    expect(rateOn(STANDARD, '2199-12-31')?.ratePercent).toBe(2100);
  });

  it('finds nothing before the first period or in a gap', () => {
    expect(rateOn(STANDARD, '2008-12-31')).toBeUndefined();
    const withGap = [
      { ratePercent: 500, validFrom: '2018-01-01', validTo: '2018-12-31' },
      { ratePercent: 600, validFrom: '2020-01-01', validTo: null },
    ];
    expect(rateOn(withGap, '2019-06-15')).toBeUndefined();
    expect(rateOn([], '2026-01-01')).toBeUndefined();
  });

  it('does not depend on the order of the periods', () => {
    expect(rateOn([...STANDARD].reverse(), '2011-06-01')?.ratePercent).toBe(2200);
  });
});

describe('taxCents', () => {
  it('computes tax in whole cents, rounding half away from zero', () => {
    expect(taxCents(10_000, 2100)).toBe(2100);
    expect(taxCents(5, 2100)).toBe(1); // 1.05 cents
    expect(taxCents(50, 2100)).toBe(11); // 10.5 cents
    expect(taxCents(-50, 2100)).toBe(-11); // a credit note mirrors the invoice
    expect(taxCents(4550, 1200)).toBe(546);
    expect(taxCents(123_456, 0)).toBe(0);
  });
});
