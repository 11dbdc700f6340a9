import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiName } from '../../../electron/contract';
import type { EntityDef } from '../../../electron/contract/entity';
import type { Result } from '../../../electron/contract/result';
import { call } from '../../api/client';
import { DataTable, Pager, type Column } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { useListQuery, type ListState, type Page } from '../../components/useListQuery';
import { useErrorText } from '../../i18n';
import { EntityForm, type EntityRow } from './EntityForm';
import { displayValue, fieldLabelOf, labelsOf } from './labels';

interface Props {
  def: EntityDef;
  /** Child mode: only this parent's rows, and new rows belong to it. */
  parent?: { field: string; id: number };
  /** Extra buttons in the form of a saved record. */
  actions?: (row: EntityRow) => ReactNode;
  /** Extra controls in the list's toolbar, beside "New …". */
  toolbar?: ReactNode;
}

/** List and form of one master-data entity, driven by its definition in the contract. */
export function EntityPage({ def, parent, actions, toolbar }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const labels = labelsOf(def);
  const [editing, setEditing] = useState<EntityRow | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fetcher = useCallback(
    async (s: ListState<string>) => {
      const filter = parent ? { [parent.field]: parent.id } : {};
      const result = await call(`${def.name}.list` as ApiName, { ...s, filter, includeInactive: true } as never);
      return result as unknown as Result<Page<EntityRow>>;
    },
    // The parent object is new on every render of the form; its field and id are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [def.name, parent?.field, parent?.id],
  );
  const list = useListQuery<string, EntityRow>(def.labelField, fetcher);
  const listedKeys = [def.labelField, ...Object.keys(def.fields).filter((k) => k !== def.labelField && def.fields[k]?.listed && k !== parent?.field)];
  const columns: Column<EntityRow>[] = listedKeys.map((key) => ({
    key,
    label: fieldLabelOf(def, key),
    render: (row) => displayValue(def, key, row, t('form.yes')),
    ...(def.fields[key]?.kind !== 'ref' ? { sortKey: key } : {}),
  }));
  const fixed = parent ? { [parent.field]: parent.id } : {};

  return (
    <div className={parent ? 'child-list' : 'list-and-form'}>
      <div className="list-pane">
        <div className="toolbar">
          {!parent && (
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
          )}
          <button type="button" className="primary" onClick={() => (setEditing('new'), setNotice(null))}>
            {labels.create}
          </button>
          {toolbar}
        </div>
        {list.error && <Notice kind="error">{errorText(list.error)}</Notice>}
        <Notice kind="success">{notice}</Notice>
        <DataTable
          caption={labels.title}
          columns={columns}
          rows={list.data.rows}
          sort={list.state.sort}
          direction={list.state.direction}
          onSort={list.toggleSort}
          onOpen={(row) => (setEditing(row), setNotice(null))}
          selectedId={editing && editing !== 'new' ? editing.id : null}
        />
        {!parent && <Pager page={list.state.page} pageSize={list.state.pageSize} total={list.data.total} onPage={list.setPage} />}
      </div>
      {editing && (
        <EntityForm
          key={editing === 'new' ? 'new' : `${editing.id}:${editing.version}`}
          def={def}
          row={editing === 'new' ? null : editing}
          fixed={fixed}
          actions={actions}
          onSaved={(saved) => {
            setEditing(parent ? null : saved);
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
