import type { Database } from 'better-sqlite3';
import type { EntityRowData } from '../../../db/queries/entity-table';
import type { ValuesOf } from '../../contract/fields';
import type { repairLinesEntity } from '../../contract/repair-lines';
import type { EntityRules } from '../entities/entity-service';
import { checkRepairCoding } from '../entities/repair-rules';
import { fieldError } from '../errors';
import { allowedObjectIds, orderHead } from '../orders/lookups';
import { assertStageAllows } from '../orders/stage-guard';

type RepairFields = (typeof repairLinesEntity)['fields'];
type Values = ValuesOf<RepairFields>;

/** A repair line is part of its order: it changes only while the order may change. */
function assertOrderOpen(db: Database, orderId: number): void {
  const order = orderHead(db, orderId);
  if (!order) return;
  if (order.progress === 'posted') throw fieldError('progress', 'order_posted');
  if (order.progress === 'cancelled') throw fieldError('progress', 'order_cancelled');
  assertStageAllows(db, orderId, 'modify');
}

/** The object under repair is the order's own service object or one related to the order (or its agreement). */
function checkObject(db: Database, v: Values): void {
  if (v.serviceObjectId === null) return;
  const order = orderHead(db, v.orderId);
  if (!order) return;
  const own = db.prepare('SELECT service_object_id FROM service_orders WHERE id = ?').pluck().get(order.id) as number | null;
  if (v.serviceObjectId !== own && !allowedObjectIds(db, order).includes(v.serviceObjectId)) {
    throw fieldError('serviceObjectId', 'object_not_related_to_order');
  }
}

const lastRepairLineNo = (db: Database, orderId: number) =>
  db.prepare('SELECT coalesce(max(line_no), 0) FROM repair_lines WHERE order_id = ?').pluck().get(orderId) as number;

const stageFinished = (db: Database, stageId: number | null) =>
  stageId !== null && db.prepare('SELECT finished FROM repair_stages WHERE id = ?').pluck().get(stageId) === 1;

/**
 * The finish stamp: set to `now` when the line reaches a finished repair stage, kept while it
 * stays in one (moving between finished stages does not re-stamp), cleared when it moves back to
 * an unfinished stage (or none). What the caller sends is ignored, so the stamp always says when
 * the repair was really closed.
 */
export function finishStamp(finishedNow: boolean, stored: string | null, now: string): string | null {
  if (!finishedNow) return null;
  return stored ?? now;
}

/** The rules need the call's clock for the stamp, so they are made per call. */
export function repairLineRules(now: () => string): EntityRules<RepairFields> {
  return {
    prepare(db, v, existing: EntityRowData | null) {
      const lineNo = v.lineNo ?? (existing ? Number(existing.lineNo) : lastRepairLineNo(db, v.orderId) + 1);
      // Left empty, the repair is of the order's own object (the usual case: one object per order).
      const serviceObjectId =
        v.serviceObjectId ?? ((db.prepare('SELECT service_object_id FROM service_orders WHERE id = ?').pluck().get(v.orderId) as number | null | undefined) ?? null);
      const stored = existing ? ((existing.finishedAt as string | null) ?? null) : null;
      return { ...v, lineNo, serviceObjectId, finishedAt: finishStamp(stageFinished(db, v.repairStageId), stored, now()) };
    },
    validate(db, v) {
      assertOrderOpen(db, v.orderId);
      checkObject(db, v);
      checkRepairCoding(db, v);
    },
    beforeDelete(db, existing) {
      assertOrderOpen(db, Number(existing.orderId));
    },
  };
}
