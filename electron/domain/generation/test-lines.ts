import type { GenLine } from './types';

/** A plain one-time hour line for tests; each test states only what it is about. */
export const genLine = (id: number, over: Partial<GenLine> = {}): GenLine => ({
  id,
  lineNo: id * 10,
  transactionType: 'hour',
  description: `Line ${id}`,
  categoryId: null,
  itemId: null,
  quantityX100: 100,
  costPriceCents: 0,
  salesPriceCents: 0,
  priceOverridden: false,
  workerId: null,
  serviceObjectId: null,
  taskId: null,
  interval: null,
  timeWindow: null,
  validFrom: null,
  validTo: null,
  startAfter: null,
  endBefore: null,
  stopped: false,
  ...over,
});
