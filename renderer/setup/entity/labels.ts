import type { EntityDef, EntityLabels } from '../../../electron/contract/entity';
import type { FieldMap } from '../../../electron/contract/fields';
import { ENTITY_DEFS } from '../../../electron/contract/setup';
import { formatDecimal } from '../../components/decimal';
import { currentLanguage } from '../../i18n';
import { DECIMAL_SCALE } from './scales';

/** Entity labels live with the entity's definition in the contract, in both languages. */
export function labelsOf(def: EntityDef): EntityLabels<FieldMap> {
  return def.labels[currentLanguage()];
}

export function fieldLabelOf(def: EntityDef, field: string): string {
  return labelsOf(def).fields[field] ?? field;
}

export function enumLabel(def: EntityDef, enumName: string | undefined, value: string): string {
  return (enumName && labelsOf(def).enums?.[enumName]?.[value]) || value;
}

/** Entities edited inside this one's form (a worker's skills, hours and absences). */
export function childrenOf(def: EntityDef): EntityDef[] {
  return ENTITY_DEFS.filter((d) => d.parent && d.fields[d.parent]?.ref === def.name);
}

/** A stored value as people read it: the referenced record's label, the enum's name, decimals. */
export function displayValue(
  def: EntityDef,
  key: string,
  row: Record<string, unknown> & { refLabels: Record<string, string | null> },
  yes: string,
): string {
  const field = def.fields[key];
  const value = row[key];
  if (!field || value === null || value === undefined) return '';
  if (field.kind === 'ref') return row.refLabels[key] ?? '';
  if (field.kind === 'enum') return enumLabel(def, field.enumName, String(value));
  if (field.kind === 'boolean') return value ? yes : '';
  if (field.kind === 'instant') return formatInstant(String(value));
  const scale = DECIMAL_SCALE[field.kind];
  return scale !== undefined ? formatDecimal(value as number, scale, currentLanguage()) : String(value);
}

/** A stored UTC instant in the reader's local time and language. */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(currentLanguage() === 'lv' ? 'lv-LV' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(date);
}
