import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiName } from '../../../electron/contract';
import { call } from '../../api/client';

interface Option {
  id: number;
  label: string;
}

interface Props {
  entity: string;
  label: string;
  name: string;
  value: string;
  optional: boolean;
  /** Only records whose ref field `key` is `id` (sites of the chosen customer). */
  filter?: { key: string; id: number };
  onChange: (value: string) => void;
  'aria-invalid'?: true;
}

const LIMIT = 200;

/**
 * A choice of another record, loaded through that entity's list call. Long lists (customers) get a
 * search box; the current value stays selectable even when it is not among the matches.
 */
export function RefSelect({ entity, label, name, value, optional, filter, onChange, ...aria }: Props) {
  const filterKey = filter?.key;
  const filterId = filter?.id;
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [total, setTotal] = useState(0);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      const narrowed = filterKey !== undefined && filterId !== undefined ? { filter: { [filterKey]: filterId } } : {};
      void call(`${entity}.list` as ApiName, { search, pageSize: LIMIT, includeInactive: true, ...narrowed } as never).then((result) => {
        if (!live || !result.ok) return;
        const page = result.value as unknown as { rows: Record<string, unknown>[]; total: number };
        setTotal(page.total);
        setOptions(
          page.rows.map((r) => ({
            id: r.id as number,
            label: [r.code, r.name ?? r.description].filter((x) => typeof x === 'string' && x !== '').join(' — ') || String(r.id),
          })),
        );
      });
    }, search ? 250 : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [entity, search, filterKey, filterId]);

  return (
    <span className="ref-select">
      {(total > LIMIT || search) && (
        <input type="search" aria-label={t('list.search')} placeholder={t('list.searchPlaceholder')} value={search} onChange={(e) => setSearch(e.target.value)} />
      )}
      <select name={name} aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} {...aria}>
        <option value="">{optional ? '—' : t('form.choose')}</option>
        {value !== '' && !options.some((o) => String(o.id) === value) && <option value={value}>#{value}</option>}
        {options.map((o) => (
          <option key={o.id} value={String(o.id)}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}
