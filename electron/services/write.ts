import type { Database } from 'better-sqlite3';
import { rowStamp } from '../../db/queries/audit';
import { conflict, notFound } from './errors';

/**
 * Explains an UPDATE/DELETE guarded by `version` that touched no row: the row is gone, or someone
 * else wrote it since the caller read it.
 */
export function refuseStaleWrite(db: Database, table: string, id: number): never {
  const stamp = rowStamp(db, table, id);
  if (!stamp) throw notFound();
  throw conflict(stamp.updatedBy, stamp.updatedAt);
}

export const isoNow = (ctx: { now(): Date }) => ctx.now().toISOString();
