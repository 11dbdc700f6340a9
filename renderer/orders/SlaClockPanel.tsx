import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaStatusOut } from '../../electron/contract/order-stages';
import type { ApiError } from '../../electron/contract/result';
import { call } from '../api/client';
import { formatDecimal } from '../components/decimal';
import { ErrorNotice } from '../components/ErrorNotice';
import { currentLanguage } from '../i18n';
import { RefSelect } from '../setup/entity/RefSelect';
import { formatLocal, formatMinutes, inputToIso, localInputNow } from './sla-time';

type Action = 'stop' | 'start' | 'cancel';
const CALLS = { stop: 'orders.slaStop', start: 'orders.slaStart', cancel: 'orders.slaCancel' } as const;

/** The order's SLA clock: target, deadline, elapsed, compliance and state, and Stop / Start / Cancel at a chosen time. */
export function SlaClockPanel({ orderId, version, onChanged }: { orderId: number; version: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  // undefined: loading; null: the order has no SLA.
  const [status, setStatus] = useState<SlaStatusOut | null | undefined>(undefined);
  const [action, setAction] = useState<Action | null>(null);
  const [when, setWhen] = useState(localInputNow());
  const [reasonId, setReasonId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(() => {
    void call('orders.slaStatus', { orderId }).then((r) => r.ok && setStatus(r.value));
  }, [orderId]);
  useEffect(load, [load, version]);

  if (status === undefined) return null;
  if (status === null) return <p>{t('stageSla.noSla')}</p>;

  const open = (a: Action) => {
    setAction(a);
    setWhen(localInputNow());
    setReasonId('');
    setNote('');
    setError(null);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!action || !status) return;
    const base = { orderId, version: status.version, at: inputToIso(when) };
    const extra = action === 'start' ? {} : { note, ...(reasonId ? { reasonId: Number(reasonId) } : {}) };
    const result = await call(CALLS[action], { ...base, ...extra } as never);
    if (!result.ok) return setError(result.error);
    setAction(null);
    onChanged();
  }

  const facts: [string, string][] = [
    [t('stageSla.sla'), `${status.sla.code} — ${status.sla.name}`],
    [t('stageSla.calendar'), status.calendar ? `${status.calendar.code} — ${status.calendar.name}` : t('stageSla.calendarTime')],
    [t('stageSla.target'), formatMinutes(status.targetMinutes, lang)],
    [t('stageSla.started'), formatLocal(status.startTime)],
    [t('stageSla.deadline'), formatLocal(status.deadline)],
    [t('stageSla.elapsed'), formatMinutes(status.elapsedMinutes, lang)],
    [t('stageSla.state'), t(`stageSla.states.${status.state}`)],
  ];
  const compliance = `${formatDecimal(status.compliancePercent, 2, lang)} %`;

  return (
    <div aria-label={t('stageSla.clock')} role="group">
      <h3>{t('stageSla.clock')}</h3>
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <dt>{t('stageSla.compliance')}</dt>
        <dd>
          {status.breached ? (
            <strong className="sla-breached" style={{ color: '#b42318' }} title={t('stageSla.breached')}>
              {compliance} ⚠ {t('stageSla.breached')}
            </strong>
          ) : (
            compliance
          )}
        </dd>
      </dl>
      <div className="actions">
        {status.state === 'running' && <button type="button" onClick={() => open('stop')}>{t('stageSla.stop')}</button>}
        {status.state === 'stopped' && <button type="button" onClick={() => open('start')}>{t('stageSla.start')}</button>}
        {(status.state === 'running' || status.state === 'stopped') && (
          <button type="button" onClick={() => open('cancel')}>
            {t('stageSla.cancelClock')}
          </button>
        )}
      </div>
      {action && (
        <form className="record-form" aria-label={t(`stageSla.actionTitles.${action}`)} onSubmit={(e) => void submit(e)} noValidate>
          <h3>{t(`stageSla.actionTitles.${action}`)}</h3>
          <div className="form-grid">
            <label>
              {t('stageSla.at')}
              <input type="datetime-local" step={1} name="at" value={when} onChange={(e) => setWhen(e.target.value)} />
            </label>
            {action !== 'start' && (
              <>
                <label>
                  {t('stageSla.reason')}
                  <RefSelect entity="reasonCodes" label={t('stageSla.reason')} name="reasonId" optional value={reasonId} onChange={setReasonId} />
                </label>
                <label className="wide">
                  {t('stageSla.note')}
                  <textarea name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
                </label>
              </>
            )}
          </div>
          <ErrorNotice error={error} onReload={onChanged} />
          <div className="actions">
            <button type="submit" className="primary">
              {t(`stageSla.actions.${action}`)}
            </button>
            <button type="button" onClick={() => setAction(null)}>
              {t('stageSla.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
