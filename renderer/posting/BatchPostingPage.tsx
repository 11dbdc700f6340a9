import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TRANSACTION_TYPES } from '../../electron/contract/generation';
import type { PostingBatchSummary } from '../../electron/contract/posting';
import { JobProgressBar } from '../components/JobProgressBar';
import { Notice } from '../components/Notice';
import { useErrorText } from '../i18n';
import { localToday } from '../orders/PostingSection';
import { href } from '../shell/router';
import { useBatchPosting, type BatchView } from './useBatchPosting';

type TransactionType = (typeof TRANSACTION_TYPES)[number];

/** The current calendar month: the period whose finished work is usually posted at its end. */
function thisMonth(): { from: string; to: string } {
  const today = localToday();
  const [y, m] = today.split('-').map(Number) as [number, number];
  const last = new Date(y, m, 0).getDate();
  return { from: `${today.slice(0, 8)}01`, to: `${today.slice(0, 8)}${String(last).padStart(2, '0')}` };
}

/**
 * "Post service orders" (#/orders/post): period of service dates, transaction types and posting
 * date; the run is a background job with progress and Cancel (a cancelled run posts nothing).
 */
export function BatchPostingPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [period, setPeriod] = useState(thisMonth);
  const [postingDate, setPostingDate] = useState(localToday);
  const [types, setTypes] = useState<Set<TransactionType>>(() => new Set(TRANSACTION_TYPES));
  const job = useBatchPosting();
  const running = job.view.phase === 'running';

  function submit(e: FormEvent) {
    e.preventDefault();
    void job.start({ from: period.from, to: period.to, postingDate, transactionTypes: [...types] });
  }
  const toggle = (type: TransactionType, on: boolean) =>
    setTypes((current) => {
      const next = new Set(current);
      if (on) next.add(type);
      else next.delete(type);
      return next;
    });

  return (
    <section className="page posting" aria-labelledby="page-title">
      <h1 id="page-title">{t('posting.batchTitle')}</h1>
      <p>
        <a href={href('orders')}>{t('orders.back')}</a>
      </p>
      <p className="help">{t('posting.batchHelp')}</p>
      <form onSubmit={submit} noValidate>
        <fieldset disabled={running} style={{ border: 0, padding: 0, margin: 0 }}>
          <div className="form-grid">
            <label>
              {t('posting.from')}
              <input type="date" value={period.from} onChange={(e) => setPeriod((p) => ({ ...p, from: e.target.value }))} />
            </label>
            <label>
              {t('posting.to')}
              <input type="date" value={period.to} onChange={(e) => setPeriod((p) => ({ ...p, to: e.target.value }))} />
            </label>
            <label>
              {t('posting.postingDate')}
              <input type="date" value={postingDate} onChange={(e) => setPostingDate(e.target.value)} />
            </label>
          </div>
          <fieldset>
            <legend>{t('posting.transactionTypes')}</legend>
            {TRANSACTION_TYPES.map((type) => (
              <label key={type} style={{ marginRight: '1rem' }}>
                <input type="checkbox" checked={types.has(type)} onChange={(e) => toggle(type, e.target.checked)} /> {t(`posting.types.${type}`)}
              </label>
            ))}
          </fieldset>
          <div className="toolbar">
            <button type="submit" className="primary">
              {t('posting.start')}
            </button>
          </div>
        </fieldset>
        {running && (
          <button type="button" disabled={job.view.phase === 'running' && job.view.cancelling} onClick={() => void job.cancel()}>
            {t('posting.cancel')}
          </button>
        )}
      </form>
      {job.refusal && <Notice kind="error">{errorText(job.refusal)}</Notice>}
      <BatchProgress view={job.view} />
    </section>
  );
}

function BatchProgress({ view }: { view: BatchView }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (view.phase === 'running') {
    return (
      <JobProgressBar
        label={t('posting.progress')}
        done={view.done}
        total={view.total}
        text={view.cancelling ? t('posting.cancelling') : t('posting.running', { done: view.done, total: view.total })}
      />
    );
  }
  if (view.phase === 'done') return <BatchSummary summary={view.summary} />;
  if (view.phase === 'cancelled') return <Notice kind="info">{t('posting.cancelled')}</Notice>;
  if (view.phase === 'failed') return <Notice kind="error">{errorText(view.error)}</Notice>;
  return null;
}

function BatchSummary({ summary }: { summary: PostingBatchSummary }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('posting.summary')}>
      <Notice kind="success">
        {t('posting.summaryText', { orders: summary.ordersPosted, lines: summary.linesPosted, considered: summary.ordersConsidered })}
      </Notice>
      <ul>
        {(['stage', 'unsigned', 'no_tax_rate'] as const).map((reason) => (
          <li key={reason}>{t(`posting.skip.${reason}`, { count: summary.skipped[reason] })}</li>
        ))}
      </ul>
      {summary.posted.length > 0 && (
        <table className="data-table">
          <caption>{t('posting.postedOrders')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('orders.number')}</th>
              <th scope="col">{t('posting.linesPosted')}</th>
              <th scope="col">{t('orders.progress')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.posted.map((o) => (
              <tr key={o.orderId}>
                <td>
                  <a href={href('orders', String(o.orderId))}>{o.number}</a>
                </td>
                <td>{o.lines}</td>
                <td>{t(`orders.progressNames.${o.progress}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summary.skippedOrders.length > 0 && (
        <table className="data-table">
          <caption>{t('posting.skippedOrders')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('orders.number')}</th>
              <th scope="col">{t('posting.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.skippedOrders.map((o) => (
              <tr key={o.orderId}>
                <td>
                  <a href={href('orders', String(o.orderId))}>{o.number}</a>
                </td>
                <td>{t(`posting.skipReason.${o.reason}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
