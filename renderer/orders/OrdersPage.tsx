import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderListRow, orderSortKeys } from '../../electron/contract/orders';
import { ORDER_PROGRESS, ORDER_SLA_STATES, ORDER_WORKER_MATCHES } from '../../electron/contract/orders';
import { call } from '../api/client';
import { DataTable, Pager, type Column } from '../components/DataTable';
import { Notice } from '../components/Notice';
import { useListQuery, type ListState } from '../components/useListQuery';
import { BatchCreateOrdersAction } from '../generation/CreateOrdersAction';
import { currentLanguage, useErrorText } from '../i18n';
import { RefSelect } from '../setup/entity/RefSelect';
import { orderHeaderEntity } from '../../electron/contract/order-entities';
import { href, navigate } from '../shell/router';
import { OrderHeaderForm } from './OrderHeaderForm';
import { OrderView } from './OrderView';
import { BatchPostingPage } from '../posting/BatchPostingPage';

type SortKey = (typeof orderSortKeys)[number];
type Progress = (typeof ORDER_PROGRESS)[number];
type SlaState = (typeof ORDER_SLA_STATES)[number];
type WorkerMatch = (typeof ORDER_WORKER_MATCHES)[number];

/** Service orders: the list (#/orders), a new order (#/orders/new) or one order (#/orders/<id>). */
export function OrdersPage({ id }: { id: string | undefined }) {
  const orderId = id !== undefined && /^\d+$/.test(id) ? Number(id) : null;
  if (orderId !== null) return <OrderView key={orderId} id={orderId} />;
  if (id === 'new') return <NewOrder />;
  if (id === 'post') return <BatchPostingPage />;
  return <OrdersList />;
}

/** A service order made by hand; once saved, its own page takes over for lines and relations. */
function NewOrder() {
  const { t } = useTranslation();
  const title = orderHeaderEntity.labels[currentLanguage()].create;
  return (
    <section className="page order-view" aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <p>
        <a href={href('orders')}>{t('orders.back')}</a>
      </p>
      <OrderHeaderForm order={null} onSaved={(order) => navigate('orders', String(order.id))} />
    </section>
  );
}

interface Filters {
  agreementId: string;
  customerId: string;
  progress: '' | Progress;
  from: string;
  to: string;
  stageId: string;
  workerId: string;
  teamId: string;
  workerMatch: WorkerMatch;
  slaState: '' | SlaState;
}

const NO_FILTERS: Filters = { agreementId: '', customerId: '', progress: '', from: '', to: '', stageId: '', workerId: '', teamId: '', workerMatch: 'either', slaState: '' };

