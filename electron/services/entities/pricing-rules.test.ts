import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError, ApiInput, ApiName, ApiOutput } from '../../contract';
import { formatErrorMessage } from '../../contract/messages';
import { apiHarness } from '../test-harness';

describe('pricing master data (through invoke)', () => {
  let api: ReturnType<typeof apiHarness>;
  beforeEach(() => {
    api = apiHarness();
  });
  afterEach(() => api.cleanup());
  const ok = <N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> => api.callOk(name, input);
  const refused = (name: string, input: unknown): Promise<ApiError> => api.callErr(name, input);

  const standardGroup = () => ok('taxGroups.create', { code: 'PVN21', description: 'Standarta likme' });

  describe('tax rates', () => {
    it('stores a rate in hundredths of a percent and lists it under its group', async () => {
      const group = await standardGroup();
      await ok('taxRates.create', { taxGroupId: group.id, ratePercent: 2100, validFrom: '2012-07-01' });
      const page = await ok('taxRates.list', { filter: { taxGroupId: group.id } });
      expect(page.rows).toMatchObject([{ ratePercent: 2100, validFrom: '2012-07-01', validTo: null }]);
    });

    it('refuses an end before the start, naming both fields', async () => {
      const group = await standardGroup();
      const error = await refused('taxRates.create', { taxGroupId: group.id, ratePercent: 2100, validFrom: '2012-07-01', validTo: '2012-06-30' });
      expect(error.details.issues).toEqual([{ field: 'validTo', key: 'date_order', params: { other: 'validFrom' } }]);
      expect(error.message).toBe('Valid until: must not be before Valid from.');
      expect(formatErrorMessage('lv', error.details)).toBe('Derīga līdz: nedrīkst būt agrāk par Derīga no.');
    });

    it('accepts a one-day period and consecutive periods that touch without overlapping', async () => {
      const group = await standardGroup();
      await ok('taxRates.create', { taxGroupId: group.id, ratePercent: 2100, validFrom: '2009-01-01', validTo: '2010-12-31' });
      await ok('taxRates.create', { taxGroupId: group.id, ratePercent: 2200, validFrom: '2011-01-01', validTo: '2011-01-01' });
      await ok('taxRates.create', { taxGroupId: group.id, ratePercent: 2100, validFrom: '2011-01-02' });
      expect((await ok('taxRates.list', { filter: { taxGroupId: group.id } })).total).toBe(3);
    });

    it('refuses a period overlapping a closed one of the same group, naming validFrom and the other period', async () => {
      const group = await standardGroup();
      await ok('taxRates.create', { taxGroupId: group.id, ratePercent: 2200, validFrom: '2011-01-01', validTo: '2012-06-30' });
      const error = await refused('taxRates.create', { taxGroupId: group.id, ratePercent: 2100, validFrom: '2012-06-30' });
      expect(error.code).toBe('validation');
      expect(error.details.issues).toEqual([{ field: 'validFrom', key: 'overlap', params: { from: '2011-01-01', to: '2012-06-30' } }]);
      expect(error.message).toBe('Valid from: overlaps another period (2011-01-01 – 2012-06-30).');
      expect(formatErrorMessage('lv', error.details)).toContain('Derīga no');
    });

    it('treats an open-ended rate as valid until further notice', async () => {
      const group = await standardGroup();
      await ok('taxRates.create', { taxGroupId: group.id, ratePercent: 2100, validFrom: '2012-07-01' });
      const later = await refused('taxRates.create', { taxGroupId: group.id, ratePercent: 2300, validFrom: '2030-01-01', validTo: '2030-12-31' });
      expect(later.details.issues).toEqual([{ field: 'validFrom', key: 'overlap_open', params: { from: '2012-07-01' } }]);
      expect(later.message).toBe('Valid from: overlaps another period that starts 2012-07-01 and has no end date.');
      expect(formatErrorMessage('lv', later.details)).toBe(
        'Derīga no: pārklājas ar citu periodu, kas sākas 2012-07-01 un kam nav beigu datuma.',
      );
      // An earlier open-ended rate would run into the existing one, too.
      const earlier = await refused('taxRates.create', { taxGroupId: group.id, ratePercent: 2200, validFrom: '2011-01-01' });
      expect(earlier.details.issues?.[0]).toMatchObject({ field: 'validFrom', key: 'overlap_open' });
      // Closing it the day before the existing one starts is fine.
      await ok('taxRates.create', { taxGroupId: group.id, ratePercent: 2200, validFrom: '2011-01-01', validTo: '2012-06-30' });
    });

    it('lets a rate be edited without clashing with itself, but not moved onto a neighbour', async () => {
      const group = await standardGroup();
      await ok('taxRates.create', { taxGroupId: group.id, ratePercent: 2200, validFrom: '2011-01-01', validTo: '2012-06-30' });
      const current = await ok('taxRates.create', { taxGroupId: group.id, ratePercent: 2100, validFrom: '2012-07-01' });
      const fields = { taxGroupId: group.id, ratePercent: 2100, validTo: null };
      const edited = await ok('taxRates.update', { ...fields, validFrom: '2012-08-01', id: current.id, version: current.version });
      expect(edited.validFrom).toBe('2012-08-01');
      const error = await refused('taxRates.update', { ...fields, validFrom: '2012-01-01', id: edited.id, version: edited.version });
      expect(error.details.issues?.[0]).toMatchObject({ field: 'validFrom', key: 'overlap' });
    });

    it('keeps the periods of different groups apart', async () => {
      const standard = await standardGroup();
      const reduced = await ok('taxGroups.create', { code: 'PVN12', description: 'Samazinātā likme' });
      await ok('taxRates.create', { taxGroupId: standard.id, ratePercent: 2100, validFrom: '2012-07-01' });
      await ok('taxRates.create', { taxGroupId: reduced.id, ratePercent: 1200, validFrom: '2011-01-01' });
      expect((await ok('taxRates.list', { filter: { taxGroupId: reduced.id } })).rows).toHaveLength(1);
    });

    it('refuses a rate above 100 %, naming the field', async () => {
      const group = await standardGroup();
      const error = await refused('taxRates.create', { taxGroupId: group.id, ratePercent: 10_001, validFrom: '2026-01-01' });
      expect(error.details.issues?.[0]).toMatchObject({ field: 'ratePercent' });
      expect(error.message).toContain('Rate, %');
    });
  });

  describe('tax groups', () => {
    it('deletes a group with its rates while nothing else refers to it', async () => {
      const group = await standardGroup();
      await ok('taxRates.create', { taxGroupId: group.id, ratePercent: 2100, validFrom: '2012-07-01' });
      await ok('taxGroups.delete', { id: group.id, version: group.version });
      expect((await ok('taxRates.list', {})).total).toBe(0);
    });

    it('refuses to delete a group that categories or items use, saying who uses it', async () => {
      const group = await standardGroup();
      await ok('categories.create', { code: 'STD', description: 'Standarta darbs', transactionType: 'hour', taxGroupId: group.id });
      await ok('items.create', { code: 'FLT-G4', description: 'Gaisa filtrs G4', unit: 'gab.', taxGroupId: group.id });
      const error = await refused('taxGroups.delete', { id: group.id, version: group.version });
      expect(error.code).toBe('referenced');
      expect(error.message).toContain('1 transaction categories');
      expect(error.message).toContain('1 items');
      expect(formatErrorMessage('lv', error.details)).toContain('1 darījumu kategorijas');
    });

    it('refuses a duplicate code, naming it', async () => {
      await standardGroup();
      const error = await refused('taxGroups.create', { code: 'PVN21', description: 'Vēlreiz' });
      expect(error.details.issues).toEqual([{ field: 'code', key: 'duplicate', params: { value: 'PVN21' } }]);
    });
  });

  describe('transaction categories', () => {
    it('keeps money in integer cents and shows the tax group by its code', async () => {
      const group = await standardGroup();
      const created = await ok('categories.create', {
        code: 'STD',
        description: 'Standarta darbs',
        transactionType: 'hour',
        unit: 'h',
        costPriceCents: 2200,
        salesPriceCents: 4500,
        taxGroupId: group.id,
      });
      expect(created).toMatchObject({ costPriceCents: 2200, salesPriceCents: 4500, unit: 'h', refLabels: { taxGroupId: 'PVN21' } });
    });

    it('refuses a fractional amount of cents and an unknown transaction type, naming the fields', async () => {
      const error = await refused('categories.create', { code: 'KM', description: 'Transporta izdevumi', transactionType: 'mileage', costPriceCents: 25.5 });
      expect(error.details.issues?.map((i) => i.field).sort()).toEqual(['costPriceCents', 'transactionType']);
      expect(error.message).toContain('Transaction type');
      expect(error.message).toContain('Cost price');
    });

    it('keeps codes unique across all transaction types', async () => {
      await ok('categories.create', { code: 'APKOPE', description: 'Apkopes maksa', transactionType: 'fee' });
      const error = await refused('categories.create', { code: 'APKOPE', description: 'Apkopes stundas', transactionType: 'hour' });
      expect(error.details.issues?.[0]).toMatchObject({ field: 'code', key: 'duplicate' });
      expect(formatErrorMessage('lv', error.details)).toContain('Kods');
    });

    it('refuses a tax group that does not exist', async () => {
      const error = await refused('categories.create', { code: 'MAT', description: 'Materiāli', transactionType: 'item', taxGroupId: 99 });
      expect(error.details.issues).toEqual([{ field: 'taxGroupId', key: 'ref_missing', params: {} }]);
    });
  });

  describe('items', () => {
    it('requires a unit, naming it', async () => {
      const error = await refused('items.create', { code: 'BLV-DN20', description: 'Blīve DN20' });
      expect(error.details.issues?.[0]).toMatchObject({ field: 'unit' });
      expect(formatErrorMessage('lv', error.details)).toContain('Mērvienība');
    });

    it('searches code and description with accents folded, and hides inactive items unless asked', async () => {
      await ok('items.create', { code: 'R32-1KG', description: 'Aukstumaģents R32', unit: 'kg', costPriceCents: 2400, salesPriceCents: 4200 });
      await ok('items.create', { code: 'R22-1KG', description: 'Aukstumaģents R22', unit: 'kg', active: false });
      await ok('items.create', { code: 'LIFT-ROL-80', description: 'Lifta durvju rullītis', unit: 'gab.' });
      expect((await ok('items.list', { search: 'aukstumagents' })).rows.map((r) => r.code)).toEqual(['R32-1KG']);
      expect((await ok('items.list', { search: 'aukstumagents', includeInactive: true })).total).toBe(2);
      expect((await ok('items.list', { search: 'lift-rol' })).rows.map((r) => r.description)).toEqual(['Lifta durvju rullītis']);
      const bySales = await ok('items.list', { sort: 'salesPriceCents', direction: 'desc', includeInactive: true });
      expect(bySales.rows[0]?.code).toBe('R32-1KG');
    });
  });
});
