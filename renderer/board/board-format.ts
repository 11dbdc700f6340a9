import type { Language } from '../../electron/contract/messages';

/** Dates and times on the board are shown in the company's time zone, whatever the PC's zone is. */

const locales: Record<Language, string> = { lv: 'lv-LV', en: 'en-GB' };

export interface BoardFormat {
  /** "04.01.2027" */
  date(isoDate: string): string;
  /** "09:30" */
  time(instant: string): string;
  /** "04.01.2027 09:30" */
  moment(instant: string): string;
  /** "09:30–11:00" or "04.01. 22:00 – 05.01. 02:00" across midnight. */
  span(start: string, end: string): string;
}

export function boardFormat(lang: Language, timeZone: string): BoardFormat {
  const locale = locales[lang];
  const dateFmt = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
  const timeFmt = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const dayFmt = new Intl.DateTimeFormat(locale, { timeZone, day: '2-digit', month: '2-digit', year: 'numeric' });
  const localDay = (instant: string) => dayFmt.format(new Date(instant));
  const time = (instant: string) => timeFmt.format(new Date(instant));
  return {
    date: (isoDate) => dateFmt.format(new Date(`${isoDate}T00:00:00Z`)),
    time,
    moment: (instant) => `${localDay(instant)} ${time(instant)}`,
    span: (start, end) => {
      const sameDay = localDay(start) === localDay(new Date(Date.parse(end) - 1).toISOString());
      return sameDay ? `${localDay(start)} ${time(start)}–${time(end)}` : `${localDay(start)} ${time(start)} – ${localDay(end)} ${time(end)}`;
    },
  };
}
