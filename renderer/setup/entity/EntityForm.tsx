import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiName } from '../../../electron/contract';
import type { EntityDef } from '../../../electron/contract/entity';
import type { ApiError } from '../../../electron/contract/result';
import { call } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { currentLanguage } from '../../i18n';
import { draftOf, inputOf, type Draft } from './draft';
import { EntityPage } from './EntityPage';
import { FieldInput } from './FieldInput';
import { childrenOf, displayValue, labelsOf } from './labels';

export type EntityRow = Record<string, unknown> & { id: number; version: number; refLabels: Record<string, string | null> };

interface Props {
  def: EntityDef;
  row: EntityRow | null;
  /** Parent field fixed to the parent's id when editing a child inside its parent. */
  fixed: Record<string, number>;
  onSaved: (row: EntityRow) => void;
  /** The stored record replaced a stale one in the form (after a conflict). */
  onReloaded: (row: EntityRow | null) => void;
  onDeleted: () => void;
  onClose: () => void;
  /** Extra buttons for a saved record (copy, create orders …), next to Save and Close. */
  actions?: (row: EntityRow) => ReactNode;
}

/** Create or edit one record; the stored version goes back with the save so stale edits are refused. */
export function EntityForm({ def, row, fixed, onSaved, onReloaded, onDeleted, onClose, actions }: Props) {
  const { t } = useTranslation();
  const labels = labelsOf(def);
  const [draft, setDraft] = useState<Draft>(() => draftOf(def, row, currentLanguage(), fixed));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const invalid = new Set((error?.details.issues ?? []).map((i) => i.field));
  const title = row ? `${labels.fields[def.labelField] ?? ''}: ${displayValue(def, def.labelField, row, t('form.yes'))}` : labels.create;

  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const input = { ...inputOf(def, draft), ...fixed };
    const result = row
      ? await call(`${def.name}.update` as ApiName, { ...input, id: row.id, version: row.version } as never)
      : await call(`${def.name}.create` as ApiName, input as never);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    onSaved(result.value as unknown as EntityRow);
  }

  async function reload() {
    if (!row) return;
    const result = await call(`${def.name}.get` as ApiName, { id: row.id } as never);
    onReloaded(result.ok ? (result.value as unknown as EntityRow) : null);
  }

  async function remove() {
    if (!row) return;
    setConfirmDelete(false);
    const result = await call(`${def.name}.delete` as ApiName, { id: row.id, version: row.version } as never);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onDeleted();
  }

  return (
    <div className="record-pane">
      <form className="record-form" aria-label={title} onSubmit={(e) => void save(e)} noValidate>
        <h2>{title}</h2>
        <div className="form-grid">
          {Object.entries(def.fields)
            .filter(([key]) => !(key in fixed))
            .map(([key, field]) => (
              <FieldInput
                key={key}
                def={def}
                name={key}
                field={field}
                value={draft[key] ?? ''}
                filterValue={field.filterBy ? draft[field.filterBy] : undefined}
                invalid={invalid.has(key)}
                onChange={(value) => setDraft((d) => ({ ...d, [key]: value }))}
              />
            ))}
        </div>
        <ErrorNotice error={error} onReload={() => void reload()} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('form.saving') : t('form.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('form.close')}
          </button>
          {row && actions?.(row)}
          {row && (
            <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
              {t('form.delete')}
            </button>
          )}
        </div>
        {confirmDelete && row && (
          <div className="confirm" role="alertdialog" aria-label={t('form.delete')}>
            <p>{t('form.deleteConfirm', { name: title })}</p>
            <button type="button" className="danger" onClick={() => void remove()}>
              {t('form.yes')}
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              {t('form.no')}
            </button>
          </div>
        )}
      </form>
      {row &&
        childrenOf(def).map((child) => (
          <section key={child.name} className="child-section" aria-label={labelsOf(child).title}>
            <h3>{labelsOf(child).title}</h3>
            <EntityPage def={child} parent={{ field: child.parent ?? '', id: row.id }} />
          </section>
        ))}
    </div>
  );
}
