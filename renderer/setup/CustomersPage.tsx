import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../electron/contract/customers';
import { customerSortKeys } from '../../electron/contract/customers';
import { call } from '../api/client';
import { DataTable, Pager, type Column } from '../components/DataTable';
import { Notice } from '../components/Notice';
import { useListQuery, type ListState } from '../components/useListQuery';
import { useErrorText } from '../i18n';
import { CustomerForm } from './CustomerForm';

type SortKey = (typeof customerSortKeys)[number];

export function CustomersPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<Customer | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fetcher = useCallback(
    (s: ListState<SortKey>) => call('customers.list', { ...s, includeInactive }),
    [includeInactive],
  );
  const list = useListQuery<SortKey, Customer>('name', fetcher);

  const columns: Column<Customer>[] = [
    { key: 'code', label: t('customers.code'), sortKey: 'code', render: (c) => c.code },
    { key: 'name', label: t('customers.name'), sortKey: 'name', render: (c) => c.name },
    { key: 'city', label: t('customers.city'), sortKey: 'city', render: (c) => c.city ?? '' },
    { key: 'regNo', label: t('customers.regNo'), render: (c) => c.regNo ?? '' },
    { key: 'status', label: t('customers.status'), render: (c) => (c.active ? t('customers.active') : t('customers.inactive')) },
  ];

  return (
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
          <label className="checkbox">
            <input type="checkbox" checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)} />
            {t('list.includeInactive')}
          </label>
          <button type="button" className="primary" onClick={() => (setEditing('new'), setNotice(null))}>
            {t('customers.new')}
          </button>
        </div>
        {list.error && <Notice kind="error">{errorText(list.error)}</Notice>}
        <Notice kind="success">{notice}</Notice>
        <DataTable
          caption={t('customers.title')}
          columns={columns}
          rows={list.data.rows}
          sort={list.state.sort}
          direction={list.state.direction}
          onSort={(key) => list.toggleSort(key as SortKey)}
          onOpen={(row) => (setEditing(row), setNotice(null))}
          selectedId={editing && editing !== 'new' ? editing.id : null}
        />
        <Pager page={list.state.page} pageSize={list.state.pageSize} total={list.data.total} onPage={list.setPage} />
      </div>
      {editing && (
        <CustomerForm
          key={editing === 'new' ? 'new' : `${editing.id}:${editing.version}`}
          customer={editing === 'new' ? null : editing}
          onSaved={(saved) => {
            setEditing(saved);
            setNotice(t('form.saved'));
            void list.reload();
          }}
          onReloaded={(fresh) => {
            setEditing(fresh);
            void list.reload();
          }}
          onDeleted={() => {
            setEditing(null);
            setNotice(t('form.deleted'));
            void list.reload();
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
