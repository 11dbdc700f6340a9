import type { Handlers } from '../context';
import { orderDetail } from '../orders-read';
import { cancelLine, cancelOrder, deleteOrder, revokeLineCancel, revokeOrderCancel } from './cancel';
import { orderSignatures } from './lookups';
import { signOff } from './sign-off';

/** Sign-off of orders and lines, and cancelling, revoking and deleting orders and lines. */
export const signOffHandlers = {
  'orders.signOff': (input, ctx) => {
    signOff(ctx.store.db, input, ctx);
    return orderSignatures(ctx.store.db, input.orderId);
  },
  'orders.signatures': (input, ctx) => orderSignatures(ctx.store.db, input.orderId),
  'orders.cancel': (input, ctx) => {
    cancelOrder(ctx.store.db, input, ctx);
    return orderDetail(ctx.store.db, input.orderId);
  },
  'orders.revokeCancel': (input, ctx) => {
    revokeOrderCancel(ctx.store.db, input, ctx);
    return orderDetail(ctx.store.db, input.orderId);
  },
  'orders.delete': (input, ctx) => {
    deleteOrder(ctx.store.db, input);
    return { id: input.orderId };
  },
  'orderLines.cancel': (input, ctx) => orderDetail(ctx.store.db, cancelLine(ctx.store.db, input, ctx)),
  'orderLines.revokeCancel': (input, ctx) => orderDetail(ctx.store.db, revokeLineCancel(ctx.store.db, input, ctx)),
} satisfies Partial<Handlers>;
