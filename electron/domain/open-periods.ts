import { periodsOverlap, type DatePeriod } from './periods';

/**
 * A validity period whose end may still be open ("until further notice"), as ISO dates inclusive
 * at both ends. A price or a tax rate is typically entered this way and closed when its successor
 * arrives.
 */
export interface OpenPeriod {
  from: string;
  to: string | null;
}

// ISO dates compare as strings, so the largest possible date stands in for "no end".
const OPEN_END = '9999-12-31';

const closed = (p: OpenPeriod): DatePeriod => ({ from: p.from, to: p.to ?? OPEN_END });

export function openPeriodsOverlap(a: OpenPeriod, b: OpenPeriod): boolean {
  return periodsOverlap(closed(a), closed(b));
}

export function firstOpenOverlap<P extends OpenPeriod>(candidate: OpenPeriod, others: readonly P[]): P | undefined {
  return others.find((o) => openPeriodsOverlap(candidate, o));
}

/** True when `date` falls within the period, both ends included. */
export function coversDate(period: OpenPeriod, date: string): boolean {
  return period.from <= date && (period.to === null || date <= period.to);
}
