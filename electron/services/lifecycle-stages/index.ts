import type { Handlers } from '../context';
import { isoNow } from '../write';
import { clockAction } from './sla-actions';
import { readSlaStatus } from './sla-store';
import { changeStage, stageLog, stageOptions } from './stage-walk';

/** The SLA status after a write: the order has an SLA (the write refused otherwise). */
function statusAfterWrite(db: Parameters<typeof readSlaStatus>[0], orderId: number, now: string) {
  const status = readSlaStatus(db, orderId, now);
  if (status === null) throw new Error(`Order ${orderId} lost its SLA during a clock write`);
  return status;
}

/** Stage walking and the SLA clock of service orders (contract: electron/contract/order-stages.ts). */
export const orderStageHandlers = {
  'orders.stageOptions': (input, ctx) => stageOptions(ctx.store.db, input.orderId),
  'orders.changeStage': (input, ctx) => {
    changeStage(ctx.store.db, input, ctx);
    return stageOptions(ctx.store.db, input.orderId);
  },
  'orders.stageLog': (input, ctx) => stageLog(ctx.store.db, input.orderId),
  'orders.slaStatus': (input, ctx) => readSlaStatus(ctx.store.db, input.orderId, isoNow(ctx)),
  'orders.slaStop': (input, ctx) => {
    clockAction(ctx.store.db, 'stop', input, ctx);
    return statusAfterWrite(ctx.store.db, input.orderId, isoNow(ctx));
  },
  'orders.slaStart': (input, ctx) => {
    clockAction(ctx.store.db, 'start', input, ctx);
    return statusAfterWrite(ctx.store.db, input.orderId, isoNow(ctx));
  },
  'orders.slaCancel': (input, ctx) => {
    clockAction(ctx.store.db, 'cancel', input, ctx);
    return statusAfterWrite(ctx.store.db, input.orderId, isoNow(ctx));
  },
} satisfies Partial<Handlers>;
