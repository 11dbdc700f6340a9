import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityDef } from '../../electron/contract/entity';
import { orderHeaderEntity } from '../../electron/contract/order-entities';
import type { OrderDetail } from '../../electron/contract/orders';
import type { ApiError } from '../../electron/contract/result';
import { call } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { Notice } from '../components/Notice';
import { currentLanguage } from '../i18n';
import { draftOf, inputOf, type Draft } from '../setup/entity/draft';
import { FieldInput } from '../setup/entity/FieldInput';
import { labelsOf } from '../setup/entity/labels';

const def = orderHeaderEntity as unknown as EntityDef;

/** The header as the form's fields hold it: references by id, as the entity definition names them. */
function rowOf(o: OrderDetail): Record<string, unknown> {
  return {
    description: o.description,
    customerId: o.customer.id,
    siteId: o.site?.id ?? null,
    agreementId: o.agreement?.id ?? null,
    serviceObjectId: o.serviceObject?.id ?? null,
    priority: o.priority,
    preferredDate: o.preferredDate,
    preferredStartTime: o.preferredStartTime,
    preferredEndTime: o.preferredEndTime,
    responsibleWorkerId: o.responsibleWorker?.id ?? null,
    preferredWorkerId: o.preferredWorker?.id ?? null,
    slaId: o.sla?.id ?? null,
    serviceAddress: o.serviceAddress,
    serviceCity: o.serviceCity,
  };
}

interface Props {
  /** Null: a new order. */
  order: OrderDetail | null;
  onSaved: (order: OrderDetail) => void;
  /** After a conflict: load the stored order into the page again. */
  onReload?: () => void;
}

/**
 * Create or edit a service order's header. The fields, their labels and their parsing come from
 * the header entity, so the form and the main process agree; the stored version goes back with the
 * save so a stale edit is refused.
 */
export function OrderHeaderForm({ order, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(def, order ? rowOf(order) : null, currentLanguage()));
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const invalid = new Set((error?.details.issues ?? []).map((i) => i.field));
  const title = order ? t('orders.header') : labelsOf(def).create;

  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setSaved(false);
    const input = inputOf(def, draft);
    const result = order
      ? await call('orders.update', { ...input, id: order.id, version: order.version } as never)
      : await call('orders.create', input as never);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setSaved(true);
    onSaved(result.value);
  }

  return (
    <form className="record-form panel" aria-label={title} onSubmit={(e) => void save(e)} noValidate>
      <h2>{title}</h2>
      <div className="form-grid">
        {Object.entries(def.fields).map(([key, field]) => (
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
      <ErrorNotice error={error} {...(onReload ? { onReload } : {})} />
      {saved && <Notice kind="success">{t('form.saved')}</Notice>}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('form.saving') : t('form.save')}
        </button>
      </div>
    </form>
  );
}
