import { DateTime } from 'luxon';
import { instantToLocal } from '../board-time';
import type { PrintSpan } from './print-route';

/** A printed period: its local dates and the instants [from, to) they cover in the company's zone. */
export interface PrintPeriod {
  dates: string[];
  from: string;
  to: string;
}

function calendarDay(date: string): DateTime {
  return DateTime.fromISO(date, { zone: 'UTC' });
}

const isoDate = (day: DateTime): string => day.toISODate() ?? '';

/** The day itself, or the Monday-to-Sunday week containing it. */
export function periodDates(span: PrintSpan, date: string): string[] {
  if (span === 'day') return [date];
  const day = calendarDay(date);
  const monday = day.minus({ days: day.weekday - 1 });
  return Array.from({ length: 7 }, (_, i) => isoDate(monday.plus({ days: i })));
}

function startOfLocalDay(date: string, timeZone: string): DateTime {
  return DateTime.fromISO(date, { zone: timeZone }).startOf('day');
}

/**
 * The instants from the first date's local midnight to the midnight after the last date, so a
 * week with a daylight-saving change spans 167 or 169 hours, as the wall clock does.
 */
export function printPeriod(span: PrintSpan, date: string, timeZone: string): PrintPeriod {
  const dates = periodDates(span, date);
  const first = dates[0] ?? date;
  const last = dates[dates.length - 1] ?? date;
  const from = startOfLocalDay(first, timeZone);
  const to = startOfLocalDay(last, timeZone).plus({ days: 1 });
  return { dates, from: from.toUTC().toISO() ?? '', to: to.toUTC().toISO() ?? '' };
}

/**
 * A range that covers the period in any time zone (UTC-12 … UTC+14), for the first call, which
 * tells the company's zone.
 */
export function widePeriod(span: PrintSpan, date: string): { from: string; to: string } {
  const dates = periodDates(span, date);
  const from = calendarDay(dates[0] ?? date).minus({ days: 1 });
  const to = calendarDay(dates[dates.length - 1] ?? date).plus({ days: 2 });
  return { from: from.toISO() ?? '', to: to.toISO() ?? '' };
}

/** The local calendar date of an instant in a zone. */
export function localDateOf(instant: string, timeZone: string): string {
  return instantToLocal(instant, timeZone).date;
}

/** Today's date where the browser is; the print view's default before the company's zone is known. */
export function browserToday(): string {
  return isoDate(DateTime.local());
}
