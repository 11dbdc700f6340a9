import type { Database } from 'better-sqlite3';
import type { EntityRowData } from '../../../db/queries/entity-table';
import type { ValuesOf } from '../../contract/fields';
import type { orderLinesEntity } from '../../contract/order-entities';
import { resolvePrices } from '../../domain/pricing-defaults';
import { categoryType, linePriceDefaults, objectCustomer } from '../agreements/lookups';
import type { EntityRules } from '../entities/entity-service';
import { fieldError } from '../errors';
import { assertOrderEditable } from './header-rules';
import { assertStageAllows } from './stage-guard';
import { allowedObjectIds, allowedTaskIds, lastOrderLineNo, orderHead, refreshPlannedHours, type OrderHead } from './lookups';

type LineFields = (typeof orderLinesEntity)['fields'];
type Values = ValuesOf<LineFields>;

/** A posted or cancelled line is history: posting and cancelling (later) are its only ways out. */
function assertLineOpen(existing: EntityRowData): void {
  if (existing.status === 'posted') throw fieldError('status', 'order_line_posted', { line: Number(existing.lineNo) });
  if (existing.status === 'cancelled') throw fieldError('status', 'order_line_cancelled', { line: Number(existing.lineNo) });
}

/** The category and the item must fit the line's transaction type (as on agreement lines). */
function checkKind(db: Database, v: Values): void {
  if (v.categoryId !== null) {
    const type = categoryType(db, v.categoryId);
    if (type !== undefined && type !== v.transactionType) throw fieldError('categoryId', 'category_of_other_type', { other: 'transactionType' });
  }
  if (v.transactionType === 'item' && v.itemId === null) throw fieldError('itemId', 'required');
  if (v.transactionType !== 'item' && v.itemId !== null) throw fieldError('itemId', 'item_only_on_item_lines', { other: 'transactionType' });
}

function checkTimes(v: Values): void {
  if ((v.startTime !== null || v.endTime !== null) && v.executionDate === null) throw fieldError('executionDate', 'required');
  if (v.startTime !== null && v.endTime !== null && v.endTime <= v.startTime) throw fieldError('endTime', 'time_order', { other: 'startTime' });
}

/**
 * A line serves what the order (or its agreement) covers: once either relates objects or tasks, a
 * line may only name one of those. Without object relations the object must at least be the
 * customer's (or nobody's).
 */
function checkRelations(db: Database, v: Values, order: OrderHead): void {
  if (v.serviceObjectId !== null) {
    const allowed = allowedObjectIds(db, order);
    if (allowed.length > 0 && !allowed.includes(v.serviceObjectId)) throw fieldError('serviceObjectId', 'object_not_related_to_order');
    const owner = objectCustomer(db, v.serviceObjectId);
    if (allowed.length === 0 && owner !== null && owner !== order.customerId) throw fieldError('serviceObjectId', 'object_not_of_order_customer');
  }
  if (v.taskId !== null) {
    const allowed = allowedTaskIds(db, order);
    if (allowed.length > 0 && !allowed.includes(v.taskId)) throw fieldError('taskId', 'task_not_related_to_order');
  }
}

export const orderLineRules: EntityRules<LineFields> = {
  prepare(db, v, existing) {
    const lineNo = v.lineNo ?? (existing ? Number(existing.lineNo) : lastOrderLineNo(db, v.orderId) + 1);
    // Prices are resolved on every save from the same defaults as agreement lines, so
    // `priceOverridden` describes what is stored and no caller can set it.
    const defaults = linePriceDefaults(db, v);
    // Status and the generation trace are kept as stored: posting, cancelling and generation set them.
    const status = existing ? (existing.status as Values['status']) : 'created';
    const calculatedDate = existing ? ((existing.calculatedDate as string | null) ?? null) : null;
    return { ...v, lineNo, status, calculatedDate, ...resolvePrices(v, defaults) };
  },
  validate(db, v, existing) {
    const order = orderHead(db, v.orderId);
    if (!order) return;
    if (existing) assertLineOpen(existing);
    assertOrderEditable(order, { progress: 'orderId', stage: 'orderId' });
    checkKind(db, v);
    checkTimes(v);
    checkRelations(db, v, order);
    refreshPlannedHours(db, order.id, { lineId: existing?.id ?? null, hoursX100: v.transactionType === 'hour' ? v.quantityX100 : 0 });
  },
  beforeDelete(db, existing) {
    assertLineOpen(existing);
    const order = orderHead(db, Number(existing.orderId));
    if (!order) return;
    assertOrderEditable(order, { progress: 'orderId', stage: 'orderId' });
    assertStageAllows(db, order.id, 'delete', 'orderId');
    refreshPlannedHours(db, order.id, { lineId: existing.id, hoursX100: 0 });
  },
};
