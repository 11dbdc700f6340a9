import { currentLanguage } from '../i18n';

/** An instant in the reader's own time zone, as people write it ("02.03.2026 11:00" in Latvian). */
export function formatLocal(iso: string | null): string {
  if (iso === null) return '—';
  return new Intl.DateTimeFormat(currentLanguage() === 'lv' ? 'lv-LV' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}

/**
 * The value of a datetime-local input for this second (local time), the default of every clock action.
 * Seconds, not minutes: a clock that started within the current minute would refuse a stop at its
 * beginning as "before the last event".
 */
export function localInputNow(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 19);
}

/** A datetime-local value (local wall time) as an ISO instant; empty or invalid -> ''. */
export function inputToIso(value: string): string {
  const date = new Date(value);
  return value === '' || Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** Whole minutes as "2 h 05 min". */
export function formatMinutes(minutes: number, lang = currentLanguage()): string {
  const h = Math.floor(minutes / 60);
  const m = String(minutes % 60).padStart(2, '0');
  return lang === 'lv' ? `${h} st. ${m} min` : `${h} h ${m} min`;
}
