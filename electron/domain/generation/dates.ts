/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) for the generation planner. Dates are converted to
 * day numbers (days since 1970-01-01) with Howard Hinnant's civil-date algorithms instead of going
 * through `Date`: no time zone or DST can shift a day, and every step is O(1), so a series anchored
 * years back costs nothing to jump into.
 */

export interface Ymd {
  year: number;
  /** 1 … 12 */
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Throws on a malformed or impossible date: the planner's inputs come from validated rows, so this is a bug. */
export function parseDate(iso: string): Ymd {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new Error(`Not a calendar date: ${iso}`);
  return { year, month, day };
}

export function formatDate({ year, month, day }: Ymd): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (negative before it). */
export function toDayNumber(iso: string): number {
  const { year, month, day } = parseDate(iso);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return formatDate({ year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day });
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Months since year 0, so two dates' month distance is a subtraction. */
export function monthIndex(iso: string): number {
  const { year, month } = parseDate(iso);
  return year * 12 + month - 1;
}

/**
 * The anchor moved by whole months, its day clamped to the target month's length: 31 Jan + 1 -> 28/29 Feb,
 * + 2 -> 31 Mar. Always computed from the anchor, never from the previous result, so it does not drift.
 */
export function addMonthsClamped(anchor: string, months: number): string {
  const { year, month, day } = parseDate(anchor);
  const index = year * 12 + month - 1 + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** 1 (Monday) … 7 (Sunday); 1970-01-01 was a Thursday. */
export function isoWeekday(iso: string): number {
  return ((((toDayNumber(iso) + 3) % 7) + 7) % 7) + 1;
}

export function startOfIsoWeek(iso: string): string {
  return addDays(iso, 1 - isoWeekday(iso));
}

export function endOfIsoWeek(iso: string): string {
  return addDays(iso, 7 - isoWeekday(iso));
}

export function startOfMonth(iso: string): string {
  const { year, month } = parseDate(iso);
  return formatDate({ year, month, day: 1 });
}

export function endOfMonth(iso: string): string {
  const { year, month } = parseDate(iso);
  return formatDate({ year, month, day: daysInMonth(year, month) });
}

/** ISO dates order correctly as strings. */
export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

/** null stands for an open end, later than any date. */
export function minDate(a: string, b: string | null): string {
  return b !== null && b < a ? b : a;
}
