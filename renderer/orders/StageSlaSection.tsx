import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageLogEntry, StageOption, StageOptions } from '../../electron/contract/order-stages';
import type { OrderDetail } from '../../electron/contract/orders';
import type { ApiError } from '../../electron/contract/result';
import { call } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { RefSelect } from '../setup/entity/RefSelect';
import { formatLocal } from './sla-time';
import { SlaClockPanel } from './SlaClockPanel';

type Ref = { code: string; name: string } | null;
const refText = (r: Ref) => (r ? `${r.code} — ${r.name}` : '—');

interface Move {
  direction: 'next' | 'previous';
  choices: StageOption[];
}

/** The stage dialog: which stage (when the tree branches), a reason (when the stage asks) and a note. */
function StageMoveForm({ move, orderId, version, onDone, onCancel, onReload }: {
  move: Move;
  orderId: number;
  version: number;
  onDone: () => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [toStageId, setToStageId] = useState(String(move.choices[0]?.id ?? ''));
  const [reasonId, setReasonId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const target = move.choices.find((s) => String(s.id) === toStageId);
  const title = t(move.direction === 'next' ? 'stageSla.nextTitle' : 'stageSla.previousTitle');

  async function submit(e: FormEvent) {
    e.preventDefault();
    // An empty reason is sent as missing, so the main process names the field when the stage needs one.
    const result = await call('orders.changeStage', { orderId, version, toStageId: Number(toStageId), note, ...(reasonId ? { reasonId: Number(reasonId) } : {}) });
    if (!result.ok) return setError(result.error);
    onDone();
  }

  return (
    <form className="record-form" aria-label={title} onSubmit={(e) => void submit(e)} noValidate>
      <h3>{title}</h3>
      <div className="form-grid">
        {move.choices.length > 1 && (
          <label>
            {t('stageSla.toStage')}
            <select name="toStageId" value={toStageId} onChange={(e) => setToStageId(e.target.value)}>
              {move.choices.map((s) => (
                <option key={s.id} value={String(s.id)}>{`${s.code} — ${s.name}`}</option>
              ))}
            </select>
          </label>
        )}
        <label>
          {target?.reasonRequired ? t('stageSla.reasonRequired') : t('stageSla.reason')}
          <RefSelect entity="reasonCodes" label={t('stageSla.reason')} name="reasonId" optional={!target?.reasonRequired} value={reasonId} onChange={setReasonId} />
        </label>
        <label className="wide">
          {t('stageSla.note')}
          <textarea name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      <ErrorNotice error={error} onReload={onReload} />
      <div className="actions">
        <button type="submit" className="primary">
          {t('stageSla.changeStage')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('stageSla.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * "Stage and SLA" on the order page: the current stage with Next / Previous, the stage history, and
 * the SLA clock. Every change bumps the order's version, so `onChanged` reloads the order (and with
 * it this section and the header form).
 */
export function StageSlaSection({ order, onChanged }: { order: OrderDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<StageOptions | null>(null);
  const [log, setLog] = useState<StageLogEntry[]>([]);
  const [move, setMove] = useState<Move | null>(null);

  const load = useCallback(() => {
    void call('orders.stageOptions', { orderId: order.id }).then((r) => r.ok && setOptions(r.value));
    void call('orders.stageLog', { orderId: order.id }).then((r) => r.ok && setLog(r.value));
  }, [order.id]);
  useEffect(load, [load, order.version]);

  const done = () => {
    setMove(null);
    onChanged();
  };

  return (
    <section className="panel" aria-labelledby="order-stage-sla">
      <h2 id="order-stage-sla">{t('stageSla.title')}</h2>
      <p>
        {t('stageSla.current')}: <strong>{refText(options?.current ?? null)}</strong>
      </p>
      <div className="actions">
        <button type="button" disabled={!options || options.next.length === 0} onClick={() => options && setMove({ direction: 'next', choices: options.next })}>
          {t('stageSla.next')}
        </button>
        <button
          type="button"
          disabled={!options?.previous}
          onClick={() => options?.previous && setMove({ direction: 'previous', choices: [options.previous] })}
        >
          {t('stageSla.previous')}
        </button>
      </div>
      {move && options && (
        <StageMoveForm key={move.direction} move={move} orderId={order.id} version={options.version} onDone={done} onCancel={() => setMove(null)} onReload={done} />
      )}
      <h3>{t('stageSla.history')}</h3>
      {log.length === 0 ? (
        <p>{t('stageSla.noHistory')}</p>
      ) : (
        <table aria-label={t('stageSla.history')}>
          <thead>
            <tr>
              <th>{t('stageSla.when')}</th>
              <th>{t('stageSla.from')}</th>
              <th>{t('stageSla.to')}</th>
              <th>{t('stageSla.reason')}</th>
              <th>{t('stageSla.note')}</th>
              <th>{t('stageSla.user')}</th>
            </tr>
          </thead>
          <tbody>
            {log.map((entry) => (
              <tr key={entry.id}>
                <td>{formatLocal(entry.changedAt)}</td>
                <td>{refText(entry.from)}</td>
                <td>{refText(entry.to)}</td>
                <td>{refText(entry.reason)}</td>
                <td>{entry.note ?? ''}</td>
                <td>{entry.actor}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SlaClockPanel orderId={order.id} version={order.version} onChanged={onChanged} />
    </section>
  );
}
