import { DateTime } from 'luxon';

/**
 * Wall-clock arithmetic in the company's time zone, DST-correct: a visit moved by "one day" keeps its
 * local start time across a daylight-saving change, as FullCalendar moves the dragged bar.
 */

export interface WallDelta {
  days: number;
  milliseconds: number;
}

const zoned = (instant: Date | string, zone: string): DateTime =>
  (typeof instant === 'string' ? DateTime.fromISO(instant, { zone: 'utc' }) : DateTime.fromJSDate(instant)).setZone(zone);

const iso = (dt: DateTime): string => dt.toUTC().toISO({ suppressMilliseconds: false }) ?? '';

const DAY_MS = 86_400_000;

/** Time of day as the wall clock shows it, in ms; not the time elapsed since midnight, which a DST day changes. */
const wallTimeOfDay = (dt: DateTime): number => ((dt.hour * 60 + dt.minute) * 60 + dt.second) * 1000 + dt.millisecond;

/** How far `to` is from `from` on the wall clock: whole local days plus the change of time of day. */
export function wallDelta(from: Date | string, to: Date | string, zone: string): WallDelta {
  const a = zoned(from, zone);
  const b = zoned(to, zone);
  const days = Math.round(b.startOf('day').diff(a.startOf('day'), 'days').days);
  return { days, milliseconds: wallTimeOfDay(b) - wallTimeOfDay(a) };
}

/** Moves an instant by a wall-clock delta: 10:00 the day before a DST change is 10:00 the day after too. */
export function shiftInstant(instant: string, delta: WallDelta, zone: string): string {
  const start = zoned(instant, zone);
  const wall = wallTimeOfDay(start) + delta.milliseconds;
  const extraDays = Math.floor(wall / DAY_MS);
  const ms = wall - extraDays * DAY_MS;
  const day = start.startOf('day').plus({ days: delta.days + extraDays });
  const minutes = Math.floor(ms / 60_000);
  return iso(day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60, second: Math.floor((ms % 60_000) / 1000), millisecond: ms % 1000 }));
}

/** A local date and "HH:MM" in the zone -> the UTC instant. */
export function localToInstant(date: string, time: string, zone: string): string | null {
  const dt = DateTime.fromISO(`${date}T${time}`, { zone });
  return dt.isValid ? iso(dt) : null;
}

export function instantToLocal(instant: string, zone: string): { date: string; time: string } {
  const dt = zoned(instant, zone);
  return { date: dt.toFormat('yyyy-MM-dd'), time: dt.toFormat('HH:mm') };
}

export function todayIn(zone: string): string {
  return DateTime.now().setZone(zone).toFormat('yyyy-MM-dd');
}

export function addMinutes(instant: string, minutes: number): string {
  return new Date(Date.parse(instant) + minutes * 60_000).toISOString();
}

export function minutesBetween(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
}

/**
 * The instants a view shows from `date`: the day itself, or (for the week views) from the Monday of
 * its week, for `days` days — the range FullCalendar will ask its events function for.
 */
export function viewRange(date: string, days: number, alignToWeek: boolean, zone: string): { start: Date; end: Date } {
  const day = DateTime.fromISO(date, { zone }).startOf('day');
  const start = alignToWeek ? day.startOf('week') : day;
  return { start: start.toJSDate(), end: start.plus({ days }).toJSDate() };
}
