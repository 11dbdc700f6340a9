/**
 * Wall-clock helpers for seed data. Orders are planned in the company's local working hours but
 * stored in UTC; the offset comes from Intl for every date, because Riga is UTC+2 in winter and
 * UTC+3 in summer, and a fixed offset would put half a year's visits an hour off.
 */
export const COMPANY_TIME_ZONE = 'Europe/Riga';

const DAY_MS = 86_400_000;

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock reading of an instant in a time zone. */
export function localParts(instant: Date, timeZone = COMPANY_TIME_ZONE): LocalParts & { second: number } {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const get = (k: string) => parts[k] ?? 0;
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

function offsetMs(instantMs: number, timeZone: string): number {
  const p = localParts(new Date(instantMs), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/** 'YYYY-MM-DD' of an instant as seen in the time zone. */
export function localDate(instant: Date, timeZone = COMPANY_TIME_ZONE): string {
  const p = localParts(instant, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

function dateMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Calendar arithmetic on a 'YYYY-MM-DD' date; no time zone involved. */
export function addDays(date: string, days: number): string {
  return new Date(dateMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(dateMs(date)).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The local Monday of the week holding `instant`, so data lines up with the board's weeks. */
export function mondayOf(instant: Date, timeZone = COMPANY_TIME_ZONE): string {
  const today = localDate(instant, timeZone);
  return addDays(today, 1 - isoWeekday(today));
}

export function isWeekend(date: string): boolean {
  return isoWeekday(date) >= 6;
}

/**
 * Converts a local wall-clock time to a UTC ISO string. Two passes, because the offset at the
 * guessed instant can differ from the offset at the answer when a DST change lies between them.
 * Results are memoised: the large generator asks for the same few slots of each day many times.
 */
export class ZonedClock {
  readonly #cache = new Map<string, string>();

  constructor(readonly timeZone = COMPANY_TIME_ZONE) {}

  toUtcIso(date: string, minuteOfDay: number): string {
    const key = `${date}|${minuteOfDay}`;
    const hit = this.#cache.get(key);
    if (hit) return hit;
    const wall = dateMs(date) + minuteOfDay * 60_000;
    const first = wall - offsetMs(wall, this.timeZone);
    const second = wall - offsetMs(first, this.timeZone);
    const iso = new Date(second).toISOString();
    this.#cache.set(key, iso);
    return iso;
  }
}

/** Same day and month some years on; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const year = (y ?? 1970) + years;
  const month = m ?? 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d ?? 1, lastDay)).padStart(2, '0')}`;
}

/** The first day of the month `months` away from the month holding `date`. */
export function addMonths(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number);
  const index = (y ?? 1970) * 12 + (m ?? 1) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}