function OrdersList() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const fetcher = useCallback(
    (s: ListState<SortKey>) =>
      call('orders.list', {
        ...s,
        ...(filters.agreementId ? { agreementId: Number(filters.agreementId) } : {}),
        ...(filters.customerId ? { customerId: Number(filters.customerId) } : {}),
        ...(filters.progress ? { progress: filters.progress } : {}),
        ...(filters.from ? { from: filters.from } : {}),
        ...(filters.to ? { to: filters.to } : {}),
        ...(filters.stageId ? { stageId: Number(filters.stageId) } : {}),
        ...(filters.workerId ? { workerId: Number(filters.workerId) } : {}),
        ...(filters.teamId ? { teamId: Number(filters.teamId) } : {}),
        ...(filters.workerId || filters.teamId ? { workerMatch: filters.workerMatch } : {}),
        ...(filters.slaState ? { slaState: filters.slaState } : {}),
      }),
    [filters],
  );
  const list = useListQuery<SortKey, OrderListRow>('preferredDate', fetcher);
  const set = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    list.setPage(1);
  };

  const columns: Column<OrderListRow>[] = [
    { key: 'number', label: t('orders.number'), sortKey: 'number', render: (o) => o.number },
    { key: 'date', label: t('orders.serviceDate'), sortKey: 'preferredDate', render: (o) => o.preferredDate ?? '' },
    { key: 'customer', label: t('orders.customer'), sortKey: 'customer', render: (o) => o.customerName },
    { key: 'description', label: t('orders.description'), render: (o) => o.description },
    { key: 'agreement', label: t('orders.agreement'), render: (o) => o.agreementNumber ?? '' },
    { key: 'lines', label: t('orders.lineCount'), render: (o) => o.lineCount },
    { key: 'progress', label: t('orders.progress'), render: (o) => t(`orders.progressNames.${o.progress}`) },
    { key: 'conflict', label: t('generation.calendar'), render: (o) => (o.calendarConflict ? <strong>{t('orders.conflictFlag')}</strong> : '') },
  ];

  return (
    <section className="page orders" aria-labelledby="page-title">
      <h1 id="page-title">{t('orders.title')}</h1>
      <div className="list-pane">
        <div className="toolbar">
          <label className="search">
            <span className="visually-hidden">{t('list.search')}</span>
            <input
              type="search"
              placeholder={t('list.searchPlaceholder')}
              aria-label={t('list.search')}
              value={list.state.search}
              onChange={(e) => list.setSearch(e.target.value)}
            />
          </label>
          <button type="button" className="primary" onClick={() => navigate('orders', 'new')}>
            {orderHeaderEntity.labels[currentLanguage()].create}
          </button>
          <BatchCreateOrdersAction />
          <button type="button" onClick={() => navigate('orders', 'post')}>{t('posting.batchButton')}</button>
        </div>
        <fieldset className="toolbar" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="visually-hidden">{t('orders.filters')}</legend>
          <label>
            {t('orders.agreement')}
            <RefSelect entity="agreements" label={t('orders.agreement')} name="agreementId" optional value={filters.agreementId} onChange={(v) => set({ agreementId: v })} />
          </label>
          <label>
            {t('orders.customer')}
            <RefSelect entity="customers" label={t('orders.customer')} name="customerId" optional value={filters.customerId} onChange={(v) => set({ customerId: v })} />
          </label>
          <label>
            {t('orders.progress')}
            <select value={filters.progress} onChange={(e) => set({ progress: e.target.value as Filters['progress'] })}>
              <option value="">{t('orders.anyProgress')}</option>
              {ORDER_PROGRESS.map((p) => (
                <option key={p} value={p}>
                  {t(`orders.progressNames.${p}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('orders.from')}
            <input type="date" value={filters.from} onChange={(e) => set({ from: e.target.value })} />
          </label>
          <label>
            {t('orders.to')}
            <input type="date" value={filters.to} onChange={(e) => set({ to: e.target.value })} />
          </label>
          <label>
            {t('orderMove.stage')}
            <RefSelect entity="stages" label={t('orderMove.stage')} name="stageId" optional value={filters.stageId} onChange={(v) => set({ stageId: v })} />
          </label>
          <label>
            {t('orderMove.technician')}
            <RefSelect entity="workers" label={t('orderMove.technician')} name="workerId" optional value={filters.workerId} onChange={(v) => set({ workerId: v })} />
          </label>
          <label>
            {t('orderMove.team')}
            <RefSelect entity="teams" label={t('orderMove.team')} name="teamId" optional value={filters.teamId} onChange={(v) => set({ teamId: v })} />
          </label>
          <label>
            {t('orderMove.workerMatch')}
            <select value={filters.workerMatch} onChange={(e) => set({ workerMatch: e.target.value as WorkerMatch })}>
              {ORDER_WORKER_MATCHES.map((m) => (
                <option key={m} value={m}>
                  {t(`orderMove.workerMatchNames.${m}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('orderMove.slaState')}
            <select value={filters.slaState} onChange={(e) => set({ slaState: e.target.value as Filters['slaState'] })}>
              <option value="">{t('orderMove.anySlaState')}</option>
              {ORDER_SLA_STATES.map((s) => (
                <option key={s} value={s}>
                  {t(`orderMove.slaStateNames.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        {list.error && <Notice kind="error">{errorText(list.error)}</Notice>}
        <DataTable
          caption={t('orders.title')}
          columns={columns}
          rows={list.data.rows}
          sort={list.state.sort}
          direction={list.state.direction}
          onSort={(key) => list.toggleSort(key as SortKey)}
          onOpen={(row) => navigate('orders', String(row.id))}
        />
        <Pager page={list.state.page} pageSize={list.state.pageSize} total={list.data.total} onPage={list.setPage} />
      </div>
    </section>
  );
}
