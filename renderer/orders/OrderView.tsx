import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../electron/contract/orders';
import type { ApiError } from '../../electron/contract/result';
import { call } from '../api/client';
import { formatDecimal } from '../components/decimal';
import { Notice } from '../components/Notice';
import { currentLanguage, useErrorText } from '../i18n';
import { href } from '../shell/router';
import { OrderHeaderForm } from './OrderHeaderForm';
import { OrderSections } from './OrderSections';
import { PostingSection } from './PostingSection';
import { SignOffSection } from './SignOffSection';
import { StageSlaSection } from './StageSlaSection';
import { RepairSection } from './RepairSection';
import { MoveLinesSection } from './MoveLinesSection';

type Ref = { code: string; name: string } | null;
const refText = (r: Ref) => (r ? `${r.code} — ${r.name}` : '');

/** What the order is, as read: facts the header form does not edit (origin, stage, progress …) first. */
function OrderFacts({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const times = [order.preferredStartTime, order.preferredEndTime].filter(Boolean).join(' – ');
  const address = [order.serviceAddress, order.serviceCity].filter(Boolean).join(', ');
  const facts: [string, ReactNode][] = [
    [t('orders.origin'), t(`orders.originNames.${order.origin}`)],
    [t('orders.progress'), t(`orders.progressNames.${order.progress}`)],
    [t('orders.stage'), refText(order.stage)],
    [t('orders.customer'), refText(order.customer)],
    [t('orders.site'), address || (order.site ? `${order.site.name}, ${order.site.city}` : '')],
    [t('orders.agreement'), order.agreement ? `${order.agreement.code} — ${order.agreement.name}` : ''],
    [t('orders.serviceObject'), refText(order.serviceObject)],
    [t('orders.serviceDate'), order.preferredDate ?? ''],
    [t('orders.preferredTime'), times],
    [t('orders.sla'), refText(order.sla)],
    [t('orders.responsible'), refText(order.responsibleWorker)],
    [t('orders.preferredWorker'), refText(order.preferredWorker)],
    [t('orders.priority'), t(`orders.priorityNames.${order.priority}`)],
    [t('orders.plannedHours'), formatDecimal(order.plannedHoursX100, 2, lang)],
    [t('orders.created'), `${order.createdAt.slice(0, 10)} (${order.updatedBy})`],
  ];
  return (
    <section className="panel" aria-label={t('orders.facts')}>
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
  );
}

/** One service order: what it is, its header form, its lines and related objects and tasks. */
export function OrderView({ id }: { id: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [order, setOrder] = useState<OrderDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // Bumped to load the stored order again (after a conflict); each load also remounts the header form.
  const [reloads, setReloads] = useState(0);
  const [loaded, setLoaded] = useState(0);

  useEffect(() => {
    let live = true;
    void call('orders.get', { id }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setOrder(result.value);
        setLoaded((n) => n + 1);
      } else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [id, reloads]);

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

  return (
    <section className="page order-view" aria-labelledby="page-title">
      <h1 id="page-title">{t('orders.view', { number: order.number })}</h1>
      {back}
      {order.calendarConflict && <Notice kind="error">{t('orders.conflictWarning')}</Notice>}
      <OrderFacts order={order} />
      <OrderHeaderForm key={`header-${loaded}`} order={order} onSaved={setOrder} onReload={() => setReloads((n) => n + 1)} />
      <OrderSections key={`sections-${reloads}`} orderId={order.id} />
      <RepairSection orderId={order.id} />
      <StageSlaSection order={order} onChanged={() => setReloads((n) => n + 1)} />
      <SignOffSection order={order} onChanged={() => setReloads((n) => n + 1)} />
      <PostingSection order={order} onChanged={() => setReloads((n) => n + 1)} />
      <MoveLinesSection order={order} onChanged={() => setReloads((n) => n + 1)} />
    </section>
  );
}
