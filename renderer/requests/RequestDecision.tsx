import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestRow } from '../../electron/contract/requests';
import type { ApiError } from '../../electron/contract/result';
import { call } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { RefSelect } from '../setup/entity/RefSelect';
import { href } from '../shell/router';

export interface Decision {
  kind: 'convert' | 'reject';
  request: RequestRow;
}

/**
 * Beside Save in the request's form: for an open request the two ways to close it, for a closed
 * one what became of it (the order, or the reason it was rejected).
 */
export function RequestOutcome({ request, onDecide }: { request: RequestRow; onDecide: (kind: Decision['kind']) => void }) {
  const { t } = useTranslation();
  if (request.status === 'converted' && request.orderId !== null) {
    return <a href={href('orders', String(request.orderId))}>{t('requests.openOrder', { number: request.orderNumber ?? '' })}</a>;
  }
  if (request.status === 'rejected') {
    const reason = [request.rejectReasonLabel, request.rejectNote].filter(Boolean).join(' — ');
    return <span>{t('requests.rejectedBecause', { reason })}</span>;
  }
  return (
    <>
      <button type="button" onClick={() => onDecide('convert')}>
        {t('requests.convert')}
      </button>
      <button type="button" onClick={() => onDecide('reject')}>
        {t('requests.reject')}
      </button>
    </>
  );
}

interface Props {
  decision: Decision;
  /** Written: the page says what happened (with the new order, if one was made) and reloads. */
  onDone: (message: string, order?: { id: number; number: string }) => void;
  onCancel: () => void;
}

/** Converting (with an optional agreement of the request's customer) or rejecting (with a reason). */
export function RequestDecision({ decision, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const { kind, request } = decision;
  const [agreementId, setAgreementId] = useState('');
  const [reasonId, setReasonId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const title = t(kind === 'convert' ? 'requests.convertTitle' : 'requests.rejectTitle', { number: request.number ?? '' });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const base = { id: request.id, version: request.version };
    if (kind === 'convert') {
      const result = await call('requests.convert', { ...base, ...(agreementId ? { agreementId: Number(agreementId) } : {}) });
      setBusy(false);
      if (!result.ok) return setError(result.error);
      onDone(t('requests.converted', { number: result.value.orderNumber }), { id: result.value.orderId, number: result.value.orderNumber });
    } else {
      // An empty reason is sent as missing, so the main process names the field in its refusal.
      const result = await call('requests.reject', { ...base, ...(reasonId ? { reasonId: Number(reasonId) } : {}), note } as never);
      setBusy(false);
      if (!result.ok) return setError(result.error);
      onDone(t('requests.rejected', { number: request.number ?? '' }));
    }
  }

  return (
    <form className="record-form" aria-label={title} onSubmit={(e) => void submit(e)} noValidate>
      <h2>{title}</h2>
      <div className="form-grid">
        {kind === 'convert' ? (
          <label>
            {t('requests.agreement')}
            <RefSelect
              entity="agreements"
              label={t('requests.agreement')}
              name="agreementId"
              optional
              value={agreementId}
              filter={{ key: 'customerId', id: request.customerId }}
              onChange={setAgreementId}
            />
          </label>
        ) : (
          <>
            <label>
              {t('requests.reason')}
              <RefSelect entity="reasonCodes" label={t('requests.reason')} name="reasonId" optional={false} value={reasonId} onChange={setReasonId} />
            </label>
            <label className="wide">
              {t('requests.note')}
              <textarea name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
            </label>
          </>
        )}
      </div>
      <ErrorNotice error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {kind === 'convert' ? t('requests.createOrder') : t('requests.rejectNow')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('requests.cancel')}
        </button>
      </div>
    </form>
  );
}
