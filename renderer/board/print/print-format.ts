import type { Language } from '../../../electron/contract/messages';
import { localDateOf } from './print-period';

/**
 * Dates and times on the printed sheets: instants in the company's time zone (Intl handles
 * daylight saving), calendar dates as they are, both in the conventions of the UI language.
 */
export interface PrintFormat {
  /** "24.03.2031" */
  date(date: string): string;
  /** "pirmd., 24.03.2031." — a row's or column's day */
  day(date: string): string;
  /** "24.03.2031 – 30.03.2031", or one date */
  period(dates: readonly string[]): string;
  /** "08:00–10:00"; with the end's date when the visit ends on a later day */
  timeRange(start: string, end: string): string;
  /** "30.03.2031 09:00" */
  moment(instant: string): string;
  /** "7,5" hours from minutes */
  hours(minutes: number): string;
}

const LOCALES: Record<Language, string> = { lv: 'lv-LV', en: 'en-GB' };
const DATE = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
const TIME = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

/** A calendar date as the instant Intl formats back to the same date in UTC. */
const utcMidnight = (date: string): Date => new Date(`${date}T00:00:00Z`);

export function printFormat(lang: Language, timeZone: string): PrintFormat {
  const locale = LOCALES[lang];
  const dateFormat = new Intl.DateTimeFormat(locale, { ...DATE, timeZone: 'UTC' });
  const dayFormat = new Intl.DateTimeFormat(locale, { ...DATE, weekday: 'short', timeZone: 'UTC' });
  const timeFormat = new Intl.DateTimeFormat(locale, { ...TIME, timeZone });
  const shortDateFormat = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', timeZone });
  const momentFormat = new Intl.DateTimeFormat(locale, { ...DATE, ...TIME, timeZone });
  const hoursFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });

  const date = (d: string) => dateFormat.format(utcMidnight(d));
  return {
    date,
    day: (d) => dayFormat.format(utcMidnight(d)),
    period: (dates) => {
      const first = dates[0] ?? '';
      const last = dates[dates.length - 1] ?? first;
      return first === last ? date(first) : `${date(first)} – ${date(last)}`;
    },
    timeRange: (start, end) => {
      const from = timeFormat.format(new Date(start));
      const to = timeFormat.format(new Date(end));
      const sameDay = localDateOf(start, timeZone) === localDateOf(new Date(Date.parse(end) - 1).toISOString(), timeZone);
      return sameDay ? `${from}–${to}` : `${from}–${shortDateFormat.format(new Date(end))} ${to}`;
    },
    moment: (instant) => momentFormat.format(new Date(instant)),
    hours: (minutes) => hoursFormat.format(Math.round((minutes / 60) * 100) / 100),
  };
}
