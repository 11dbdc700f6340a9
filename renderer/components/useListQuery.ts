import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../electron/contract/result';

export interface ListState<S extends string> {
  search: string;
  sort: S;
  direction: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export interface Page<Row> {
  rows: Row[];
  total: number;
}

type Fetcher<S extends string, Row> = (
  state: ListState<S>,
) => Promise<{ ok: true; value: Page<Row> } | { ok: false; error: ApiError }>;

/**
 * List state (search, sort, page) and the fetch that follows it. Typing waits 250 ms before asking
 * the database, and an answer that arrives after a newer request is dropped.
 */
export function useListQuery<S extends string, Row>(initialSort: S, fetcher: Fetcher<S, Row>) {
  const [state, setState] = useState<ListState<S>>({ search: '', sort: initialSort, direction: 'asc', page: 1, pageSize: 50 });
  const [data, setData] = useState<Page<Row>>({ rows: [], total: 0 });
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);

  const load = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    const result = await fetcher(state);
    if (ticket !== latest.current) return;
    setLoading(false);
    if (result.ok) {
      setData(result.value);
      setError(null);
    } else {
      setError(result.error);
    }
  }, [fetcher, state]);

  useEffect(() => {
    const timer = setTimeout(() => void load(), state.search ? 250 : 0);
    return () => clearTimeout(timer);
  }, [load, state.search]);

  return {
    state,
    data,
    error,
    loading,
    reload: load,
    setSearch: (search: string) => setState((s) => ({ ...s, search, page: 1 })),
    setPage: (page: number) => setState((s) => ({ ...s, page })),
    toggleSort: (sort: S) =>
      setState((s) => ({ ...s, sort, direction: s.sort === sort && s.direction === 'asc' ? 'desc' : 'asc', page: 1 })),
  };
}
