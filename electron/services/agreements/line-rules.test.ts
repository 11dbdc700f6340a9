import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError, ApiInput, ApiName, ApiOutput } from '../../contract';
import { formatErrorMessage } from '../../contract/messages';
import { apiHarness } from '../test-harness';
import { agreementWorld, issueOf, type AgreementWorld } from './test-fixtures';

describe('agreement lines (through invoke)', () => {
  let api: ReturnType<typeof apiHarness>;
  let w: AgreementWorld;
  let agreementId: number;
  beforeEach(async () => {
    api = apiHarness();
    w = await agreementWorld(api);
    agreementId = (await ok('agreements.create', { description: 'Apkope', customerId: w.riga.id, validFrom: '2026-01-01', validTo: '2026-12-31' })).id;
  });
  afterEach(() => api.cleanup());
  const ok = <N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> => api.callOk(name, input);
  const refused = (name: string, input: unknown): Promise<ApiError> => api.callErr(name, input);
  const hour = (extra: Partial<ApiInput<'agreementLines.create'>> = {}) =>
    ok('agreementLines.create', { agreementId, transactionType: 'hour', description: 'Apkope', ...extra });

  describe('line numbers (filled in by the prepare hook)', () => {
    it("takes the line after the agreement's last when left empty, and keeps typed numbers", async () => {
      expect((await hour()).lineNo).toBe(1);
      expect((await hour({ lineNo: 10 })).lineNo).toBe(10);
      expect((await hour()).lineNo).toBe(11);
      const other = await ok('agreements.create', { description: 'Cits', customerId: w.riga.id, validFrom: '2026-01-01' });
      expect((await ok('agreementLines.create', { agreementId: other.id, transactionType: 'hour', description: 'X' })).lineNo).toBe(1);
    });

    it('refuses a number used in the same agreement and keeps its number when edited without one', async () => {
      const first = await hour();
      const error = await refused('agreementLines.create', { agreementId, transactionType: 'hour', description: 'Otrā', lineNo: 1 });
      expect(issueOf(error)).toMatchObject({ field: 'lineNo', key: 'duplicate' });
      const edited = await ok('agreementLines.update', { id: first.id, version: first.version, agreementId, transactionType: 'hour', description: 'Mainīta' });
      expect(edited).toMatchObject({ lineNo: 1, description: 'Mainīta' });
    });
  });

  describe('prices', () => {
    it("defaults an hour line to the worker's hourly prices, else to the category's", async () => {
      expect(await hour({ workerId: w.worker.id, categoryId: w.hourCategory.id })).toMatchObject({
        costPriceCents: 2500,
        salesPriceCents: 4500,
        priceOverridden: false,
        quantityX100: 100,
      });
      expect(await hour({ categoryId: w.hourCategory.id })).toMatchObject({ costPriceCents: 2000, salesPriceCents: 3500, priceOverridden: false });
      expect(await hour()).toMatchObject({ costPriceCents: 0, salesPriceCents: 0, priceOverridden: false });
    });

    it("defaults an item line to the item's prices and a fee line to the category's", async () => {
      const filter = await ok('agreementLines.create', { agreementId, transactionType: 'item', description: 'Filtrs', itemId: w.item.id, quantityX100: 200 });
      expect(filter).toMatchObject({ costPriceCents: 1200, salesPriceCents: 2000, quantityX100: 200, priceOverridden: false });
      const fee = await ok('agreementLines.create', { agreementId, transactionType: 'fee', description: 'Maksa', categoryId: w.feeCategory.id });
      expect(fee).toMatchObject({ costPriceCents: 0, salesPriceCents: 9900, priceOverridden: false });
    });

    it('marks typed prices that differ from the default as overridden, whatever the caller says', async () => {
      const typed = await hour({ workerId: w.worker.id, salesPriceCents: 5000, priceOverridden: false });
      expect(typed).toMatchObject({ costPriceCents: 2500, salesPriceCents: 5000, priceOverridden: true });
      const same = await hour({ workerId: w.worker.id, costPriceCents: 2500, salesPriceCents: 4500, priceOverridden: true });
      expect(same.priceOverridden).toBe(false);
    });

    it('goes back to the defaults when the prices are cleared on edit, and follows a new worker', async () => {
      const typed = await hour({ workerId: w.worker.id, salesPriceCents: 5000 });
      const cleared = await ok('agreementLines.update', { id: typed.id, version: typed.version, agreementId, transactionType: 'hour', description: 'Apkope', workerId: w.worker.id });
      expect(cleared).toMatchObject({ salesPriceCents: 4500, priceOverridden: false });
      const byCategory = await ok('agreementLines.update', {
        id: cleared.id,
        version: cleared.version,
        agreementId,
        transactionType: 'hour',
        description: 'Apkope',
        categoryId: w.hourCategory.id,
      });
      expect(byCategory).toMatchObject({ costPriceCents: 2000, salesPriceCents: 3500, priceOverridden: false });
    });
  });

  describe('transaction type', () => {
    it("refuses a category of another transaction type, naming the category", async () => {
      const error = await refused('agreementLines.create', { agreementId, transactionType: 'hour', description: 'X', categoryId: w.feeCategory.id });
      expect(issueOf(error)).toMatchObject({ field: 'categoryId', key: 'category_of_other_type' });
      expect(error.message).toBe('Category: the category is for another transaction type than the one chosen in "Type".');
      expect(formatErrorMessage('lv', error.details)).toBe('Kategorija: kategorija ir citam darījuma veidam, nevis laukā „Veids” izvēlētajam.');
    });

    it('needs an item on an item line and refuses one on other lines', async () => {
      const missing = await refused('agreementLines.create', { agreementId, transactionType: 'item', description: 'Filtrs' });
      expect(issueOf(missing)).toMatchObject({ field: 'itemId', key: 'required' });
      const stray = await refused('agreementLines.create', { agreementId, transactionType: 'hour', description: 'X', itemId: w.item.id });
      expect(issueOf(stray)).toMatchObject({ field: 'itemId', key: 'item_only_on_item_lines' });
      expect(api.count('agreement_lines')).toBe(0);
    });
  });

  describe('dates and times', () => {
    it('refuses an end before the start', async () => {
      const error = await refused('agreementLines.create', { agreementId, transactionType: 'hour', description: 'X', validFrom: '2026-05-01', validTo: '2026-04-30' });
      expect(issueOf(error)).toMatchObject({ field: 'validTo', key: 'date_order', params: { other: 'validFrom' } });
    });

    it("refuses dates outside the agreement's validity, naming the date that is outside", async () => {
      const early = await refused('agreementLines.create', { agreementId, transactionType: 'hour', description: 'X', validFrom: '2025-12-01' });
      expect(issueOf(early)).toMatchObject({ field: 'validFrom', key: 'outside_agreement_validity' });
      expect(early.message).toBe("Start date: must lie within the agreement's validity (2026-01-01 – 2026-12-31).");
      const late = await refused('agreementLines.create', { agreementId, transactionType: 'hour', description: 'X', validFrom: '2026-06-01', validTo: '2027-01-31' });
      expect(issueOf(late)).toMatchObject({ field: 'validTo', key: 'outside_agreement_validity' });
      await hour({ validFrom: '2026-06-01', validTo: '2026-12-31' });
    });

    it('refuses a visit window that ends before it starts', async () => {
      const error = await refused('agreementLines.create', { agreementId, transactionType: 'hour', description: 'X', startAfter: '14:00', endBefore: '09:00' });
      expect(issueOf(error)).toMatchObject({ field: 'endBefore', key: 'time_order', params: { other: 'startAfter' } });
      expect((await hour({ startAfter: '08:00', endBefore: '12:00', intervalId: w.monthly.id })).refLabels.intervalId).toBe('M1');
    });
  });

  describe('objects and tasks related to the agreement', () => {
    it("accepts the customer's objects while the agreement relates none, never another customer's", async () => {
      expect((await hour({ serviceObjectId: w.boiler.id })).refLabels.serviceObjectId).toBe('KATLS-1');
      const foreign = await refused('agreementLines.create', { agreementId, transactionType: 'hour', description: 'X', serviceObjectId: w.cesisLift.id });
      expect(issueOf(foreign)).toMatchObject({ field: 'serviceObjectId', key: 'object_of_other_customer' });
    });

    it('accepts only related objects once the agreement relates some, naming the object', async () => {
      await ok('agreementObjects.create', { agreementId, serviceObjectId: w.boiler.id });
      await hour({ serviceObjectId: w.boiler.id });
      const error = await refused('agreementLines.create', { agreementId, transactionType: 'hour', description: 'X', serviceObjectId: w.pump.id });
      expect(issueOf(error)).toMatchObject({ field: 'serviceObjectId', key: 'object_not_related' });
      expect(error.message).toBe("Service object: the object is not one of the agreement's related service objects; relate it to the agreement first.");
    });

    it('accepts only related tasks once the agreement relates some, naming the task', async () => {
      await hour({ taskId: w.otherTask.id });
      await ok('agreementTasks.create', { agreementId, taskId: w.task.id });
      const error = await refused('agreementLines.create', { agreementId, transactionType: 'hour', description: 'X', taskId: w.otherTask.id });
      expect(issueOf(error)).toMatchObject({ field: 'taskId', key: 'task_not_related' });
      expect((await hour({ taskId: w.task.id })).refLabels.taskId).toBe('APKOPE');
    });
  });
});
