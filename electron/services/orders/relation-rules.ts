import type { Database } from 'better-sqlite3';
import type { EntityRowData } from '../../../db/queries/entity-table';
import type { orderObjectsEntity, orderTasksEntity } from '../../contract/order-entities';
import { objectCustomer } from '../agreements/lookups';
import type { EntityRules } from '../entities/entity-service';
import { fieldError } from '../errors';
import { assertOrderEditable } from './header-rules';
import { orderHead, orderLineUsing } from './lookups';

type ObjectFields = (typeof orderObjectsEntity)['fields'];
type TaskFields = (typeof orderTasksEntity)['fields'];

/** Relations are part of the order: they change only while the order may change. */
function assertEditable(db: Database, orderId: number): void {
  const order = orderHead(db, orderId);
  if (order) assertOrderEditable(order, { progress: 'orderId', stage: 'orderId' });
}

/** A relation a line still names cannot go away or point elsewhere, or the line would name something unrelated. */
function refuseIfUsed(db: Database, existing: EntityRowData, field: 'serviceObjectId' | 'taskId', column: 'service_object_id' | 'task_id'): void {
  const line = orderLineUsing(db, Number(existing.orderId), column, Number(existing[field]));
  if (line !== undefined) throw fieldError(field, 'relation_used_by_order_line', { line });
}

export const orderObjectRules: EntityRules<ObjectFields> = {
  validate(db, v, existing) {
    assertEditable(db, v.orderId);
    const customerId = orderHead(db, v.orderId)?.customerId;
    const owner = objectCustomer(db, v.serviceObjectId);
    if (owner !== null && owner !== customerId) throw fieldError('serviceObjectId', 'object_not_of_order_customer');
    if (existing && existing.serviceObjectId !== v.serviceObjectId) refuseIfUsed(db, existing, 'serviceObjectId', 'service_object_id');
  },
  beforeDelete(db, existing) {
    assertEditable(db, Number(existing.orderId));
    refuseIfUsed(db, existing, 'serviceObjectId', 'service_object_id');
  },
};

export const orderTaskRules: EntityRules<TaskFields> = {
  prepare(db, v) {
    if (v.internalText !== null && v.customerText !== null) return v;
    const texts = db.prepare('SELECT internal_text AS internalText, customer_text AS customerText FROM service_tasks WHERE id = ?').get(v.taskId) as
      | { internalText: string | null; customerText: string | null }
      | undefined;
    return { ...v, internalText: v.internalText ?? texts?.internalText ?? null, customerText: v.customerText ?? texts?.customerText ?? null };
  },
  validate(db, v, existing) {
    assertEditable(db, v.orderId);
    if (existing && existing.taskId !== v.taskId) refuseIfUsed(db, existing, 'taskId', 'task_id');
  },
  beforeDelete(db, existing) {
    assertEditable(db, Number(existing.orderId));
    refuseIfUsed(db, existing, 'taskId', 'task_id');
  },
};
