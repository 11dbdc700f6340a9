import { orderLinesEntity, orderObjectsEntity, orderTasksEntity } from '../../contract/order-entities';
import type { Handlers } from '../context';
import { entityHandlers } from '../entities/handlers';
import { registerTables } from '../entities/registry';
import { orderDetail } from '../orders-read';
import { createOrder } from './create-order';
import { orderLineRules } from './line-rules';
import { orderObjectRules, orderTaskRules } from './relation-rules';
import { updateOrder } from './update-order';

/** Where the order entities are stored; the header's label where others refer to it is its number. */
registerTables({
  orders: { table: 'service_orders', labelColumn: 'number' },
  orderLines: { table: 'service_order_lines', labelColumn: 'line_no' },
  orderObjects: { table: 'service_order_objects', labelColumn: 'id' },
  orderTasks: { table: 'service_order_tasks', labelColumn: 'id' },
});

/** Writes of service orders: the header calls, and lines and relations as child entities. */
export const orderEditHandlers = {
  'orders.create': (input, ctx) => orderDetail(ctx.store.db, createOrder(ctx.store.db, input, ctx)),
  'orders.update': (input, ctx) => {
    updateOrder(ctx.store.db, input, ctx);
    return orderDetail(ctx.store.db, input.id);
  },
  ...entityHandlers(orderLinesEntity, orderLineRules),
  ...entityHandlers(orderObjectsEntity, orderObjectRules),
  ...entityHandlers(orderTasksEntity, orderTaskRules),
} satisfies Partial<Handlers>;
