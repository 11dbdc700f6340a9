import { describe, expect, it } from 'vitest';
import { defaultPrices, resolvePrices } from './pricing-defaults';

const item = { costPriceCents: 1200, salesPriceCents: 2000 };
const worker = { costPriceCents: 2500, salesPriceCents: 4500 };
const category = { costPriceCents: 2000, salesPriceCents: 3500 };

describe('default prices of an agreement line', () => {
  it('prices an item line by its item', () => {
    expect(defaultPrices({ transactionType: 'item', item, worker, category })).toEqual(item);
    expect(defaultPrices({ transactionType: 'item', item: null, worker, category })).toEqual({ costPriceCents: 0, salesPriceCents: 0 });
  });

  it("prices an hour line by the worker's hour, else by the category", () => {
    expect(defaultPrices({ transactionType: 'hour', item: null, worker, category })).toEqual(worker);
    expect(defaultPrices({ transactionType: 'hour', item: null, worker: null, category })).toEqual(category);
  });

  it('falls back to the category when the worker has no prices filled in', () => {
    const unpriced = { costPriceCents: 0, salesPriceCents: 0 };
    expect(defaultPrices({ transactionType: 'hour', item: null, worker: unpriced, category })).toEqual(category);
  });

  it('prices expenses and fees by the category only (never by the worker or an item)', () => {
    expect(defaultPrices({ transactionType: 'expense', item, worker, category })).toEqual(category);
    expect(defaultPrices({ transactionType: 'fee', item, worker, category: null })).toEqual({ costPriceCents: 0, salesPriceCents: 0 });
  });
});

describe('resolving the prices to store', () => {
  it('fills empty prices with the defaults and is not overridden', () => {
    expect(resolvePrices({ costPriceCents: null, salesPriceCents: null }, worker)).toEqual({ ...worker, priceOverridden: false });
  });

  it('keeps typed prices and marks them overridden when they differ', () => {
    expect(resolvePrices({ costPriceCents: null, salesPriceCents: 5000 }, worker)).toEqual({
      costPriceCents: 2500,
      salesPriceCents: 5000,
      priceOverridden: true,
    });
    expect(resolvePrices({ costPriceCents: 100, salesPriceCents: null }, worker).priceOverridden).toBe(true);
  });

  it('is not overridden when the typed prices equal the defaults', () => {
    expect(resolvePrices({ costPriceCents: 2500, salesPriceCents: 4500 }, worker).priceOverridden).toBe(false);
  });

  it('treats a typed 0 as a price (a free line), not as empty', () => {
    expect(resolvePrices({ costPriceCents: 0, salesPriceCents: 0 }, category)).toEqual({
      costPriceCents: 0,
      salesPriceCents: 0,
      priceOverridden: true,
    });
  });
});
