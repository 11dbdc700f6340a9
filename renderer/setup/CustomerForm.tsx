import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../electron/contract';
import type { Customer } from '../../electron/contract/customers';
import type { ApiError } from '../../electron/contract/result';
import { call } from '../api/client';
import type { EntityDef } from '../../electron/contract/entity';
import { contactsEntity, sitesEntity } from '../../electron/contract/setup/sites';
import { EntityPage } from './entity/EntityPage';
import { labelsOf } from './entity/labels';
import { ErrorNotice } from '../components/ErrorNotice';

type Draft = Required<Omit<ApiInput<'customers.create'>, 'active' | 'language'>> & { active: boolean; language: 'lv' | 'en' };

/** Edited inside the customer's form once it is saved. */
const CHILDREN = [sitesEntity, contactsEntity] as unknown as EntityDef[];

const TEXT_FIELDS = ['code', 'name', 'regNo', 'vatNo', 'billingAddress', 'city', 'postcode', 'country', 'phone', 'email', 'priceGroup'] as const;

function draftOf(c: Customer | null): Draft {
  return {
    code: c?.code ?? '',
    name: c?.name ?? '',
    regNo: c?.regNo ?? '',
    vatNo: c?.vatNo ?? '',
    billingAddress: c?.billingAddress ?? '',
    city: c?.city ?? '',
    postcode: c?.postcode ?? '',
    country: c?.country ?? 'LV',
    phone: c?.phone ?? '',
    email: c?.email ?? '',
    priceGroup: c?.priceGroup ?? '',
    notes: c?.notes ?? '',
    language: c?.language ?? 'lv',
    active: c?.active ?? true,
  };
}

interface Props {
  customer: Customer | null;
  onSaved: (saved: Customer) => void;
  /** The stored customer replaced a stale one in the form (after a conflict); null when it is gone. */
  onReloaded: (fresh: Customer | null) => void;
  onDeleted: () => void;
  onClose: () => void;
}

/** Create or edit one customer; the stored version goes back with every save so stale edits are refused. */
export function CustomerForm({ customer, onSaved, onReloaded, onDeleted, onClose }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(customer));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const invalid = new Set((error?.details.issues ?? []).map((i) => i.field));

  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const result = customer
      ? await call('customers.update', { ...draft, id: customer.id, version: customer.version })
      : await call('customers.create', draft);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    onSaved(result.value);
  }

  async function reload() {
    if (!customer) return;
    const result = await call('customers.get', { id: customer.id });
    onReloaded(result.ok ? result.value : null);
  }

  async function remove() {
    if (!customer) return;
    setConfirmDelete(false);
    const result = await call('customers.delete', { id: customer.id, version: customer.version });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onDeleted();
  }

  const title = customer ? t('customers.edit', { code: customer.code }) : t('customers.new');
  return (
    <div className="record-pane">
      <form className="record-form" aria-label={title} onSubmit={(e) => void save(e)} noValidate>
        <h2>{title}</h2>
        <div className="form-grid">
          {TEXT_FIELDS.map((field) => (
            <label key={field}>
              {t(`customers.${field}`)}
              <input
                name={field}
                value={draft[field] ?? ''}
                onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
                aria-invalid={invalid.has(field) ? true : undefined}
                aria-describedby={field === 'code' ? 'code-help' : undefined}
              />
              {field === 'code' && !customer && (
                <small id="code-help" className="help">
                  {t('customers.codeHelp')}
                </small>
              )}
            </label>
          ))}
          <label>
            {t('customers.language')}
            <select value={draft.language} onChange={(e) => setDraft({ ...draft, language: e.target.value as 'lv' | 'en' })}>
              <option value="lv">{t('settings.languageLv')}</option>
              <option value="en">{t('settings.languageEn')}</option>
            </select>
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={draft.active} onChange={(e) => setDraft({ ...draft, active: e.target.checked })} />
            {t('customers.active')}
          </label>
          <label className="wide">
            {t('customers.notes')}
            <textarea value={draft.notes ?? ''} rows={3} onChange={(e) => setDraft({ ...draft, notes: e.target.value })} />
          </label>
        </div>
        <ErrorNotice error={error} onReload={() => void reload()} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('form.saving') : t('form.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('form.close')}
          </button>
          {customer && (
            <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
              {t('form.delete')}
            </button>
          )}
        </div>
        {confirmDelete && customer && (
          <div className="confirm" role="alertdialog" aria-label={t('form.delete')}>
            <p>{t('form.deleteConfirm', { name: customer.name })}</p>
            <button type="button" className="danger" onClick={() => void remove()}>
              {t('form.yes')}
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              {t('form.no')}
            </button>
          </div>
        )}
      </form>
      {customer &&
        CHILDREN.map((child) => (
          <section key={child.name} className="child-section" aria-label={labelsOf(child).title}>
            <h3>{labelsOf(child).title}</h3>
            <EntityPage def={child} parent={{ field: 'customerId', id: customer.id }} />
          </section>
        ))}
    </div>
  );
}
