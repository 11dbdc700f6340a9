import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../electron/contract/orders';
import type { PostedTransaction } from '../../electron/contract/posting';
import type { ApiError } from '../../electron/contract/result';
import { call } from '../api/client';
import { formatDecimal } from '../components/decimal';
import { Notice } from '../components/Notice';
import { currentLanguage, useErrorText } from '../i18n';

/** Today in the user's time zone, the posting date a user means by default. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Posting on the order page: post all open lines or the ticked ones on a posting date, and the
 * order's journal with a Reverse button for every transaction that can still be reversed. After
 * each write the page reloads the order (its version, progress and line statuses change).
 */
export function PostingSection({ order, onChanged }: { order: OrderDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const errorText = useErrorText();
  const [postingDate, setPostingDate] = useState(localToday);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [journal, setJournal] = useState<PostedTransaction[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const open = order.lines.filter((l) => l.status === 'created');

  // Read again whenever the order's version moves: every posting and reversal bumps it.
  useEffect(() => {
    let live = true;
    void call('postings.list', { orderId: order.id }).then((result) => {
      if (!live) return;
      if (result.ok) setJournal(result.value.rows);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [order.id, order.version]);

  async function post(lineIds: number[] | undefined) {
    setBusy(true);
    setError(null);
    setDone('');
    const result = await call('postings.postOrder', { orderId: order.id, version: order.version, postingDate, ...(lineIds ? { lineIds } : {}) });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setChosen(new Set());
    setDone(t('posting.posted', { count: result.value.lines }));
    onChanged();
  }

  async function reverse(transactionId: number) {
    setBusy(true);
    setError(null);
    setDone('');
    const result = await call('postings.reverse', { transactionId });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setDone(t('posting.reversed'));
    onChanged();
  }

  const toggle = (id: number, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const money = (cents: number) => formatDecimal(cents, 2, lang);

  return (
    <section className="panel" aria-labelledby="order-posting">
      <h2 id="order-posting">{t('posting.title')}</h2>
      {error && <Notice kind="error">{errorText(error)}</Notice>}
      <Notice kind="success">{done}</Notice>
      {open.length > 0 ? (
        <>
          <table className="data-table">
            <caption className="visually-hidden">{t('posting.openLines')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('posting.choose')}</th>
                <th scope="col">{t('posting.line')}</th>
                <th scope="col">{t('posting.type')}</th>
                <th scope="col">{t('orders.description')}</th>
                <th scope="col">{t('posting.quantity')}</th>
              </tr>
            </thead>
            <tbody>
              {open.map((l) => (
                <tr key={l.id}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('posting.chooseLine', { line: l.lineNo })}
                      checked={chosen.has(l.id)}
                      onChange={(e) => toggle(l.id, e.target.checked)}
                    />
                  </td>
                  <td>{l.lineNo}</td>
                  <td>{t(`posting.types.${l.transactionType}`)}</td>
                  <td>{l.description}</td>
                  <td>{formatDecimal(l.quantityX100, 2, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="toolbar">
            <label>
              {t('posting.postingDate')}
              <input type="date" value={postingDate} onChange={(e) => setPostingDate(e.target.value)} />
            </label>
            <button type="button" className="primary" disabled={busy} onClick={() => void post(undefined)}>
              {t('posting.postAll')}
            </button>
            <button type="button" disabled={busy || chosen.size === 0} onClick={() => void post([...chosen])}>
              {t('posting.postSelected')}
            </button>
          </div>
        </>
      ) : (
        <p className="help">{t('posting.nothingOpen')}</p>
      )}
      <h3>{t('posting.journal')}</h3>
      {journal.length === 0 ? (
        <p className="help">{t('posting.emptyJournal')}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('posting.journal')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('posting.line')}</th>
              <th scope="col">{t('posting.postingDate')}</th>
              <th scope="col">{t('posting.quantity')}</th>
              <th scope="col">{t('posting.cost')}</th>
              <th scope="col">{t('posting.sales')}</th>
              <th scope="col">{t('posting.taxRate')}</th>
              <th scope="col">{t('posting.tax')}</th>
              <th scope="col">{t('posting.postedBy')}</th>
              <th scope="col">{t('posting.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {journal.map((tx) => (
              <tr key={tx.id}>
                <td>
                  {tx.lineNo} {tx.description}
                </td>
                <td>{tx.postingDate}</td>
                <td>{formatDecimal(tx.quantityX100, 2, lang)}</td>
                <td>{money(tx.costAmountCents)}</td>
                <td>{money(tx.salesAmountCents)}</td>
                <td>{tx.taxGroupCode ? `${tx.taxGroupCode} ${formatDecimal(tx.taxRateX100, 2, lang)} %` : '—'}</td>
                <td>{money(tx.taxAmountCents)}</td>
                <td>{tx.postedBy}</td>
                <td>
                  {tx.reversesId !== null ? (
                    t('posting.isReversal')
                  ) : tx.reversedById !== null ? (
                    t('posting.wasReversed')
                  ) : (
                    <button type="button" disabled={busy} aria-label={t('posting.reverseLine', { line: tx.lineNo })} onClick={() => void reverse(tx.id)}>
                      {t('posting.reverse')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
