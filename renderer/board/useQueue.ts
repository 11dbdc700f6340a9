import { useCallback, useEffect, useState } from 'react';
import type { QueueOrder } from '../../electron/contract/dispatch';
import type { ApiError } from '../../electron/contract/result';
import { call } from '../api/client';
import type { BoardFilters } from './board-data';

export const QUEUE_SORTS = ['priority', 'slaDeadline', 'preferredDate', 'number'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

const PAGE_SIZE = 30;
/** The contract's largest page: reloads ask for everything shown in one call. */
const MAX_ROWS = 500;

export interface QueueQuery {
  filters: BoardFilters;
  search: string;
  sort: QueueSort;
  direction: 'asc' | 'desc';
}

interface QueueState {
  key: string;
  rows: QueueOrder[];
  total: number;
  pages: number;
}

/**
 * The unscheduled orders, searched, filtered, sorted and paged in the database. "Load more" adds a
 * page; a reload (after a change or a live update) asks for all pages shown so far in one call, so the
 * list does not jump back to its top.
 */
export function useQueue(query: QueueQuery, reloadToken: number) {
  const key = JSON.stringify(query);
  const [state, setState] = useState<QueueState>({ key: '', rows: [], total: 0, pages: 1 });
  const [error, setError] = useState<ApiError | null>(null);
  const [pages, setPages] = useState({ key, count: 1 });
  const pageCount = pages.key === key ? pages.count : 1;

  useEffect(() => {
    let live = true;
    const { filters, search, sort, direction } = JSON.parse(key) as QueueQuery;
    const timer = setTimeout(
      () => {
        void call('dispatch.queue', {
          search,
          sort,
          direction,
          page: 1,
          pageSize: Math.min(MAX_ROWS, PAGE_SIZE * pageCount),
          ...(filters.teamId !== null ? { teamIds: [filters.teamId] } : {}),
          ...(filters.skillId !== null ? { skillId: filters.skillId } : {}),
          ...(filters.city.trim() !== '' ? { city: filters.city.trim() } : {}),
          ...(filters.priority !== null ? { priority: filters.priority } : {}),
          ...(filters.stageId !== null ? { stageId: filters.stageId } : {}),
        }).then((result) => {
          if (!live) return;
          if (result.ok) {
            setState({ key, rows: result.value.rows, total: result.value.total, pages: pageCount });
            setError(null);
          } else setError(result.error);
        });
      },
      search ? 250 : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, pageCount, reloadToken]);

  const loadMore = useCallback(() => setPages({ key, count: pageCount + 1 }), [key, pageCount]);
  const current = state.key === key;
  return {
    rows: state.rows,
    total: state.total,
    loading: !current || state.pages !== pageCount,
    error,
    hasMore: state.rows.length < state.total && state.rows.length < MAX_ROWS,
    loadMore,
  };
}
