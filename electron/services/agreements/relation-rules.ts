import type { Database } from 'better-sqlite3';
import type { agreementObjectsEntity, agreementTasksEntity } from '../../contract/agreements';
import type { EntityRowData } from '../../../db/queries/entity-table';
import type { EntityRules } from '../entities/entity-service';
import { fieldError } from '../errors';
import { agreementHead, lineUsing, objectCustomer } from './lookups';

type ObjectFields = (typeof agreementObjectsEntity)['fields'];
type TaskFields = (typeof agreementTasksEntity)['fields'];

/**
 * A relation a line still names cannot go away or point elsewhere: the line would then name an
 * object or task the agreement no longer covers.
 */
function refuseIfUsed(db: Database, existing: EntityRowData, field: 'serviceObjectId' | 'taskId', column: 'service_object_id' | 'task_id'): void {
  const line = lineUsing(db, Number(existing.agreementId), column, Number(existing[field]));
  if (line !== undefined) throw fieldError(field, 'relation_used_by_line', { line });
}

export const agreementObjectRules: EntityRules<ObjectFields> = {
  validate(db, v, existing) {
    const agreement = agreementHead(db, v.agreementId);
    if (agreement && objectCustomer(db, v.serviceObjectId) !== agreement.customerId) {
      throw fieldError('serviceObjectId', 'object_of_other_customer');
    }
    if (existing && existing.serviceObjectId !== v.serviceObjectId) refuseIfUsed(db, existing, 'serviceObjectId', 'service_object_id');
  },
  beforeDelete: (db, existing) => refuseIfUsed(db, existing, 'serviceObjectId', 'service_object_id'),
};

function taskTexts(db: Database, taskId: number): { internalText: string | null; customerText: string | null } {
  const row = db.prepare('SELECT internal_text AS internalText, customer_text AS customerText FROM service_tasks WHERE id = ?').get(taskId) as
    | { internalText: string | null; customerText: string | null }
    | undefined;
  return row ?? { internalText: null, customerText: null };
}

export const agreementTaskRules: EntityRules<TaskFields> = {
  prepare(db, v) {
    if (v.internalText !== null && v.customerText !== null) return v;
    const texts = taskTexts(db, v.taskId);
    return { ...v, internalText: v.internalText ?? texts.internalText, customerText: v.customerText ?? texts.customerText };
  },
  validate(db, v, existing) {
    if (existing && existing.taskId !== v.taskId) refuseIfUsed(db, existing, 'taskId', 'task_id');
  },
  beforeDelete: (db, existing) => refuseIfUsed(db, existing, 'taskId', 'task_id'),
};
