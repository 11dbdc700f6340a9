import type { FieldKind } from '../contract/fields';

/**
 * Cell text <-> field values for CSV files. Files are written the way Latvian Excel reads them
 * (decimal comma, 1/0 for yes/no, ISO dates) and read back leniently, because a file that passed
 * through a spreadsheet comes back with "45,5" for 45,50 and 03.02.2026 for 2026-02-03.
 */

export type CellResult = { ok: true; value: unknown } | { ok: false; key: string; params?: Record<string, string | number> };

/** Money, hours and percent are stored as integer hundredths. */
const DECIMAL_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(['money', 'hours', 'percent']);
const SCALE = 2;

/** Latvian Excel shows TRUE/FALSE as PATIESS/APLAMS and may save them so. */
const TRUE_WORDS = new Set(['1', 'true', 'yes', 'jā', 'ja', 'patiess']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'nē', 'ne', 'aplams']);

/** "1 234,5" -> 123450; null when the text is not a decimal with at most two places. */
export function parseHundredths(text: string): number | null {
  const match = /^(-?)(\d+)(?:[.,](\d{0,2}))?$/.exec(text.replace(/[\s\u00a0]/g, ''));
  if (!match) return null;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const units = Number(whole) * 10 ** SCALE + Number(fraction.padEnd(SCALE, '0'));
  return sign === '-' ? -units : units;
}

export function formatHundredths(units: number): string {
  const abs = Math.abs(units);
  const whole = Math.floor(abs / 10 ** SCALE);
  const fraction = String(abs % 10 ** SCALE).padStart(SCALE, '0');
  return `${units < 0 ? '-' : ''}${whole},${fraction}`;
}

/** "3.2.2026" or "03.02.2026" -> "2026-02-03"; ISO text and anything else are left to the schema. */
function isoDateOf(text: string): string {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (!match) return text;
  const [, day = '', month = '', year = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export interface EnumChoices {
  values: readonly string[];
  /** Labels people may type instead of the stored value, e.g. "Tehniķis" for technician. */
  labels?: readonly Record<string, string>[];
}

function readEnum(text: string, choices: EnumChoices): CellResult {
  const wanted = text.toLocaleLowerCase('lv');
  const same = (s: string | undefined) => s !== undefined && s.toLocaleLowerCase('lv') === wanted;
  const found = choices.values.find((v) => same(v) || (choices.labels ?? []).some((labels) => same(labels[v])));
  return found !== undefined ? { ok: true, value: found } : { ok: false, key: 'csv_enum', params: { value: text, allowed: choices.values.join(', ') } };
}

/**
 * The input value for a non-empty, non-reference cell. Text the schema can judge better (an
 * invalid date, a too-long name) is passed on as typed, so the refusal names the same rule the
 * form would.
 */
export function readCell(kind: FieldKind, text: string, choices?: EnumChoices): CellResult {
  const trimmed = text.trim();
  if (DECIMAL_KINDS.has(kind)) {
    const units = parseHundredths(trimmed);
    return units === null ? { ok: false, key: 'not_number' } : { ok: true, value: units };
  }
  switch (kind) {
    case 'integer':
      return /^-?\d+$/.test(trimmed) ? { ok: true, value: Number(trimmed) } : { ok: false, key: 'not_number' };
    case 'boolean': {
      const word = trimmed.toLocaleLowerCase('lv');
      if (TRUE_WORDS.has(word)) return { ok: true, value: true };
      if (FALSE_WORDS.has(word)) return { ok: true, value: false };
      return { ok: false, key: 'csv_boolean', params: { value: trimmed } };
    }
    case 'enum':
      return choices ? readEnum(trimmed, choices) : { ok: true, value: trimmed };
    case 'date':
      return { ok: true, value: isoDateOf(trimmed) };
    default:
      return { ok: true, value: text };
  }
}

/** Cell text for a stored value (references are written by the caller as the record's code). */
export function writeCell(kind: FieldKind, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (kind === 'boolean') return value ? '1' : '0';
  if (DECIMAL_KINDS.has(kind) && typeof value === 'number') return formatHundredths(value);
  return String(value);
}
