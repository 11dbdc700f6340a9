/**
 * Working time of an SLA calendar (domain reference §1.7, §4.6): how many minutes of opening hours
 * lie between two instants, and when a number of working minutes will have passed.
 *
 * Instants are ISO 8601 UTC strings ending in Z at the API and epoch milliseconds inside: a string
 * is what the database and the IPC contract carry, a number is what arithmetic needs. Opening hours
 * are local wall-clock times in the calendar's time zone; they are turned into instants per local
 * day with `Intl.DateTimeFormat` (no date library), so DST days get their real length — in
 * Europe/Riga the last Sunday of March has 23 hours and the last Sunday of October 25.
 *
 * Everything is pure: no clock is read, "now" is always a parameter.
 */
import { fromDayNumber, isoWeekday, toDayNumber } from '../generation/dates';

/** Local wall-clock times "HH:MM"; close may be "24:00" (the next local midnight) for a full day. */
export interface OpeningHours {
  open: string;
  close: string;
}

/**
 * A working calendar for the SLA clock. Like the generation planner's `GenCalendar` (and its
 * `isOpenDay`), an exception wins over the weekday: 'holiday' / 'closed' close the day, 'open' opens
 * it. An 'open' exception uses that weekday's hours when it has any, otherwise the default 08:00–17:00
 * (`DEFAULT_OPENING_HOURS`): the exception only says "open", and a closed weekday has no hours to borrow.
 */
export interface SlaCalendar {
  /** IANA zone the opening hours are read in, e.g. "Europe/Riga". */
  timeZone: string;
  /** ISO weekday 1 (Mon) … 7 (Sun) -> opening hours; a weekday without an entry is closed. */
  hours: ReadonlyMap<number, OpeningHours>;
  /** Exceptions by local date YYYY-MM-DD. */
  days: ReadonlyMap<string, 'holiday' | 'closed' | 'open'>;
}

export const DEFAULT_OPENING_HOURS: OpeningHours = { open: '08:00', close: '17:00' };

export const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z$/;
const CLOCK_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/**
 * Epoch milliseconds of an ISO UTC instant. Throws on anything else: inputs come from validated rows,
 * so a bad one is a bug. `Date.parse` alone would roll 30 Feb into March, hence the round-trip check.
 */
export function parseInstant(iso: string): number {
  const ms = INSTANT.test(iso) ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso.slice(0, 10)) {
    throw new Error(`Not an ISO UTC instant: ${iso}`);
  }
  return ms;
}

/** Always the full `toISOString` form, so two equal instants are equal strings. */
export function formatInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** Minutes since local midnight; 1440 for "24:00". */
function parseClockTime(time: string): number {
  const m = CLOCK_TIME.exec(time);
  if (!m) throw new Error(`Not a time of day HH:MM: ${time}`);
  return m[1] === undefined ? 1440 : Number(m[1]) * 60 + Number(m[2]);
}

// Building a formatter is far more expensive than using one, and a long span formats thousands of times.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    // h23: some ICU versions print midnight as "24" under the default hour cycle.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's UTC offset at an instant, in ms (Riga: +2 h in winter, +3 h in summer). */
function offsetAt(utcMs: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(utcMs)) fields[part.type] = Number(part.value);
  const wall = Date.UTC(fields.year ?? 0, (fields.month ?? 1) - 1, fields.day ?? 1, fields.hour ?? 0, fields.minute ?? 0, fields.second ?? 0);
  // The formatter drops milliseconds, so compare against the instant floored to its second.
  return wall - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}

/**
 * The instant of a local wall-clock time, given as "local ms" (the wall time read as if it were UTC).
 * DST is resolved like Temporal's 'compatible' disambiguation: a time skipped by the spring change
 * (03:30 on 29 Mar 2026 in Riga) moves forward by the gap (04:30 EEST), a time repeated by the autumn
 * change (03:30 on 25 Oct 2026) takes its first, earlier occurrence (EEST). The two candidate offsets
 * are those a day either side: zones do not change twice within a day.
 */
function localToUtc(localMs: number, timeZone: string): number {
  const before = offsetAt(localMs - DAY_MS, timeZone);
  const after = offsetAt(localMs + DAY_MS, timeZone);
  const a = localMs - before;
  const b = localMs - after;
  const aFits = offsetAt(a, timeZone) === before;
  const bFits = offsetAt(b, timeZone) === after;
  if (aFits && bFits) return Math.min(a, b);
  if (aFits) return a;
  if (bFits) return b;
  // In the gap: reading the wall time with the offset before the change lands after the jump.
  return a;
}

/** Day number (days since 1970-01-01) of the local date an instant falls on. */
function localDayOf(utcMs: number, timeZone: string): number {
  return Math.floor((utcMs + offsetAt(utcMs, timeZone)) / DAY_MS);
}

/** The instant a local date and time of day happen in a zone (DST resolved as in `localToUtc`). */
export function zonedToInstant(date: string, time: string, timeZone: string): string {
  return formatInstant(localToUtc(toDayNumber(date) * DAY_MS + parseClockTime(time) * MINUTE_MS, timeZone));
}

