import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityDef } from '../../electron/contract/entity';
import { REQUEST_STATUS_FILTERS, requestsEntity, type RequestListRow, type RequestRow, type requestSortKeys } from '../../electron/contract/requests';
import { call } from '../api/client';
import { DataTable, Pager, type Column } from '../components/DataTable';
import { Notice } from '../components/Notice';
import { useListQuery, type ListState } from '../components/useListQuery';
import { useErrorText } from '../i18n';
import { EntityForm, type EntityRow } from '../setup/entity/EntityForm';
import { enumLabel, labelsOf } from '../setup/entity/labels';
import { href } from '../shell/router';
import { RequestDecision, RequestOutcome, type Decision } from './RequestDecision';

type SortKey = (typeof requestSortKeys)[number];
type StatusFilter = (typeof REQUEST_STATUS_FILTERS)[number];

const def = requestsEntity as unknown as EntityDef;

/**
 * Customer requests: the list (open ones first shown), the generic intake form for a new or an
 * open request, and converting or rejecting an open one.
 */
export function RequestsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [status, setStatus] = useState<StatusFilter>('open');
  const [editing, setEditing] = useState<RequestRow | 'new' | null>(null);
  const [decision, setDecision] = useState<Decision | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [created, setCreated] = useState<{ id: number; number: string } | null>(null);
  const fetcher = useCallback((s: ListState<SortKey>) => call('requests.list', { ...s, status }), [status]);
  const list = useListQuery<SortKey, RequestListRow>('received', fetcher);

  async function open(id: number) {
    const result = await call('requests.get', { id });
    if (result.ok) setEditing(result.value);
    setDecision(null);
  }

  const columns: Column<RequestListRow>[] = [
    { key: 'number', label: t('requests.number'), sortKey: 'number', render: (r) => r.number },
    { key: 'received', label: t('requests.received'), sortKey: 'received', render: (r) => `${r.receivedDate} ${r.receivedTime}` },
    { key: 'customer', label: t('requests.customer'), sortKey: 'customer', render: (r) => r.customerName },
    { key: 'description', label: t('requests.description'), render: (r) => r.description },
    { key: 'channel', label: t('requests.channel'), render: (r) => enumLabel(def, 'requestChannel', r.channel) },
    { key: 'priority', label: t('requests.priority'), render: (r) => enumLabel(def, 'requestPriority', r.priority) },
    { key: 'status', label: t('requests.status'), render: (r) => t(`requests.statusNames.${r.status}`) },
    { key: 'order', label: t('requests.order'), render: (r) => (r.orderId !== null ? <a href={href('orders', String(r.orderId))}>{r.orderNumber}</a> : '') },
  ];

  const decided = (message: string, order?: { id: number; number: string }) => {
    setNotice(message);
    setCreated(order ?? null);
    setDecision(null);
    setEditing(null);
    void list.reload();
  };

  return (
    <section className="page requests" aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.requests')}</h1>
      <Notice kind="success">
        {notice}
        {created && (
          <>
            {' '}
            <a href={href('orders', String(created.id))}>{t('requests.openOrder', { number: created.number })}</a>
          </>
        )}
      </Notice>
      <div className="list-and-form">
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
            <label>
              {t('requests.statusFilter')}
              <select value={status} onChange={(e) => (setStatus(e.target.value as StatusFilter), list.setPage(1))}>
                {REQUEST_STATUS_FILTERS.map((s) => (
                  <option key={s} value={s}>
                    {t(`requests.statuses.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="primary" onClick={() => (setEditing('new'), setDecision(null), setNotice(null))}>
              {labelsOf(def).create}
            </button>
          </div>
          {list.error && <Notice kind="error">{errorText(list.error)}</Notice>}
          <DataTable
            caption={labelsOf(def).title}
            columns={columns}
            rows={list.data.rows}
            sort={list.state.sort}
            direction={list.state.direction}
            onSort={(key) => list.toggleSort(key as SortKey)}
            onOpen={(row) => void open(row.id)}
            selectedId={editing && editing !== 'new' ? editing.id : null}
          />
          <Pager page={list.state.page} pageSize={list.state.pageSize} total={list.data.total} onPage={list.setPage} />
        </div>
        {editing && (
          <div>
            <EntityForm
              key={editing === 'new' ? 'new' : `${editing.id}:${editing.version}`}
              def={def}
              row={editing === 'new' ? null : (editing as unknown as EntityRow)}
              fixed={{}}
              actions={() =>
                editing !== 'new' && (
                  <RequestOutcome request={editing} onDecide={(kind) => setDecision({ kind, request: editing })} />
                )
              }
              onSaved={(saved) => (void open(saved.id), setNotice(t('form.saved')), setCreated(null), void list.reload())}
              onReloaded={(fresh) => (fresh ? void open(fresh.id) : setEditing(null), void list.reload())}
              onDeleted={() => (setEditing(null), setNotice(t('form.deleted')), void list.reload())}
              onClose={() => (setEditing(null), setDecision(null))}
            />
            {decision && <RequestDecision decision={decision} onDone={decided} onCancel={() => setDecision(null)} />}
          </div>
        )}
      </div>
    </section>
  );
}
