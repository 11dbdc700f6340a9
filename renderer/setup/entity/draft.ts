import type { EntityDef } from '../../../electron/contract/entity';
import { formatDecimal, parseDecimal } from '../../components/decimal';
import type { DraftValue } from './FieldInput';
import { DECIMAL_SCALE } from './scales';

export type Draft = Record<string, DraftValue>;
type Row = Record<string, unknown>;

/** What the form shows for a stored row (or the defaults of a new one). */
export function draftOf(def: EntityDef, row: Row | null, lang: 'lv' | 'en', fixed: Record<string, number> = {}): Draft {
  const draft: Draft = {};
  for (const [key, field] of Object.entries(def.fields)) {
    const value = row ? row[key] : undefined;
    const scale = DECIMAL_SCALE[field.kind];
    if (key in fixed) draft[key] = String(fixed[key]);
    else if (field.kind === 'boolean') draft[key] = row ? value === true : field.schema.safeParse(undefined).data === true;
    else if (scale !== undefined) draft[key] = formatDecimal(row ? (value as number | null) : null, scale, lang);
    else if (field.kind === 'enum') draft[key] = row ? String(value) : String(field.schema.safeParse(undefined).data ?? field.options?.[0] ?? '');
    else draft[key] = value === null || value === undefined ? '' : String(value);
  }
  return draft;
}

/**
 * The input a save sends. Text that is not a number is sent as typed, so the main process refuses
 * it with a message naming the field, exactly as a script's bad input would be.
 */
export function inputOf(def: EntityDef, draft: Draft): Row {
  const input: Row = {};
  for (const [key, field] of Object.entries(def.fields)) {
    if (field.readOnly) continue;
    const value = draft[key];
    if (field.kind === 'boolean') {
      input[key] = value === true;
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    const scale = DECIMAL_SCALE[field.kind];
    // Left empty: omitted, so optional fields take their default and required ones are named as missing.
    if (text === '') continue;
    if (scale !== undefined) {
      const units = parseDecimal(text, scale);
      input[key] = units === null || Number.isNaN(units) ? text : units;
    } else if (field.kind === 'integer' || field.kind === 'ref') {
      input[key] = /^-?\d+$/.test(text) ? Number(text) : text;
    } else input[key] = text;
  }
  return input;
}
