import type { DatePeriod } from '../periods';
import { addMonthsClamped, fromDayNumber, monthIndex, toDayNumber } from './dates';
import type { GenInterval } from './types';

/**
 * The dates of a line's series that fall inside `period` (inclusive), oldest first. The series
 * steps from `anchor` (the line's own start), not from the period start, so the same line yields the
 * same dates whatever period is asked for. The first date is found arithmetically: an anchor years
 * back costs the same as one inside the period.
 *
 * interval null: a one-time line, due once on the anchor.
 */
export function seriesDates(anchor: string, interval: GenInterval | null, period: DatePeriod): string[] {
  if (period.from > period.to) return [];
  if (interval === null) return anchor >= period.from && anchor <= period.to ? [anchor] : [];
  // The database allows 1..999; a 0 or fractional frequency would never advance, so it counts as 1.
  const every = Math.max(1, Math.floor(interval.frequency));
  switch (interval.unit) {
    case 'day':
      return stepDays(anchor, every, period);
    case 'week':
      return stepDays(anchor, every * 7, period);
    case 'month':
      return stepMonths(anchor, every, period);
    case 'year':
      // A year is 12 months from the anchor, so 29 Feb falls to 28 Feb in common years and returns in leap years.
      return stepMonths(anchor, every * 12, period);
  }
}

function stepDays(anchor: string, step: number, period: DatePeriod): string[] {
  const a = toDayNumber(anchor);
  const from = toDayNumber(period.from);
  const to = toDayNumber(period.to);
  const first = from <= a ? 0 : Math.ceil((from - a) / step);
  const out: string[] = [];
  for (let n = a + first * step; n <= to; n += step) out.push(fromDayNumber(n));
  return out;
}

/** Each date is the anchor + k·step months (day clamped), computed from the anchor so 31 Jan never drifts to the 28th. */
function stepMonths(anchor: string, step: number, period: DatePeriod): string[] {
  const distance = monthIndex(period.from) - monthIndex(anchor);
  // k·step months lands in a month at or before period.from's month; (k+1)·step lands after it.
  let k = distance <= 0 ? 0 : Math.floor(distance / step);
  const out: string[] = [];
  for (;;) {
    const date = addMonthsClamped(anchor, k * step);
    if (date > period.to) return out;
    if (date >= period.from) out.push(date);
    k += 1;
  }
}

/** How a generated line is identified across runs (GenExisting.members): one per line and series date. */
export function memberKey(lineId: number, date: string): string {
  return `${lineId}:${date}`;
}
