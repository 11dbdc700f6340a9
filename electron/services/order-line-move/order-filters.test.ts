import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../contract';
import { agreementWorld, type AgreementWorld } from '../agreements/test-fixtures';
import { apiHarness } from '../test-harness';

/** orders.list filters by stage, technician (assigned / preferred), dispatch team and SLA clock state. */
describe('order list filters', () => {
  let api: ReturnType<typeof apiHarness>;
  let w: AgreementWorld;
  beforeEach(async () => {
    api = apiHarness();
    w = await agreementWorld(api);
    api.store.db.prepare('UPDATE app_settings SET allow_orders_without_agreement = 1').run();
  });
  afterEach(() => api.cleanup());

  const sql = (text: string, ...args: unknown[]) => api.store.db.prepare(text).run(...args);
  const order = async (description: string, values: Record<string, unknown> = {}) =>
    (await api.callOk('orders.create', { description, customerId: w.riga.id, ...values })).id;
  const ids = async (filter: Partial<ApiInput<'orders.list'>>) =>
    (await api.callOk('orders.list', { sort: 'number', ...filter })).rows.map((r) => r.id);

  it('filters by stage', async () => {
    const root = await api.callOk('stages.create', { code: 'JAUNS', description: 'Jauns', sortOrder: 10 });
    const work = await api.callOk('stages.create', { code: 'DARBS', description: 'Darbā', sortOrder: 20, parentId: root.id });
    const a = await order('A');
    const b = await order('B');
    sql('UPDATE service_orders SET stage_id = ? WHERE id = ?', work.id, b);
    expect(await ids({ stageId: root.id })).toEqual([a]);
    expect(await ids({ stageId: work.id })).toEqual([b]);
  });

  it('filters by the assigned or preferred technician and by their team, with search and paging', async () => {
    const team = await api.callOk('teams.create', { code: 'RIGA', name: 'Rīgas brigāde' });
    const other = await api.callOk('workers.create', { code: 'D002', name: 'Pēteris Ozols', teamId: team.id, costPriceCents: 0, salesPriceCents: 0 });
    const preferred = await order('Vēlamais', { preferredWorkerId: w.worker.id });
    const assigned = await order('Piešķirtais');
    sql('UPDATE service_orders SET worker_id = ? WHERE id = ?', w.worker.id, assigned);
    const ofOther = await order('Cits', { preferredWorkerId: other.id });
    await order('Neviens');

    expect(await ids({ workerId: w.worker.id })).toEqual([preferred, assigned]);
    expect(await ids({ workerId: w.worker.id, workerMatch: 'assigned' })).toEqual([assigned]);
    expect(await ids({ workerId: w.worker.id, workerMatch: 'preferred' })).toEqual([preferred]);
    expect(await ids({ teamId: team.id })).toEqual([ofOther]);
    expect(await ids({ teamId: team.id, workerMatch: 'assigned' })).toEqual([]);
    expect(await ids({ workerId: w.worker.id, search: 'vēlamais' })).toEqual([preferred]);
    const paged = await api.callOk('orders.list', { sort: 'number', workerId: w.worker.id, pageSize: 1, page: 2 });
    expect(paged).toMatchObject({ total: 2, rows: [{ id: assigned }] });
  });

  it('filters by SLA clock state: none, running (also with no segment yet), stopped, cancelled', async () => {
    const level = await api.callOk('slas.create', {
      code: 'SLA1', description: 'Standarta', responseHighMinutes: 60, resolutionHighMinutes: 240, responseNormalMinutes: 240,
      resolutionNormalMinutes: 960, responseLowMinutes: 480, resolutionLowMinutes: 2400,
    });
    const none = await order('Bez SLA');
    const lazy = await order('Slinks', { slaId: level.id });
    const running = await order('Iet', { slaId: level.id });
    const stopped = await order('Apturēts', { slaId: level.id });
    const ended = await order('Beidzies', { slaId: level.id });
    const cancelled = await order('Atcelts', { slaId: level.id });
    const segment = (orderId: number, kind: string, start: string, end: string | null) =>
      sql(
        `INSERT INTO sla_segments (order_id, kind, start_at, end_at, version, created_at, updated_at, updated_by)
         VALUES (?, ?, ?, ?, 0, ?, ?, 'Anna')`,
        orderId, kind, start, end, start, start,
      );
    segment(running, 'running', '2026-03-01T08:00:00Z', '2026-03-01T09:00:00Z');
    segment(running, 'stopped', '2026-03-01T09:00:00Z', '2026-03-01T10:00:00Z');
    segment(running, 'running', '2026-03-01T10:00:00Z', null);
    segment(stopped, 'running', '2026-03-01T08:00:00Z', '2026-03-01T09:00:00Z');
    segment(stopped, 'stopped', '2026-03-01T09:00:00Z', null);
    segment(ended, 'running', '2026-03-01T08:00:00Z', '2026-03-01T09:00:00Z');
    segment(cancelled, 'running', '2026-03-01T08:00:00Z', '2026-03-01T09:00:00Z');
    sql('UPDATE service_orders SET sla_cancelled_at = ? WHERE id = ?', '2026-03-01T09:00:00Z', cancelled);

    expect(await ids({ slaState: 'none' })).toEqual([none]);
    expect(await ids({ slaState: 'running' })).toEqual([lazy, running]);
    expect(await ids({ slaState: 'stopped' })).toEqual([stopped, ended]);
    expect(await ids({ slaState: 'cancelled' })).toEqual([cancelled]);
    expect(await ids({ slaState: 'running', search: 'slinks' })).toEqual([lazy]);
  });
});
