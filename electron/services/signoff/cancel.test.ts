import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueOf } from '../agreements/test-fixtures';
import { apiHarness } from '../test-harness';
import { signOffWorld } from './test-world';

/** orders.cancel|revokeCancel|delete and orderLines.cancel|revokeCancel through invoke. */
describe('cancel, revoke and delete', () => {
  let api: ReturnType<typeof apiHarness>;
  let s: Awaited<ReturnType<typeof signOffWorld>>;
  beforeEach(async () => {
    api = apiHarness();
    s = await signOffWorld(api);
  });
  afterEach(() => api.cleanup());

  const ref = () => ({ orderId: s.order.id, version: s.version() });
  const statuses = () => api.store.db.prepare('SELECT status FROM service_order_lines WHERE order_id = ? ORDER BY line_no').pluck().all(s.order.id);

  it('cancels the order with its created lines and revokes the cancellation', async () => {
    const cancelled = await api.callOk('orders.cancel', { ...ref(), note: 'Klients atteicās' });
    expect(cancelled.progress).toBe('cancelled');
    expect(cancelled.lines.map((l) => l.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(api.store.db.prepare('SELECT cancelled_by, cancel_note FROM service_orders WHERE id = ?').get(s.order.id)).toEqual({
      cancelled_by: 'Anna', cancel_note: 'Klients atteicās',
    });
    expect(issueOf(await api.callErr('orders.cancel', ref()))).toMatchObject({ field: 'progress', key: 'order_cancelled' });
    const revoked = await api.callOk('orders.revokeCancel', ref());
    expect(revoked.progress).toBe('in_process');
    expect(revoked.lines.map((l) => l.status)).toEqual(['created', 'created', 'created']);
    expect(issueOf(await api.callErr('orders.revokeCancel', ref()))).toMatchObject({ key: 'signoff_order_not_cancelled' });
  });

  it('keeps an order without lines cancelled until the cancellation is revoked', async () => {
    const empty = await api.callOk('orders.create', { description: 'Tukšs', customerId: s.w.riga.id });
    expect((await api.callOk('orders.cancel', { orderId: empty.id, version: 0 })).progress).toBe('cancelled');
    expect((await api.callOk('orders.revokeCancel', { orderId: empty.id, version: 1 })).progress).toBe('in_process');
  });

  it('refuses cancelling when the stage does not allow it', async () => {
    s.setStage(s.stages.other);
    const refused = await api.callErr('orders.cancel', ref());
    expect(issueOf(refused)).toMatchObject({ field: 'stageId', key: 'stage_no_cancel', params: { stage: 'PABEIGTS' } });
    expect(refused.message).toBe('Stage: the stage "PABEIGTS" does not allow cancelling the order.');
    expect(issueOf(await api.callErr('orderLines.cancel', { id: s.lines[0].id, version: 0 }))).toMatchObject({ key: 'stage_no_cancel' });
    expect(statuses()).toEqual(['created', 'created', 'created']);
  });

  it('refuses cancelling and deleting an order with a posted line', async () => {
    s.post(s.lines[1].id);
    const refused = await api.callErr('orders.cancel', ref());
    expect(issueOf(refused)).toMatchObject({ field: 'progress', key: 'signoff_order_has_posted', params: { line: 2 } });
    expect(refused.message).toBe('Progress: line 2 of the order is posted, so the order can no longer be cancelled or deleted.');
    s.setStage(s.stages.other);
    expect(issueOf(await api.callErr('orders.delete', ref()))).toMatchObject({ key: 'signoff_order_has_posted' });
    expect(statuses()).toEqual(['created', 'posted', 'created']);
  });

  it('deletes an order only when its stage allows it, with its lines and signatures', async () => {
    const byStage = await api.callErr('orders.delete', ref());
    expect(issueOf(byStage)).toMatchObject({ field: 'stageId', key: 'stage_no_delete', params: { stage: 'JAUNS' } });
    s.setStage(s.stages.other);
    await api.callOk('orders.signOff', { orderId: s.order.id, version: s.version(), signerName: 'Anna', imagePng: 'data:image/png;base64,AAAA', strokes: 1 });
    expect((await api.callErr('orders.delete', { ...ref(), version: 0 })).code).toBe('conflict');
    expect(await api.callOk('orders.delete', ref())).toEqual({ id: s.order.id });
    expect([api.count('service_orders'), api.count('service_order_lines'), api.count('signatures')]).toEqual([0, 0, 0]);
    expect((await api.callErr('orders.get', { id: s.order.id })).code).toBe('not_found');
  });

  it('cancels and revokes single lines; the order follows its lines', async () => {
    const [a, b, c] = s.lines.map((l) => l.id) as [number, number, number];
    let order = await api.callOk('orderLines.cancel', { id: a, version: s.lineVersion(a) });
    expect(order.progress).toBe('in_process');
    await api.callOk('orderLines.cancel', { id: b, version: s.lineVersion(b) });
    order = await api.callOk('orderLines.cancel', { id: c, version: s.lineVersion(c) });
    expect(order.progress).toBe('cancelled');
    expect(issueOf(await api.callErr('orderLines.cancel', { id: c, version: s.lineVersion(c) }))).toMatchObject({ field: 'status', key: 'order_line_cancelled' });
    expect((await api.callErr('orderLines.cancel', { id: c, version: 0 })).code).toBe('conflict');
    order = await api.callOk('orderLines.revokeCancel', { id: c, version: s.lineVersion(c) });
    expect(order.progress).toBe('in_process');
    expect(order.lines.map((l) => l.status)).toEqual(['cancelled', 'cancelled', 'created']);
    expect(issueOf(await api.callErr('orderLines.revokeCancel', { id: c, version: s.lineVersion(c) }))).toMatchObject({ key: 'signoff_line_not_cancelled' });
    s.post(c);
    expect(issueOf(await api.callErr('orderLines.cancel', { id: c, version: s.lineVersion(c) }))).toMatchObject({ key: 'order_line_posted' });
  });
});
