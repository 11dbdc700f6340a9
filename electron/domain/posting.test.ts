import { describe, expect, it } from 'vitest';
import { amountCents, postingAmounts, reversalAmounts } from './posting';

const rates = [
  { ratePercent: 2100, validFrom: '2020-01-01', validTo: '2026-06-30' },
  { ratePercent: 2200, validFrom: '2026-07-01', validTo: null },
];

describe('posting amounts', () => {
  it('multiplies quantity hundredths by cents, rounding half away from zero', () => {
    expect(amountCents(100, 3500)).toBe(3500);
    expect(amountCents(150, 3500)).toBe(5250);
    expect(amountCents(125, 33)).toBe(41); // 41.25
    expect(amountCents(150, 33)).toBe(50); // 49.5 -> 50
    expect(amountCents(1, 1)).toBe(0); // 0.01
    expect(amountCents(50, 1)).toBe(1); // 0.5 -> 1
    expect(amountCents(-150, 33)).toBe(-50);
    expect(amountCents(0, 9999)).toBe(0);
  });

  it('takes tax on the sales amount at the rate valid on the posting date', () => {
    const line = { quantityX100: 150, costPriceCents: 2000, salesPriceCents: 3333 };
    expect(postingAmounts(line, rates, '2026-06-30')).toEqual({
      quantityX100: 150, costAmountCents: 3000, salesAmountCents: 5000, taxRateX100: 2100, taxAmountCents: 1050,
    });
    expect(postingAmounts(line, rates, '2026-07-01')?.taxAmountCents).toBe(1100);
    // 21 % of 0.05 EUR is 1.05 cents: exactly 1.
    expect(postingAmounts({ quantityX100: 100, costPriceCents: 0, salesPriceCents: 5 }, rates, '2026-01-01')?.taxAmountCents).toBe(1);
  });

  it('charges no tax without a tax group and gives undefined when the group has no rate that day', () => {
    expect(postingAmounts({ quantityX100: 200, costPriceCents: 10, salesPriceCents: 20 }, null, '2026-01-01')).toMatchObject({ taxRateX100: 0, taxAmountCents: 0, salesAmountCents: 40 });
    expect(postingAmounts({ quantityX100: 200, costPriceCents: 10, salesPriceCents: 20 }, rates, '2019-12-31')).toBeUndefined();
  });

  it('reverses every amount exactly', () => {
    const a = { quantityX100: 150, costAmountCents: 3000, salesAmountCents: 5000, taxRateX100: 2100, taxAmountCents: 1050 };
    expect(reversalAmounts(a)).toEqual({ quantityX100: -150, costAmountCents: -3000, salesAmountCents: -5000, taxRateX100: 2100, taxAmountCents: -1050 });
  });
});
