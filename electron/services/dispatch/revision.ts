import type { Store } from '../../../db/store';

/**
 * A token that changes whenever the data may have changed: SQLite's data_version moves when another
 * connection (a job's worker thread, another process on the same file) commits, and the store's
 * write count moves with every write call of this process, which data_version does not see.
 */
/**
 * The revision a successful write call leaves behind: `invoke` counts the call once the handler has
 * returned, and this connection's own commit does not move data_version. A board that made the change
 * records it as seen, so it does not reload everything for its own save.
 */
export function revisionAfterWrite(store: Store): string {
  const dataVersion = store.db.pragma('data_version', { simple: true }) as number;
  return `${dataVersion}.${store.writeCount + 1}`;
}

export function dataRevision(store: Store): string {
  const dataVersion = store.db.pragma('data_version', { simple: true }) as number;
  return `${dataVersion}.${store.writeCount}`;
}
