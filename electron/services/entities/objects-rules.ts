import type { Database } from 'better-sqlite3';
import type { serviceObjectsEntity } from '../../contract/setup/objects';
import type { ValuesOf } from '../../contract/fields';
import { wouldCreateCycle } from '../../domain/tree';
import { fieldError } from '../errors';
import type { EntityRules } from './entity-service';

type ObjectFields = (typeof serviceObjectsEntity)['fields'];

/** A site is a place of one customer, so an object can only stand at a site of its own customer. */
function checkSite(db: Database, v: ValuesOf<ObjectFields>): void {
  if (v.siteId === null) return;
  if (v.customerId === null) throw fieldError('siteId', 'site_needs_customer', { other: 'customerId' });
  const site = db.prepare('SELECT customer_id AS customerId FROM customer_sites WHERE id = ?').get(v.siteId) as
    | { customerId: number }
    | undefined;
  if (site && site.customerId !== v.customerId) throw fieldError('siteId', 'site_not_of_customer', { other: 'customerId' });
}

/** The component tree must stay a tree: no object may end up inside itself. */
function checkParent(db: Database, v: ValuesOf<ObjectFields>, id: number | null): void {
  const parentStmt = db.prepare('SELECT parent_id AS parentId FROM service_objects WHERE id = ?');
  const parentOf = (of: number) => (parentStmt.get(of) as { parentId: number | null } | undefined)?.parentId ?? null;
  if (wouldCreateCycle(id, v.parentId, parentOf)) throw fieldError('parentId', 'parent_cycle');
}

export const serviceObjectRules: EntityRules<ObjectFields> = {
  validate(db, v, existing) {
    checkSite(db, v);
    checkParent(db, v, existing?.id ?? null);
    if (v.installedOn !== null && v.warrantyEnd !== null && v.warrantyEnd < v.installedOn) {
      throw fieldError('warrantyEnd', 'date_order', { other: 'installedOn' });
    }
  },
};