/** The local date and HH:MM an instant shows in a zone (seconds dropped). */
export function instantToZoned(instant: string, timeZone: string): { date: string; time: string } {
  const ms = parseInstant(instant);
  const local = ms + offsetAt(ms, timeZone);
  const day = Math.floor(local / DAY_MS);
  const minutes = Math.floor((local - day * DAY_MS) / MINUTE_MS);
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { date: fromDayNumber(day), time };
}

/** The hours that apply on a local date, or null when the day is closed. Same precedence as `isOpenDay`. */
export function openingHoursOn(calendar: SlaCalendar, date: string): OpeningHours | null {
  const exception = calendar.days.get(date);
  if (exception === 'holiday' || exception === 'closed') return null;
  const weekdayHours = calendar.hours.get(isoWeekday(date));
  if (exception === 'open') return weekdayHours ?? DEFAULT_OPENING_HOURS;
  return weekdayHours ?? null;
}

/**
 * The open interval [from, to) of one local day as instants, or null when closed. A window always lies
 * inside its own local day (open >= 00:00, close <= 24:00), which is what lets the loops below visit
 * only the local days between two instants.
 */
function openWindow(calendar: SlaCalendar, day: number): [number, number] | null {
  const hours = openingHoursOn(calendar, fromDayNumber(day));
  if (hours === null) return null;
  const open = parseClockTime(hours.open);
  const close = parseClockTime(hours.close);
  // Overnight shifts are not modelled; a reversed window is a setup error, not a closed day.
  if (close <= open) throw new Error(`Opening hours close before they open: ${hours.open}–${hours.close}`);
  const midnight = day * DAY_MS;
  const from = localToUtc(midnight + open * MINUTE_MS, calendar.timeZone);
  // Both ends inside one spring gap would otherwise come out reversed.
  const to = Math.max(from, localToUtc(midnight + close * MINUTE_MS, calendar.timeZone));
  return [from, to];
}

/**
 * Working milliseconds in [startMs, endMs). `null` calendar = calendar time: every millisecond counts.
 * An end before the start is an empty interval (0), never negative time. One step per local day.
 */
export function workingMsBetween(startMs: number, endMs: number, calendar: SlaCalendar | null): number {
  if (endMs <= startMs) return 0;
  if (calendar === null) return endMs - startMs;
  let total = 0;
  const last = localDayOf(endMs, calendar.timeZone);
  for (let day = localDayOf(startMs, calendar.timeZone); day <= last; day += 1) {
    const window = openWindow(calendar, day);
    if (window === null) continue;
    const from = Math.max(window[0], startMs);
    const to = Math.min(window[1], endMs);
    if (to > from) total += to - from;
  }
  return total;
}

/**
 * The last local day the calendar can be open: unbounded when some weekday has hours (exceptions are
 * finite), else the last 'open' exception. `addWorkingMs` stops there instead of looping forever.
 */
function lastDayThatCanOpen(calendar: SlaCalendar): number {
  for (let weekday = 1; weekday <= 7; weekday += 1) {
    const hours = calendar.hours.get(weekday);
    if (hours !== undefined && parseClockTime(hours.close) > parseClockTime(hours.open)) return Number.POSITIVE_INFINITY;
  }
  let last = Number.NEGATIVE_INFINITY;
  for (const [date, kind] of calendar.days) if (kind === 'open') last = Math.max(last, toDayNumber(date));
  return last;
}

/**
 * The earliest instant at which `ms` working milliseconds have passed since `startMs`. Starting outside
 * opening hours counts from the next opening, so 0 ms from a closed moment is that opening, and a
 * span ending exactly at closing time returns the closing time, not the next morning.
 */
export function addWorkingMs(startMs: number, ms: number, calendar: SlaCalendar | null): number {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Working time to add must be >= 0: ${ms}`);
  if (calendar === null) return startMs + ms;
  const lastOpenable = lastDayThatCanOpen(calendar);
  let remaining = ms;
  for (let day = localDayOf(startMs, calendar.timeZone); ; day += 1) {
    if (day > lastOpenable) throw new RangeError('The calendar has no opening hours after the start');
    const window = openWindow(calendar, day);
    if (window === null) continue;
    const from = Math.max(window[0], startMs);
    if (window[1] <= from) continue;
    if (window[1] - from >= remaining) return from + remaining;
    remaining -= window[1] - from;
  }
}

/**
 * Whole working minutes between two instants (a started minute does not count until it is complete).
 * E.g. Friday 16:00 to Monday 09:00 with Mon–Fri 08:00–17:00 = 60 + 60 = 120.
 */
export function workingMinutesBetween(start: string, end: string, calendar: SlaCalendar | null): number {
  return Math.floor(workingMsBetween(parseInstant(start), parseInstant(end), calendar) / MINUTE_MS);
}

/** The instant (ISO UTC) when `minutes` working minutes have passed since `start`. */
export function addWorkingMinutes(start: string, minutes: number, calendar: SlaCalendar | null): string {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`Working minutes to add must be >= 0: ${minutes}`);
  return formatInstant(addWorkingMs(parseInstant(start), Math.round(minutes * MINUTE_MS), calendar));
}
