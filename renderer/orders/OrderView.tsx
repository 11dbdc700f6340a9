import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../electron/contract/orders';
import type { ApiError } from '../../electron/contract/result';
import { call } from '../api/client';
import { formatDecimal } from '../components/decimal';
import { Notice } from '../components/Notice';
import { currentLanguage, useErrorText } from '../i18n';
import { href } from '../shell/router';

type Ref = { code: string; name: string } | null;
const refText = (r: Ref) => (r ? `${r.code} — ${r.name}` : '');

/** One service order, read-only: header, lines and related objects and tasks. */
export function OrderView({ id }: { id: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [order, setOrder] = useState<OrderDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    void call('orders.get', { id }).then((result) => {
      if (!live) return;
      if (result.ok) setOrder(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [id]);

  const back = (
    <p>
      <a href={href('orders')}>{t('orders.back')}</a>
    </p>
  );
  if (error) {
    return (
      <section className="page order-view" aria-labelledby="page-title">
        <h1 id="page-title">{t('orders.title')}</h1>
        {back}
        <Notice kind="error">{error.code === 'not_found' ? t('orders.notFound') : errorText(error)}</Notice>
      </section>
    );
  }
  if (!order) return <p className="boot">{t('orders.loading')}</p>;

  const lang = currentLanguage();
  const times = [order.preferredStartTime, order.preferredEndTime].filter(Boolean).join(' – ');
  const facts: [string, ReactNode][] = [
    [t('orders.customer'), refText(order.customer)],
    [t('orders.site'), order.site ? `${order.site.name}, ${order.site.city}` : ''],
    [t('orders.agreement'), order.agreement ? `${order.agreement.code} — ${order.agreement.name}` : ''],
    [t('orders.serviceObject'), refText(order.serviceObject)],
    [t('orders.serviceDate'), order.preferredDate ?? ''],
    [t('orders.preferredTime'), times],
    [t('orders.stage'), refText(order.stage)],
    [t('orders.sla'), refText(order.sla)],
    [t('orders.responsible'), refText(order.responsibleWorker)],
    [t('orders.preferredWorker'), refText(order.preferredWorker)],
    [t('orders.priority'), t(`orders.priorityNames.${order.priority}`)],
    [t('orders.origin'), t(`orders.originNames.${order.origin}`)],
    [t('orders.progress'), t(`orders.progressNames.${order.progress}`)],
    [t('orders.plannedHours'), formatDecimal(order.plannedHoursX100, 2, lang)],
    [t('orders.created'), `${order.createdAt.slice(0, 10)} (${order.updatedBy})`],
  ];

  return (
    <section className="page order-view" aria-labelledby="page-title">
      <h1 id="page-title">{t('orders.view', { number: order.number })}</h1>
      {back}
      {order.calendarConflict && <Notice kind="error">{t('orders.conflictWarning')}</Notice>}
      <section className="panel" aria-label={t('orders.header')}>
        <h2>{order.description}</h2>
        <dl className="facts">
          {facts.map(([label, value]) => (
            <div key={label} style={{ display: 'contents' }}>
              <dt>{label}</dt>
              <dd>{value || '—'}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="panel" aria-labelledby="order-lines">
        <h2 id="order-lines">{t('orders.lines')}</h2>
        <table className="data-table">
          <caption className="visually-hidden">{t('orders.lines')}</caption>
          <thead>
            <tr>
              {['lineNo', 'type', 'description', 'quantity', 'costPrice', 'salesPrice', 'calculatedDate', 'status'].map((k) => (
                <th key={k} scope="col">
                  {t(`orders.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {order.lines.map((l) => (
              <tr key={l.id}>
                <td>{l.lineNo}</td>
                <td>{t(`orders.types.${l.transactionType}`)}</td>
                <td>
                  {l.description}
                  {l.task && <div className="help">{refText(l.task)}</div>}
                  {l.serviceObject && <div className="help">{refText(l.serviceObject)}</div>}
                </td>
                <td>{formatDecimal(l.quantityX100, 2, lang)}</td>
                <td>{formatDecimal(l.costPriceCents, 2, lang)}</td>
                <td>{formatDecimal(l.salesPriceCents, 2, lang)}</td>
                <td>{l.calculatedDate ?? ''}</td>
                <td>{t(`orders.lineStatuses.${l.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="panel" aria-labelledby="order-objects">
        <h2 id="order-objects">{t('orders.objects')}</h2>
        {order.objects.length === 0 ? (
          <p className="help">{t('orders.none')}</p>
        ) : (
          <ul>
            {order.objects.map((o) => (
              <li key={o.serviceObject.id}>
                {refText(o.serviceObject)}
                {o.serialNo && ` · ${t('orders.serialNo')}: ${o.serialNo}`}
                {o.note && ` · ${o.note}`}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="order-tasks">
        <h2 id="order-tasks">{t('orders.tasks')}</h2>
        {order.tasks.length === 0 ? (
          <p className="help">{t('orders.none')}</p>
        ) : (
          <ul>
            {order.tasks.map((task) => (
              <li key={task.task.id}>
                {refText(task.task)}
                {task.internalText && <div className="help">{t('orders.internalText')}: {task.internalText}</div>}
                {task.customerText && <div className="help">{t('orders.customerText')}: {task.customerText}</div>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
