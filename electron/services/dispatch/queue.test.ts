import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../contract';
import { apiHarness } from '../test-harness';
import { visitMinutes } from './queue';
import { change, dispatchWorld, newOrder, riga, versionOf, type DispatchWorld } from './test-world';

type Api = ReturnType<typeof apiHarness>;

describe('the length a dropped order gets', () => {
  it('is the planned hours rounded up to a minute, else the tasks’ default hours, else one hour', () => {
    expect(visitMinutes(125, 300)).toBe(75);
    expect(visitMinutes(101, 0)).toBe(61);
    expect(visitMinutes(0, 150)).toBe(90);
    expect(visitMinutes(0, 1)).toBe(1);
    expect(visitMinutes(0, 0)).toBe(60);
  });
});

/** dispatch.queue: open orders without a technician or a time, searched, filtered, sorted and paged. */
describe('dispatch.queue', () => {
  let api: Api;
  let w: DispatchWorld;
  beforeEach(async () => {
    api = apiHarness();
    w = await dispatchWorld(api);
  });
  afterEach(() => api.cleanup());

  const queue = (input: ApiInput<'dispatch.queue'> = {}) => api.callOk('dispatch.queue', input);
  const numbers = async (input: ApiInput<'dispatch.queue'> = {}) => (await queue(input)).rows.map((r) => r.number);

  it('holds open orders missing a technician or a time, not scheduled, posted or cancelled ones', async () => {
    const waiting = await newOrder(api, w);
    const technicianOnly = await newOrder(api, w);
    const scheduled = await newOrder(api, w);
    const posted = await newOrder(api, w);
    api.store.db.prepare('UPDATE service_orders SET worker_id = ? WHERE id = ?').run(w.anna.id, technicianOnly.id);
    await api.callOk('dispatch.schedule', { changes: [change(api, scheduled.id, w.anna.id, riga(3, '09:00'), riga(3, '10:00'))] });
    api.store.db.prepare("UPDATE service_orders SET progress = 'posted' WHERE id = ?").run(posted.id);
    const result = await queue({ sort: 'number' });
    expect(result).toMatchObject({ total: 2, page: 1, pageSize: 50 });
    expect(result.rows.map((r) => [r.number, r.workerId])).toEqual([
      [waiting.number, null],
      [technicianOnly.number, w.anna.id],
    ]);
  });

  it("takes back the open visits of a technician who leaves, and leaves the others' and posted ones alone", async () => {
    const leaving = await newOrder(api, w);
    const staying = await newOrder(api, w);
    const posted = await newOrder(api, w);
    await api.callOk('dispatch.schedule', {
      changes: [
        change(api, leaving.id, w.anna.id, riga(3, '09:00'), riga(3, '10:00')),
        change(api, staying.id, w.boris.id, riga(3, '09:00'), riga(3, '10:00')),
        change(api, posted.id, w.anna.id, riga(2, '09:00'), riga(2, '10:00')),
      ],
    });
    api.store.db.prepare("UPDATE service_orders SET progress = 'posted' WHERE id = ?").run(posted.id);
    const { updatedAt: _at, updatedBy: _by, refLabels: _labels, ...anna } = await api.callOk('workers.get', { id: w.anna.id });
    await api.callOk('workers.update', { ...anna, status: 'terminated' } as never);
    expect((await queue({ sort: 'number' })).rows.map((r) => r.orderId)).toEqual([leaving.id]);
    const row = api.store.db.prepare('SELECT worker_id AS workerId, planned_start AS start, version, updated_by AS by FROM service_orders WHERE id = ?');
    expect(row.get(leaving.id)).toEqual({ workerId: null, start: null, version: versionOf(api, leaving.id), by: expect.any(String) });
    expect(row.get(posted.id)).toMatchObject({ workerId: w.anna.id });
    expect(row.get(staying.id)).toMatchObject({ workerId: w.boris.id });
  });

  it('gives each order its card, preferred date and technician, and the length a drop gives it', async () => {
    const planned = await newOrder(api, w, { preferredDate: '2026-03-04', preferredStartTime: '10:30', preferredWorkerId: w.boris.id });
    api.store.db.prepare('UPDATE service_orders SET planned_hours_x100 = 125 WHERE id = ?').run(planned.id);
    const byTasks = await newOrder(api, w, {}, [w.boiler.id, w.check.id]);
    const plain = await newOrder(api, w, {}, [w.check.id]);
    const rows = (await queue({ sort: 'number' })).rows;
    expect(rows[0]).toMatchObject({
      orderId: planned.id,
      preferredDate: '2026-03-04',
      preferredStartTime: '10:30',
      preferredWorker: { id: w.boris.id, code: 'T2', name: 'Boris Ozols' },
      plannedHoursX100: 125,
      durationMinutes: 75,
      task: null,
      customer: 'Rīgas Siltums',
    });
    expect(rows[1]).toMatchObject({ orderId: byTasks.id, durationMinutes: 90, task: 'Katla apkope', preferredWorker: null });
    expect(rows[2]).toMatchObject({ orderId: plain.id, durationMinutes: 60, task: 'Elektrības pārbaude', requiredSkills: [{ skillId: w.elec.id, minLevel: null }] });
  });

  it('searches number, description, customer and town, ignoring case and accents', async () => {
    const cesis = await newOrder(api, w, { customerId: w.cesis.id, siteId: w.cesisSite.id, description: 'Ventilācija' });
    const rigas = await newOrder(api, w, { description: 'Katls' });
    expect(await numbers({ search: 'cesu' })).toEqual([cesis.number]);
    expect(await numbers({ search: 'VENTILACIJA' })).toEqual([cesis.number]);
    expect(await numbers({ search: rigas.number })).toEqual([rigas.number]);
    expect(await numbers({ search: 'cesis' })).toEqual([cesis.number]);
    expect(await numbers({ search: 'nekas' })).toEqual([]);
  });

  it("filters by the preferred technician's team, a required skill, town, priority and stage", async () => {
    const forBoris = await newOrder(api, w, { preferredWorkerId: w.boris.id, priority: 'high' });
    const boiler = await newOrder(api, w, {}, [w.boiler.id]);
    const cesis = await newOrder(api, w, { customerId: w.cesis.id, siteId: w.cesisSite.id, priority: 'low' });
    expect(await numbers({ teamIds: [w.pieriga.id] })).toEqual([forBoris.number]);
    expect(await numbers({ teamIds: [w.centrs.id] })).toEqual([]);
    expect(await numbers({ skillId: w.gas.id })).toEqual([boiler.number]);
    expect(await numbers({ city: 'ces' })).toEqual([cesis.number]);
    expect(await numbers({ priority: 'low' })).toEqual([cesis.number]);
    expect(await numbers({ stageId: 9999 })).toEqual([]);
  });

  it('sorts by priority then preferred date, by SLA deadline and by preferred date with empty values last, and pages', async () => {
    const sla = await api.callOk('slas.create', {
      code: 'SLA', description: 'Diennakts', responseHighMinutes: 60, resolutionHighMinutes: 240, responseNormalMinutes: 240,
      resolutionNormalMinutes: 1440, responseLowMinutes: 480, resolutionLowMinutes: 2400,
    });
    const lowEarly = await newOrder(api, w, { priority: 'low', preferredDate: '2026-03-03', slaId: sla.id });
    const normalNone = await newOrder(api, w, { priority: 'normal' });
    const highLate = await newOrder(api, w, { priority: 'high', preferredDate: '2026-03-09', slaId: sla.id });
    const highEarly = await newOrder(api, w, { priority: 'high', preferredDate: '2026-03-04' });
    const normalEarly = await newOrder(api, w, { priority: 'normal', preferredDate: '2026-03-02', slaId: sla.id });

    expect(await numbers({ sort: 'priority' })).toEqual([highEarly, highLate, normalEarly, normalNone, lowEarly].map((o) => o.number));
    // high 4 h -> 13:00, normal 24 h -> next day 09:00, low 40 h -> Wednesday 01:00; without an SLA last.
    expect(await numbers({ sort: 'slaDeadline' })).toEqual([highLate, normalEarly, lowEarly, normalNone, highEarly].map((o) => o.number));
    expect(await numbers({ sort: 'slaDeadline', direction: 'desc' })).toEqual([lowEarly, normalEarly, highLate, highEarly, normalNone].map((o) => o.number));
    expect(await numbers({ sort: 'preferredDate' })).toEqual([normalEarly, lowEarly, highEarly, highLate, normalNone].map((o) => o.number));
    expect(await numbers({ sort: 'number', direction: 'desc' })).toEqual([normalEarly, highEarly, highLate, normalNone, lowEarly].map((o) => o.number));
    const page2 = await queue({ sort: 'number', page: 2, pageSize: 2 });
    expect(page2).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page2.rows.map((r) => r.number)).toEqual([highLate.number, highEarly.number]);
  });
});
