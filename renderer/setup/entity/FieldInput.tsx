import type { EntityDef } from '../../../electron/contract/entity';
import type { FieldSpec } from '../../../electron/contract/fields';
import { RefSelect } from './RefSelect';
import { enumLabel, fieldLabelOf, formatInstant } from './labels';

/** Form text per field kind; money and hours are edited as decimal text and sent as integers. */
export type DraftValue = string | boolean;

interface Props {
  def: EntityDef;
  name: string;
  field: FieldSpec;
  value: DraftValue;
  /** Value of the field this one is narrowed by (a site list by the chosen customer). */
  filterValue?: DraftValue;
  invalid: boolean;
  onChange: (value: DraftValue) => void;
}

export function FieldInput({ def, name, field, value, filterValue, invalid, onChange }: Props) {
  const label = fieldLabelOf(def, name);
  const common = { name, 'aria-invalid': invalid ? true : undefined, required: field.required || undefined } as const;
  if (field.kind === 'boolean') {
    return (
      <label className="checkbox">
        <input type="checkbox" name={name} checked={value === true} onChange={(e) => onChange(e.target.checked)} />
        {label}
      </label>
    );
  }
  const text = typeof value === 'string' ? value : '';
  let control;
  switch (field.kind) {
    case 'textarea':
      control = <textarea {...common} rows={3} value={text} onChange={(e) => onChange(e.target.value)} />;
      break;
    case 'enum':
      control = (
        // Named by aria-label: a wrapping label's name would include every option's text.
        <select {...common} aria-label={label} value={text} onChange={(e) => onChange(e.target.value)}>
          {(field.options ?? []).map((o) => (
            <option key={o} value={o}>
              {enumLabel(def, field.enumName, o)}
            </option>
          ))}
        </select>
      );
      break;
    case 'ref':
      control = (
        <RefSelect
          {...common}
          label={label}
          entity={field.ref ?? ''}
          value={text}
          optional={!field.required}
          filter={field.filterBy && typeof filterValue === 'string' && filterValue !== '' ? { key: field.filterBy, id: Number(filterValue) } : undefined}
          onChange={onChange}
        />
      );
      break;
    case 'date':
      control = <input {...common} type="date" value={text} onChange={(e) => onChange(e.target.value)} />;
      break;
    case 'instant':
      control = <input name={name} readOnly value={text === '' ? '' : formatInstant(text)} />;
      break;
    case 'time':
      control = <input {...common} type="time" value={text} onChange={(e) => onChange(e.target.value)} />;
      break;
    case 'integer':
    case 'money':
    case 'hours':
    case 'percent':
      control = <input {...common} inputMode="decimal" value={text} onChange={(e) => onChange(e.target.value)} />;
      break;
    default:
      control = <input {...common} value={text} onChange={(e) => onChange(e.target.value)} />;
  }
  return (
    <label className={field.kind === 'textarea' ? 'wide' : undefined}>
      {label}
      {control}
    </label>
  );
}
