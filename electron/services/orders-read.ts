import type { Database } from 'better-sqlite3';
import * as q from '../../db/queries/orders';
import type { OrderDetail } from '../contract/orders';
import type { Handlers } from './context';
import { notFound } from './errors';

type OrderReadHandlers = Pick<Handlers, 'orders.list' | 'orders.get'>;

type Ref = { id: number; code: string; name: string } | null;

/** Columns `<prefix>Id/Code/Name` of a LEFT JOIN -> one reference, or null when nothing was joined. */
function refOf<P extends string>(row: q.RefRaw<P>, prefix: P): Ref {
  const r = row as Record<string, unknown>;
  const id = r[`${prefix}Id`];
  if (typeof id !== 'number') return null;
  return { id, code: String(r[`${prefix}Code`] ?? ''), name: String(r[`${prefix}Name`] ?? '') };
}

function required(ref: Ref): NonNullable<Ref> {
  if (!ref) throw new Error('A required reference of a service order is missing');
  return ref;
}

/** One order as `orders.get` gives it; the write calls answer with the same. */
export function orderDetail(db: Database, id: number): OrderDetail {
  const h = q.getOrderHeader(db, id);
  if (!h) throw notFound();
  const site = refOf(h, 'site');
  return {
    id: h.id,
    version: h.version,
    updatedAt: h.updatedAt,
    updatedBy: h.updatedBy,
    createdAt: h.createdAt,
    number: h.number,
    description: h.description,
    customer: required(refOf(h, 'customer')),
    site: site && { ...site, city: h.siteCity ?? '' },
    agreement: refOf(h, 'agreement'),
    serviceObject: refOf(h, 'object'),
    priority: h.priority,
    origin: h.origin,
    progress: h.progress,
    stage: refOf(h, 'stage'),
    sla: refOf(h, 'sla'),
    responsibleWorker: refOf(h, 'responsible'),
    preferredWorker: refOf(h, 'preferred'),
    preferredDate: h.preferredDate,
    preferredStartTime: h.preferredStartTime,
    preferredEndTime: h.preferredEndTime,
    serviceAddress: h.serviceAddress,
    serviceCity: h.serviceCity,
    calendarConflict: h.calendarConflict === 1,
    combineKey: h.combineKey,
    plannedHoursX100: h.plannedHoursX100,
    lines: q.getOrderLines(db, h.id).map((l) => ({
      id: l.id,
      lineNo: l.lineNo,
      transactionType: l.transactionType,
      description: l.description,
      category: refOf(l, 'category'),
      item: refOf(l, 'item'),
      quantityX100: l.quantityX100,
      costPriceCents: l.costPriceCents,
      salesPriceCents: l.salesPriceCents,
      worker: refOf(l, 'worker'),
      serviceObject: refOf(l, 'object'),
      task: refOf(l, 'task'),
      agreementLineId: l.agreementLineId,
      calculatedDate: l.calculatedDate,
      plannedDate: l.plannedDate,
      executionDate: l.executionDate,
      startTime: l.startTime,
      endTime: l.endTime,
      priceOverridden: l.priceOverridden === 1,
      status: l.status,
    })),
    objects: q.getOrderObjects(db, h.id).map((o) => ({
      serviceObject: { id: o.id, code: o.code, name: o.name },
      serialNo: o.serialNo,
      note: o.note,
    })),
    tasks: q.getOrderTasks(db, h.id).map((t) => ({
      task: { id: t.id, code: t.code, name: t.name },
      internalText: t.internalText,
      customerText: t.customerText,
    })),
  };
}

/** The list and one order; the writes are in services/orders. */
export const orderReadHandlers: OrderReadHandlers = {
  'orders.list': (input, ctx) => {
    const { rows, total } = q.listOrders(ctx.store.db, input);
    return {
      rows: rows.map((r) => ({ ...r, calendarConflict: r.calendarConflict === 1 })),
      total,
      page: input.page,
      pageSize: input.pageSize,
    };
  },

  'orders.get': (input, ctx) => orderDetail(ctx.store.db, input.id),
};
