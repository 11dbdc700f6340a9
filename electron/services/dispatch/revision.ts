import type { Store } from '../../../db/store';

/**
 * A token that changes whenever the data may have changed: SQLite's data_version moves when another
 * connection (a job's worker thread, another process on the same file) commits, and the store's
 * write count moves with every write call of this process, which data_version does not see.
 */
export function dataRevision(store: Store): string {
  const dataVersion = store.db.pragma('data_version', { simple: true }) as number;
  return `${dataVersion}.${store.writeCount}`;
}
