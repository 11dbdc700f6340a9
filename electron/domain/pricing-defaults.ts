/**
 * Default cost and sales prices of an agreement line, and whether the prices a user typed depart
 * from them. Pure: the service loads the item, worker and category and passes their prices in.
 */

export type LineTransactionType = 'hour' | 'expense' | 'item' | 'fee';

export interface Prices {
  costPriceCents: number;
  salesPriceCents: number;
}

export interface PriceSources {
  transactionType: LineTransactionType;
  item: Prices | null;
  worker: Prices | null;
  category: Prices | null;
}

const ZERO: Prices = { costPriceCents: 0, salesPriceCents: 0 };

/** A worker whose hourly prices were never filled in (both 0) does not price the hour. */
const hasPrices = (p: Prices | null): p is Prices => p !== null && (p.costPriceCents > 0 || p.salesPriceCents > 0);

/**
 * Item lines sell the item; hour lines the worker's hour when the line names a worker with prices,
 * else the category's hour; expenses and fees the category's price. Nothing known: 0.
 */
export function defaultPrices(sources: PriceSources): Prices {
  switch (sources.transactionType) {
    case 'item':
      return sources.item ?? ZERO;
    case 'hour':
      return hasPrices(sources.worker) ? sources.worker : (sources.category ?? ZERO);
    default:
      return sources.category ?? ZERO;
  }
}

/**
 * The prices to store. A price left empty (null) takes its default; the line counts as
 * overridden when any price sent differs from the default, so the flag always describes the
 * stored prices against the current price setup and never comes from the caller.
 */
export function resolvePrices(
  sent: { costPriceCents: number | null; salesPriceCents: number | null },
  defaults: Prices,
): Prices & { priceOverridden: boolean } {
  const costPriceCents = sent.costPriceCents ?? defaults.costPriceCents;
  const salesPriceCents = sent.salesPriceCents ?? defaults.salesPriceCents;
  return {
    costPriceCents,
    salesPriceCents,
    priceOverridden: costPriceCents !== defaults.costPriceCents || salesPriceCents !== defaults.salesPriceCents,
  };
}
