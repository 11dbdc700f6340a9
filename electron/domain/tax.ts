import { coversDate } from './open-periods';

/** One period of a tax group's rate; `ratePercent` in hundredths of a percent (2100 = 21 %). */
export interface TaxRatePeriod {
  ratePercent: number;
  validFrom: string;
  validTo: string | null;
}

/**
 * The rate valid on an ISO date, both ends of each period included. Periods of one tax group never
 * overlap (the main process refuses that), so at most one matches; none means the group has no
 * rate for that day.
 */
export function rateOn<R extends TaxRatePeriod>(rates: readonly R[], date: string): R | undefined {
  return rates.find((r) => coversDate({ from: r.validFrom, to: r.validTo }, date));
}

/**
 * Tax on a net amount in integer cents, rounded half away from zero to whole cents. Integer
 * arithmetic only: 21 % of 0.05 EUR must be exactly 1 cent, not 1.0500000000000000444 cents.
 */
export function taxCents(netCents: number, ratePercent: number): number {
  const scaled = netCents * ratePercent; // cents × hundredths of a percent: divide by 10 000
  const whole = Math.trunc(scaled / 10_000);
  const rest = Math.abs(scaled % 10_000);
  return rest * 2 >= 10_000 ? whole + Math.sign(scaled) : whole;
}
