import type { Handlers } from '../context';
import { moveLines } from './move-lines';

/** Moving lines between orders of one agreement. */
export const orderLineMoveHandlers = {
  'orderLines.move': (input, ctx) => moveLines(ctx.store.db, input, ctx),
} satisfies Partial<Handlers>;
