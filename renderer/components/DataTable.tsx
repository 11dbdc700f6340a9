import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Column<Row> {
  key: string;
  label: string;
  render: (row: Row) => ReactNode;
  /** Set when the database can sort by this column. */
  sortKey?: string;
}

interface DataTableProps<Row extends { id: number }> {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  sort: string;
  direction: 'asc' | 'desc';
  onSort: (sortKey: string) => void;
  onOpen: (row: Row) => void;
  selectedId?: number | null;
}

/** A list whose sorting happens in the database; the header buttons only ask for it. */
export function DataTable<Row extends { id: number }>(props: DataTableProps<Row>) {
  const { t } = useTranslation();
  return (
    <table className="data-table">
      <caption className="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          {props.columns.map((col) => {
            const active = col.sortKey !== undefined && col.sortKey === props.sort;
            return (
              <th
                key={col.key}
                scope="col"
                aria-sort={active ? (props.direction === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                {col.sortKey ? (
                  <button
                    type="button"
                    className="sort"
                    aria-label={t('list.sortBy', { column: col.label })}
                    onClick={() => col.sortKey && props.onSort(col.sortKey)}
                  >
                    {col.label}
                    <span aria-hidden="true">{active ? (props.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                ) : (
                  col.label
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {props.rows.length === 0 ? (
          <tr>
            <td colSpan={props.columns.length} className="no-rows">
              {t('list.noRows')}
            </td>
          </tr>
        ) : (
          props.rows.map((row) => (
            <tr
              key={row.id}
              className={row.id === props.selectedId ? 'selected' : undefined}
              onClick={() => props.onOpen(row)}
            >
              {props.columns.map((col, i) => (
                <td key={col.key}>
                  {i === 0 ? (
                    <button type="button" className="link" onClick={() => props.onOpen(row)}>
                      {col.render(row)}
                    </button>
                  ) : (
                    col.render(row)
                  )}
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

export function Pager({ page, pageSize, total, onPage }: PagerProps) {
  const { t } = useTranslation();
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <div className="pager">
      <span role="status">{t('list.showing', { from, to, total })}</span>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('list.previous')}
      </button>
      <button type="button" disabled={to >= total} onClick={() => onPage(page + 1)}>
        {t('list.next')}
      </button>
    </div>
  );
}
