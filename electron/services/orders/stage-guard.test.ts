import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../errors';
import { apiHarness } from '../test-harness';
import { assertStageAllows } from './stage-guard';

/** The order's current stage decides modify / delete / cancel / post. */
describe('assertStageAllows', () => {
  let api: ReturnType<typeof apiHarness>;
  beforeEach(() => {
    api = apiHarness();
  });
  afterEach(() => api.cleanup());

  async function orderInStage(flags: Record<string, boolean>) {
    await api.callOk('stages.create', { code: 'ST', description: 'Stadija', sortOrder: 10, ...flags } as never);
    api.store.db.prepare('UPDATE app_settings SET allow_orders_without_agreement = 1').run();
    const customer = await api.callOk('customers.create', { name: 'Klients', city: 'Rīga' });
    return (await api.callOk('orders.create', { description: 'Pasūtījums', customerId: customer.id })).id;
  }

  const refusal = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      return e instanceof ServiceError ? e.issues[0] : e;
    }
    return undefined;
  };

  it('refuses each action its flag forbids, naming the stage field', async () => {
    const id = await orderInStage({ modificationAllowed: false, deletionAllowed: false, cancellationAllowed: false, postingAllowed: false });
    const db = api.store.db;
    expect(refusal(() => assertStageAllows(db, id, 'modify'))).toMatchObject({ field: 'stageId', key: 'order_stage_no_change', params: { stage: 'ST' } });
    expect(refusal(() => assertStageAllows(db, id, 'delete'))).toMatchObject({ field: 'stageId', key: 'stage_no_delete' });
    expect(refusal(() => assertStageAllows(db, id, 'cancel'))).toMatchObject({ field: 'stageId', key: 'stage_no_cancel' });
    expect(refusal(() => assertStageAllows(db, id, 'post', 'orderId'))).toMatchObject({ field: 'orderId', key: 'stage_no_post' });
  });

  it('allows what the flags allow, and anything for an order without a stage', async () => {
    const id = await orderInStage({ modificationAllowed: true, deletionAllowed: true, cancellationAllowed: true, postingAllowed: true });
    const db = api.store.db;
    for (const action of ['modify', 'delete', 'cancel', 'post'] as const) expect(refusal(() => assertStageAllows(db, id, action))).toBeUndefined();
    db.prepare('UPDATE service_orders SET stage_id = NULL WHERE id = ?').run(id);
    expect(refusal(() => assertStageAllows(db, id, 'post'))).toBeUndefined();
  });
});
