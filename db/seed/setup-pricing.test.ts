import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiInput, ApiName, ApiOutput } from '../../electron/contract';
import { firstOpenOverlap } from '../../electron/domain/open-periods';
import { rateOn } from '../../electron/domain/tax';
import { createHandlers } from '../../electron/services/handlers';
import { invoke } from '../../electron/services/invoke';
import type { Store } from '../store';
import { loadDemoCompany } from './demo';
import { count, tempStore } from './seed-test-helpers';
import { seedPricing } from './setup-pricing';

const NOW = new Date('2026-03-25T09:30:00Z');

interface RateRow {
  code: string;
  ratePercent: number;
  validFrom: string;
  validTo: string | null;
}

describe('seedPricing', () => {
  let store: Store;
  let dispose: () => void;
  beforeEach(() => {
    ({ store, dispose } = tempStore());
  });
  afterEach(() => dispose());

  const seed = () =>
    store.db.transaction(() => {
      loadDemoCompany(store.db, { now: NOW, actor: 'test' });
      return seedPricing(store.db, NOW, 'test');
    })();

  it('adds tax groups with their rates, categories and items after the demo company', () => {
    const counts = seed();
    expect(counts).toEqual({ tax_groups: 4, tax_rates: 7, transaction_categories: 7, items: 17 });
    for (const [table, n] of Object.entries(counts)) expect(count(store.db, `SELECT count(*) AS n FROM ${table}`), table).toBe(n);
    const std = store.db.prepare("SELECT * FROM transaction_categories WHERE code = 'STD'").get() as Record<string, unknown>;
    expect(std).toMatchObject({ transaction_type: 'hour', description: 'Standarta darbs', cost_price_cents: 2200, sales_price_cents: 4500, unit: 'h' });
    const types = store.db.prepare('SELECT DISTINCT transaction_type AS t FROM transaction_categories ORDER BY t').all();
    expect(types).toEqual([{ t: 'expense' }, { t: 'fee' }, { t: 'hour' }, { t: 'item' }]);
  });

  it('gives each tax group non-overlapping periods and the Latvian rates valid today', () => {
    seed();
    const rates = store.db
      .prepare(
        `SELECT g.code, r.rate_percent AS ratePercent, r.valid_from AS validFrom, r.valid_to AS validTo
         FROM tax_rates r JOIN tax_groups g ON g.id = r.tax_group_id ORDER BY g.code, r.valid_from`,
      )
      .all() as RateRow[];
    const byGroup = new Map<string, RateRow[]>();
    for (const r of rates) byGroup.set(r.code, [...(byGroup.get(r.code) ?? []), r]);
    for (const [code, list] of byGroup) {
      list.forEach((r, i) => {
        const others = list.filter((_, j) => j !== i).map((o) => ({ from: o.validFrom, to: o.validTo }));
        expect(firstOpenOverlap({ from: r.validFrom, to: r.validTo }, others), `${code} from ${r.validFrom}`).toBeUndefined();
      });
    }
    const today = (code: string) => rateOn(byGroup.get(code) ?? [], '2026-03-25')?.ratePercent;
    expect([today('PVN21'), today('PVN12'), today('PVN5'), today('PVN0')]).toEqual([2100, 1200, 500, 0]);
    expect(rateOn(byGroup.get('PVN21') ?? [], '2012-06-30')?.ratePercent).toBe(2200);
  });

  it('is readable through the generic list calls: search, the tax group label and inactive items', async () => {
    seed();
    const handlers = createHandlers({ appVersion: 't', osUser: 'u' });
    const ctx = { store, actor: 'Anna', now: () => NOW };
    async function ok<N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
      const result = await invoke(handlers, ctx, name, input);
      if (!result.ok) throw new Error(`${name} was refused: ${result.error.message}`);
      return result.value as ApiOutput<N>;
    }
    const found = await ok('items.list', { search: 'aukstumagents' });
    expect(found.rows.map((r) => r.code)).toEqual(['R32', 'R410A']);
    expect(found.rows[0]?.refLabels.taxGroupId).toBe('PVN21');
    expect((await ok('items.list', { search: 'aukstumagents', includeInactive: true })).total).toBe(3);
    expect((await ok('categories.list', { search: 'nakts' })).rows.map((r) => r.code)).toEqual(['NAKTS']);
  });
});
