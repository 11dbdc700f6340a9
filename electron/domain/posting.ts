import { rateOn, taxCents, type TaxRatePeriod } from './tax';

/** What posting needs of one order line: quantity in hundredths, unit prices in cents. */
export interface PostableLine {
  quantityX100: number;
  costPriceCents: number;
  salesPriceCents: number;
}

/** The amounts written to the journal for one line; tax is charged on the sales amount. */
export interface PostingAmounts {
  quantityX100: number;
  costAmountCents: number;
  salesAmountCents: number;
  taxRateX100: number;
  taxAmountCents: number;
}

/**
 * Quantity (hundredths) × unit price (cents) in whole cents, rounded half away from zero. Integer
 * arithmetic: 1.25 h × 0.33 EUR is 41.25 cents, and that must round to 41, not drift by a float.
 */
export function amountCents(quantityX100: number, priceCents: number): number {
  const scaled = quantityX100 * priceCents;
  const whole = Math.trunc(scaled / 100);
  const rest = Math.abs(scaled % 100);
  return rest * 2 >= 100 ? whole + Math.sign(scaled) : whole;
}

/**
 * The line's journal amounts. `taxRates` are the periods of the line's tax group, or null when the
 * line has no tax group (no tax). A group without a rate on the posting date gives undefined: the
 * caller must refuse, since posting with a guessed rate would be wrong and immutable.
 */
export function postingAmounts(line: PostableLine, taxRates: readonly TaxRatePeriod[] | null, postingDate: string): PostingAmounts | undefined {
  const costAmountCents = amountCents(line.quantityX100, line.costPriceCents);
  const salesAmountCents = amountCents(line.quantityX100, line.salesPriceCents);
  let taxRateX100 = 0;
  if (taxRates !== null) {
    const rate = rateOn(taxRates, postingDate);
    if (!rate) return undefined;
    taxRateX100 = rate.ratePercent;
  }
  return { quantityX100: line.quantityX100, costAmountCents, salesAmountCents, taxRateX100, taxAmountCents: taxCents(salesAmountCents, taxRateX100) };
}

/** A reversal cancels the original exactly: every quantity and amount negated, the rate kept. */
export function reversalAmounts(original: PostingAmounts): PostingAmounts {
  return {
    quantityX100: -original.quantityX100,
    costAmountCents: -original.costAmountCents,
    salesAmountCents: -original.salesAmountCents,
    taxRateX100: original.taxRateX100,
    taxAmountCents: -original.taxAmountCents,
  };
}
