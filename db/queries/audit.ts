import type { Database } from 'better-sqlite3';

export interface RowStamp {
  version: number;
  updatedAt: string;
  updatedBy: string;
}

/** The stored version and who last wrote it, to explain a refused stale write. */
export function rowStamp(db: Database, table: string, id: number): RowStamp | undefined {
  return db
    .prepare(`SELECT version, updated_at AS updatedAt, updated_by AS updatedBy FROM ${table} WHERE id = ?`)
    .get(id) as RowStamp | undefined;
}

export function countReferences(db: Database, refs: readonly { table: string; column: string }[], id: number) {
  return refs
    .map((ref) => ({
      table: ref.table,
      count: (db.prepare(`SELECT count(*) AS n FROM ${ref.table} WHERE ${ref.column} = ?`).get(id) as { n: number }).n,
    }))
    .filter((r) => r.count > 0);
}
