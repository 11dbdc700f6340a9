import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agreementWorld, issueOf, type AgreementWorld } from '../agreements/test-fixtures';
import { apiHarness } from '../test-harness';
import { PostingCancelled, runPostingBatch } from './batch';

/** postings.startBatch: a period of orders as a job, with skips counted by reason. */
describe('batch posting', () => {
  let api: ReturnType<typeof apiHarness>;
  let w: AgreementWorld;
  let stages: { root: number; done: number };
  beforeEach(async () => {
    api = apiHarness();
    w = await agreementWorld(api);
    const root = await api.callOk('stages.create', { code: 'JAUNS', description: 'Jauns', sortOrder: 10 });
    const done = await api.callOk('stages.create', { code: 'PABEIGTS', description: 'Pabeigts', sortOrder: 20, parentId: root.id, postingAllowed: true });
    stages = { root: root.id, done: done.id };
  });
  afterEach(() => api.cleanup());

  const db = () => api.store.db;
  async function order(preferredDate: string, stageId: number, types: ('hour' | 'fee')[] = ['hour', 'fee']) {
    const id = (await api.callOk('orders.create', { description: 'Apkope', customerId: w.riga.id, preferredDate })).id;
    for (const transactionType of types) {
      await api.callOk('orderLines.create', {
        orderId: id, transactionType, description: transactionType, quantityX100: 100, costPriceCents: 1000, salesPriceCents: 2000,
        ...(transactionType === 'fee' ? { categoryId: w.feeCategory.id } : {}),
      });
    }
    db().prepare('UPDATE service_orders SET stage_id = ? WHERE id = ?').run(stageId, id);
    return id;
  }
  const progress = (id: number) => db().prepare('SELECT progress FROM service_orders WHERE id = ?').pluck().get(id);
  const input = { from: '2026-03-01', to: '2026-03-31', transactionTypes: ['hour' as const], postingDate: '2026-03-31' };

  it('posts the chosen types of the orders in the period and counts skipped orders by reason', async () => {
    const ready = await order('2026-03-05', stages.done);
    const hoursOnly = await order('2026-03-06', stages.done, ['hour']);
    const wrongStage = await order('2026-03-07', stages.root);
    const noRate = await order('2026-03-08', stages.done);
    const outside = await order('2026-04-01', stages.done);
    const gap = (await api.callOk('taxGroups.create', { code: 'NAV', description: 'Bez likmes' })).id;
    const noRateCategory = await api.callOk('categories.create', { code: 'NAV', description: 'Bez likmes', transactionType: 'hour', taxGroupId: gap });
    db().prepare("UPDATE service_order_lines SET category_id = ? WHERE order_id = ? AND transaction_type = 'hour'").run(noRateCategory.id, noRate);

    const { jobId } = await api.callOk('postings.startBatch', input);
    const status = await api.callOk('jobs.status', { jobId });
    expect(status).toMatchObject({ state: 'done' });
    expect(status.posting).toMatchObject({
      ordersConsidered: 4, ordersPosted: 2, linesPosted: 2, skipped: { stage: 1, unsigned: 0, no_tax_rate: 1 },
      posted: [{ orderId: ready, lines: 1, progress: 'in_process' }, { orderId: hoursOnly, lines: 1, progress: 'posted' }],
      skippedOrders: [{ orderId: wrongStage, reason: 'stage' }, { orderId: noRate, reason: 'no_tax_rate' }],
    });
    expect(progress(hoursOnly)).toBe('posted');
    expect(db().prepare("SELECT count(*) FROM service_order_lines WHERE order_id IN (?, ?, ?) AND status = 'posted'").pluck().get(wrongStage, noRate, outside)).toBe(0);
    expect(db().prepare("SELECT kind, lines FROM posting_runs").all()).toEqual([{ kind: 'batch', lines: 2 }]);
    // Nothing left: a second run considers nothing.
    const again = await api.callOk('jobs.status', { jobId: (await api.callOk('postings.startBatch', { ...input, transactionTypes: ['hour', 'fee'] })).jobId });
    expect(again.posting).toMatchObject({ ordersConsidered: 3, ordersPosted: 1, linesPosted: 1 });
  });

  it('skips orders with unsigned lines when sign-off is required', async () => {
    const unsigned = await order('2026-03-05', stages.done, ['hour']);
    const { updatedAt: _at, updatedBy: _by, ...params } = await api.callOk('parameters.get', {});
    await api.callOk('parameters.update', { ...params, signOffRequired: true });
    const status = await api.callOk('jobs.status', { jobId: (await api.callOk('postings.startBatch', input)).jobId });
    expect(status.posting).toMatchObject({ ordersPosted: 0, skipped: { unsigned: 1 }, skippedOrders: [{ orderId: unsigned, reason: 'unsigned' }] });
  });

  it('refuses a reversed period or no transaction types, and a cancelled run posts nothing', async () => {
    expect(issueOf(await api.callErr('postings.startBatch', { ...input, to: '2026-02-01' }))).toMatchObject({ field: 'to', key: 'date_order' });
    expect(issueOf(await api.callErr('postings.startBatch', { ...input, transactionTypes: [] }))).toMatchObject({ field: 'transactionTypes', key: 'required' });
    await order('2026-03-05', stages.done);
    expect(() => runPostingBatch(db(), input, { actor: 'Anna', now: new Date(), isCancelled: () => true })).toThrow(PostingCancelled);
    expect(api.count('posted_transactions')).toBe(0);
    expect(api.count('posting_runs')).toBe(0);
  });
});
