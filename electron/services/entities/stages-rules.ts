import type { Database } from 'better-sqlite3';
import type { ValuesOf } from '../../contract/fields';
import type { stagesEntity } from '../../contract/setup/stages';
import { conflictingRoot, rootDeleteBlocked, type StageNode } from '../../domain/stages';
import { fieldError } from '../errors';
import type { EntityRules } from './entity-service';

type StageFields = (typeof stagesEntity)['fields'];

const roots = (db: Database) =>
  db.prepare('SELECT id, code, parent_id AS parentId, sort_order AS sortOrder FROM service_stages WHERE parent_id IS NULL').all() as StageNode[];

/**
 * Exactly one stage has no parent: it is where every new order starts. The parent itself is
 * fixed after the first save (by the field definition) and must exist, so no loop can form.
 */
export const stageRules: EntityRules<StageFields> = {
  validate(db, v: ValuesOf<StageFields>, existing) {
    const root = conflictingRoot({ id: existing?.id ?? null, parentId: v.parentId }, roots(db));
    if (root) throw fieldError('parentId', 'stage_second_root', { root: root.code });
  },
  beforeDelete(db, existing) {
    const count = (db.prepare('SELECT count(*) AS n FROM service_stages').get() as { n: number }).n;
    if (rootDeleteBlocked({ parentId: existing.parentId as number | null }, count)) {
      throw fieldError('parentId', 'stage_root_delete', { count: count - 1 });
    }
  },
};
