import { z } from 'zod';
import { Audited, Id, Version, pageInput, pageOf } from './common';
import { endpoint } from './define';
import { entityContract } from './entity';
import { TRANSACTION_TYPES } from './generation';
import {
  ORDER_LINE_STATUSES,
  ORDER_PRIORITIES,
  orderHeaderEntity,
  orderLinesEntity,
  orderObjectsEntity,
  orderTasksEntity,
} from './order-entities';

export { ORDER_LINE_STATUSES, ORDER_PRIORITIES } from './order-entities';

export const ORDER_PROGRESS = ['in_process', 'posted', 'cancelled'] as const;
export const ORDER_ORIGINS = ['generated', 'manual', 'request'] as const;

const IsoDate = z.iso.date();

/** The SLA clock of an order as the list filters it; see listOrders in db/queries/orders.ts. */
export const ORDER_SLA_STATES = ['none', 'running', 'stopped', 'cancelled'] as const;
/** Which technician of an order a `workerId` filter matches. */
export const ORDER_WORKER_MATCHES = ['either', 'assigned', 'preferred'] as const;

export const orderSortKeys = ['preferredDate', 'number', 'customer'] as const;

export const OrderListRow = z.object({
  id: Id,
  number: z.string(),
  description: z.string(),
  customerName: z.string(),
  siteName: z.string().nullable(),
  agreementNumber: z.string().nullable(),
  preferredDate: z.string().nullable(),
  progress: z.enum(ORDER_PROGRESS),
  origin: z.enum(ORDER_ORIGINS),
  calendarConflict: z.boolean(),
  lineCount: z.number().int(),
});
export type OrderListRow = z.infer<typeof OrderListRow>;

/** A referenced record as people read it: its code (or number) and name. */
const Ref = z.object({ id: Id, code: z.string(), name: z.string() }).nullable();

export const OrderLine = z.object({
  id: Id,
  lineNo: z.number().int(),
  transactionType: z.enum(TRANSACTION_TYPES),
  description: z.string(),
  category: Ref,
  item: Ref,
  quantityX100: z.number().int(),
  costPriceCents: z.number().int(),
  salesPriceCents: z.number().int(),
  worker: Ref,
  serviceObject: Ref,
  task: Ref,
  agreementLineId: Id.nullable(),
  /** The series date of the agreement line this order line stands for (null for a manual line). */
  calculatedDate: z.string().nullable(),
  plannedDate: z.string().nullable(),
  executionDate: z.string().nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  priceOverridden: z.boolean(),
  status: z.enum(ORDER_LINE_STATUSES),
});

export const OrderDetail = Audited.extend({
  number: z.string(),
  description: z.string(),
  customer: Ref.unwrap(),
  site: z.object({ id: Id, code: z.string(), name: z.string(), city: z.string() }).nullable(),
  agreement: z.object({ id: Id, code: z.string(), name: z.string() }).nullable(),
  serviceObject: Ref,
  priority: z.enum(ORDER_PRIORITIES),
  origin: z.enum(ORDER_ORIGINS),
  progress: z.enum(ORDER_PROGRESS),
  stage: Ref,
  sla: Ref,
  responsibleWorker: Ref,
  preferredWorker: Ref,
  preferredDate: z.string().nullable(),
  preferredStartTime: z.string().nullable(),
  preferredEndTime: z.string().nullable(),
  serviceAddress: z.string().nullable(),
  serviceCity: z.string().nullable(),
  calendarConflict: z.boolean(),
  combineKey: z.string().nullable(),
  plannedHoursX100: z.number().int(),
  createdAt: z.string(),
  lines: z.array(OrderLine),
  objects: z.array(z.object({ serviceObject: Ref.unwrap(), serialNo: z.string().nullable(), note: z.string().nullable() })),
  tasks: z.array(z.object({ task: Ref.unwrap(), internalText: z.string().nullable(), customerText: z.string().nullable() })),
});
export type OrderDetail = z.infer<typeof OrderDetail>;

/** The header fields as sent by a caller (parsed by the header entity's field schemas). */
const headerShape = Object.fromEntries(Object.entries(orderHeaderEntity.fields).map(([k, spec]) => [k, spec.schema])) as {
  [K in keyof typeof orderHeaderEntity.fields]: (typeof orderHeaderEntity.fields)[K]['schema'];
};
export const OrderHeaderInput = z.object(headerShape).strict();
export type OrderHeaderValues = z.output<typeof OrderHeaderInput>;

export const ordersContract = {
  ...entityContract(orderLinesEntity),
  ...entityContract(orderObjectsEntity),
  ...entityContract(orderTasksEntity),
  'orders.create': endpoint({
    summary:
      'Creates a service order by hand: origin manual, the first (root) stage, the next number of the order sequence. The agreement must be the customer\'s and active (required when the parameters do not allow orders without one); an empty SLA takes the agreement\'s.',
    scope: 'order',
    input: OrderHeaderInput,
    output: OrderDetail,
    writes: true,
  }),
  'orders.update': endpoint({
    summary:
      "Changes a service order's header; a stale `version` is refused with `conflict`. Refused when the order's stage does not allow changes, or the order is posted or cancelled.",
    scope: 'order',
    input: OrderHeaderInput.extend({ id: Id, version: Version }).strict(),
    output: OrderDetail,
    writes: true,
  }),
  'orders.list': endpoint({
    summary:
      'Service orders, searched by number, description, customer, site city and object serial number; filtered by progress, agreement, customer, service date, stage, technician, dispatch team and SLA clock state; sorted and paged in the database.',
    scope: 'orders',
    input: pageInput(orderSortKeys).extend({
      progress: z.enum(ORDER_PROGRESS).optional(),
      agreementId: Id.optional(),
      customerId: Id.optional(),
      from: IsoDate.optional().describe('Service (preferred) date on or after'),
      to: IsoDate.optional().describe('Service (preferred) date on or before'),
      stageId: Id.optional().describe('Orders in this stage'),
      workerId: Id.optional().describe('Orders of this technician, as `workerMatch` says'),
      workerMatch: z
        .enum(ORDER_WORKER_MATCHES)
        .optional()
        .describe('What `workerId` (and `teamId`) match: the assigned technician (worker_id), the preferred one, or either (the default)'),
      teamId: Id.optional().describe("Orders whose technician (as `workerMatch` says) belongs to this dispatch team"),
      slaState: z
        .enum(ORDER_SLA_STATES)
        .optional()
        .describe(
          'none: no SLA; cancelled: SLA clock cancelled; running: the clock runs (an SLA with no clock rows yet counts, as the clock starts lazily); stopped: stopped or ended at sign-off',
        ),
    }),
    output: pageOf(OrderListRow),
    writes: false,
  }),
  'orders.get': endpoint({
    summary: 'One service order with its lines and its object and task relations.',
    scope: 'orders',
    input: z.object({ id: Id }),
    output: OrderDetail,
    writes: false,
  }),
};
