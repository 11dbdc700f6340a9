import type { DatePeriod } from '../periods';
import { addDays, endOfIsoWeek, endOfMonth, maxDate, minDate, startOfIsoWeek, startOfMonth } from './dates';
import type { GenTimeWindow } from './types';

/** A validity period whose end may be open (null). */
export interface Validity {
  from: string;
  to: string | null;
}

/**
 * The dates a line's occurrence may be served on: the ISO week (Mon–Sun) or the month of the
 * occurrence, or daysBefore..daysAfter around it; the occurrence day alone without a window. The
 * range is clipped to the line's validity (not to the requested period: a visit may fall just
 * outside the period asked for, but never outside the agreement). The occurrence lies inside the
 * validity, so the result is never empty.
 */
export function allowedRange(occurrence: string, window: GenTimeWindow | null, validity: Validity): DatePeriod {
  const raw = rawRange(occurrence, window);
  return { from: maxDate(raw.from, validity.from), to: minDate(raw.to, validity.to) };
}

function rawRange(occurrence: string, window: GenTimeWindow | null): DatePeriod {
  if (window === null) return { from: occurrence, to: occurrence };
  switch (window.kind) {
    case 'week':
      return { from: startOfIsoWeek(occurrence), to: endOfIsoWeek(occurrence) };
    case 'month':
      return { from: startOfMonth(occurrence), to: endOfMonth(occurrence) };
    case 'manual':
      return { from: addDays(occurrence, -Math.max(0, window.daysBefore)), to: addDays(occurrence, Math.max(0, window.daysAfter)) };
  }
}

/** The common part of two ranges, or null when they do not meet. */
export function intersectRanges(a: DatePeriod, b: DatePeriod): DatePeriod | null {
  const from = maxDate(a.from, b.from);
  const to = minDate(a.to, b.to);
  return from <= to ? { from, to } : null;
}

/** The date moved into the range: before it -> its first day, after it -> its last day. */
export function clampIntoRange(date: string, range: DatePeriod): string {
  if (date < range.from) return range.from;
  if (date > range.to) return range.to;
  return date;
}
