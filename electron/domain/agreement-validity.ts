/**
 * An agreement line lives inside its agreement's validity: a line's own start and end dates may
 * narrow it, never widen it. ISO dates (YYYY-MM-DD) compare as strings; a missing end is open.
 */

export interface Validity {
  validFrom: string;
  validTo: string | null;
}

export interface LineDates {
  validFrom: string | null;
  validTo: string | null;
}

const inside = (date: string, a: Validity) => date >= a.validFrom && (a.validTo === null || date <= a.validTo);

/** The line's first date field that falls outside the agreement's validity, if any. */
export function lineFieldOutside(agreement: Validity, line: LineDates): 'validFrom' | 'validTo' | null {
  if (line.validFrom !== null && !inside(line.validFrom, agreement)) return 'validFrom';
  if (line.validTo !== null && !inside(line.validTo, agreement)) return 'validTo';
  return null;
}

/**
 * Which end of a new agreement validity would leave the line outside: the start when a line date
 * lies before it, else the end when one lies after it.
 */
export function agreementFieldExcluding(agreement: Validity, line: LineDates): 'validFrom' | 'validTo' | null {
  const dates = [line.validFrom, line.validTo].filter((d): d is string => d !== null);
  if (dates.some((d) => d < agreement.validFrom)) return 'validFrom';
  if (agreement.validTo !== null && dates.some((d) => d > (agreement.validTo as string))) return 'validTo';
  return null;
}

/** "2026-01-01 – 2026-12-31", or "2026-01-01 – …" for an open end (for messages). */
export function describeValidity(a: Validity): { from: string; to: string } {
  return { from: a.validFrom, to: a.validTo ?? '…' };
}
