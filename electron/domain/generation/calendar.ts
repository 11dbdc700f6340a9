import type { DatePeriod } from '../periods';
import { fromDayNumber, isoWeekday, toDayNumber } from './dates';
import type { GenCalendar } from './types';
import { clampIntoRange } from './windows';

export type OpenDayTest = (date: string) => boolean;

/** An exception wins over the weekday: 'open' opens a closed weekday, holiday/closed close an open one. */
export function isOpenDay(calendar: GenCalendar, date: string): boolean {
  const exception = calendar.days.get(date);
  if (exception !== undefined) return exception === 'open';
  return calendar.openWeekdays.has(isoWeekday(date));
}

const ALWAYS_OPEN: OpenDayTest = () => true;

/**
 * The open-day test for an agreement's calendar. No calendar, or one that is not loaded (deleted
 * since), means every day is open: a missing calendar must not flag every order as a conflict.
 */
export function openDayTest(calendarId: number | null, calendars: ReadonlyMap<number, GenCalendar>): OpenDayTest {
  const calendar = calendarId === null ? undefined : calendars.get(calendarId);
  return calendar === undefined ? ALWAYS_OPEN : (date) => isOpenDay(calendar, date);
}

export interface ServiceDay {
  date: string;
  /** No day of the range is open: the visit keeps its date on a closed day. */
  calendarConflict: boolean;
}

/**
 * The day a visit happens: the first open day in `range` at or after `preferred` (clamped into the
 * range), so work is not pulled earlier than it is due when it need not be; failing that the latest
 * open day before it; failing that `preferred` itself, flagged. Scans at most the range's length.
 */
export function pickServiceDay(range: DatePeriod, preferred: string, isOpen: OpenDayTest): ServiceDay {
  const start = clampIntoRange(preferred, range);
  const first = toDayNumber(range.from);
  const last = toDayNumber(range.to);
  const s = toDayNumber(start);
  for (let n = s; n <= last; n += 1) {
    const date = fromDayNumber(n);
    if (isOpen(date)) return { date, calendarConflict: false };
  }
  for (let n = s - 1; n >= first; n -= 1) {
    const date = fromDayNumber(n);
    if (isOpen(date)) return { date, calendarConflict: false };
  }
  return { date: start, calendarConflict: true };
}
