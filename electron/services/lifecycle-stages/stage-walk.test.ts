import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueOf } from '../agreements/test-fixtures';
import { apiHarness } from '../test-harness';
import { at, stageWorld, type StageWorld } from './test-world';

/** orders.stageOptions / changeStage / stageLog: only child or parent, reasons, versions, the log. */
describe('walking an order through its stages', () => {
  let api: ReturnType<typeof apiHarness>;
  let w: StageWorld;
  let order: { id: number; version: number };
  beforeEach(async () => {
    api = apiHarness();
    w = await stageWorld(api);
    order = await api.callOk('orders.create', { description: 'Katls nesilda', customerId: w.customer.id });
  });
  afterEach(() => api.cleanup());

  it('offers the children of the current stage as next and its parent as previous', async () => {
    const fromRoot = await api.callOk('orders.stageOptions', { orderId: order.id });
    expect(fromRoot.current?.code).toBe('JAUNS');
    expect(fromRoot.next.map((s) => s.code)).toEqual(['PLANOTS', 'ATCELTS']);
    expect(fromRoot.previous).toBeNull();
    expect(fromRoot.next[1]).toMatchObject({ reasonRequired: true, stopsSlaClock: false });

    const moved = await api.callOk('orders.changeStage', { orderId: order.id, version: order.version, toStageId: w.planned.id });
    expect(moved).toMatchObject({ current: { code: 'PLANOTS' }, previous: { code: 'JAUNS' }, version: order.version + 1 });
    expect(moved.next.map((s) => s.code)).toEqual(['DARBS', 'GAIDA']);
    expect((await api.callOk('orders.get', { id: order.id })).stage?.code).toBe('PLANOTS');

    const back = await api.callOk('orders.changeStage', { orderId: order.id, version: moved.version, toStageId: w.root.id });
    expect(back.current?.code).toBe('JAUNS');
  });

  it('refuses a stage that is neither a child nor the parent, naming the new stage', async () => {
    const skip = await api.callErr('orders.changeStage', { orderId: order.id, version: order.version, toStageId: w.work.id });
    expect(issueOf(skip)).toMatchObject({ field: 'toStageId', key: 'stage_not_adjacent', params: { stage: 'JAUNS' } });
    expect(skip.message).toContain('New stage');
    const self = await api.callErr('orders.changeStage', { orderId: order.id, version: order.version, toStageId: w.root.id });
    expect(issueOf(self)).toMatchObject({ field: 'toStageId', key: 'stage_not_adjacent' });
    expect(api.count('order_stage_log')).toBe(0);
  });

  it('requires a reason code for a stage that asks for one', async () => {
    const refused = await api.callErr('orders.changeStage', { orderId: order.id, version: order.version, toStageId: w.cancelled.id });
    expect(issueOf(refused)).toMatchObject({ field: 'reasonId', key: 'stage_reason_required', params: { stage: 'ATCELTS' } });
    expect(refused.message).toContain('Reason');
    const done = await api.callOk('orders.changeStage', {
      orderId: order.id, version: order.version, toStageId: w.cancelled.id, reasonId: w.reason.id, note: 'Klients atteicās',
    });
    expect(done.current?.code).toBe('ATCELTS');
  });

  it('refuses a stale version with a conflict and writes nothing', async () => {
    await api.callOk('orders.changeStage', { orderId: order.id, version: order.version, toStageId: w.planned.id });
    const stale = await api.callErr('orders.changeStage', { orderId: order.id, version: order.version, toStageId: w.work.id });
    expect(stale.code).toBe('conflict');
    expect(api.count('order_stage_log')).toBe(1);
  });

  it('keeps every change in the log with from, to, reason, note, time and user', async () => {
    const first = await api.callOk('orders.changeStage', { orderId: order.id, version: 0, toStageId: w.planned.id, at: '2026-03-02T08:00:00Z' });
    await api.callOk('orders.changeStage', { orderId: order.id, version: first.version, toStageId: w.root.id, reasonId: w.reason.id, note: 'Atpakaļ' }, at(api, '2026-03-02T09:00:00Z'));
    const log = await api.callOk('orders.stageLog', { orderId: order.id });
    expect(log).toMatchObject([
      { from: { code: 'JAUNS' }, to: { code: 'PLANOTS' }, reason: null, note: null, changedAt: '2026-03-02T08:00:00.000Z', actor: 'Anna' },
      { from: { code: 'PLANOTS' }, to: { code: 'JAUNS' }, reason: { code: 'KLIENTS' }, note: 'Atpakaļ', changedAt: '2026-03-02T09:00:00.000Z' },
    ]);
  });

  it('refuses a change time in the future or before the last change', async () => {
    const future = await api.callErr('orders.changeStage', { orderId: order.id, version: 0, toStageId: w.planned.id, at: '2026-03-02T09:30:00Z' });
    expect(issueOf(future)).toMatchObject({ field: 'at', key: 'in_future' });
    await api.callOk('orders.changeStage', { orderId: order.id, version: 0, toStageId: w.planned.id, at: '2026-03-02T08:00:00Z' });
    const backwards = await api.callErr('orders.changeStage', { orderId: order.id, version: 1, toStageId: w.work.id, at: '2026-03-02T07:00:00Z' });
    expect(issueOf(backwards)).toMatchObject({ field: 'at', key: 'before_last_event' });
  });

  it('refuses an unknown order', async () => {
    expect((await api.callErr('orders.stageOptions', { orderId: 999 })).code).toBe('not_found');
  });
});
