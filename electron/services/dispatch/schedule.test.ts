import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../contract';
import { formatErrorMessage } from '../../contract/messages';
import { apiHarness } from '../test-harness';
import { change, dispatchWorld, newOrder, riga, versionOf, type DispatchWorld } from './test-world';

type Api = ReturnType<typeof apiHarness>;

const keys = (error: ApiError) => error.details.issues?.map((i) => i.key);

/** dispatch.schedule: validation, the conflict rules inside the write transaction, all or nothing. */
describe('dispatch.schedule', () => {
  let api: Api;
  let w: DispatchWorld;
  beforeEach(async () => {
    api = apiHarness();
    w = await dispatchWorld(api);
  });
  afterEach(() => api.cleanup());

  const stored = (orderId: number) =>
    api.store.db.prepare('SELECT worker_id AS workerId, planned_start AS start, planned_end AS "end", version FROM service_orders WHERE id = ?').get(orderId) as {
      workerId: number | null;
      start: string | null;
      end: string | null;
      version: number;
    };

  const schedule = (changes: ReturnType<typeof change>[], confirmWarnings = false) => api.callOk('dispatch.schedule', { changes, confirmWarnings });
  const refused = (changes: ReturnType<typeof change>[], confirmWarnings = false) => api.callErr('dispatch.schedule', { changes, confirmWarnings });

  /** Places an order at Riga times of a March day; returns the stored row afterwards. */
  async function place(orderId: number, workerId: number, day: number, from: string, to: string, confirmWarnings = false) {
    await schedule([change(api, orderId, workerId, riga(day, from), riga(day, to))], confirmWarnings);
    return stored(orderId);
  }

  it('places an order from the queue, moves it, resizes it and sends it back to the queue', async () => {
    const order = await newOrder(api, w, { preferredDate: '2026-03-03', preferredStartTime: '10:00' });
    const queued = () => api.callOk('dispatch.queue', {}).then((q) => q.rows.map((r) => r.orderId));
    expect(await queued()).toEqual([order.id]);

    // Instants with an offset are stored as UTC.
    const placed = await schedule([change(api, order.id, w.anna.id, '2026-03-03T09:00:00+02:00', '2026-03-03T10:30:00+02:00')]);
    expect(placed).toEqual({
      orders: [{ orderId: order.id, version: order.version + 1, workerId: w.anna.id, start: '2026-03-03T07:00:00.000Z', end: '2026-03-03T08:30:00.000Z' }],
      warnings: 0,
      revision: expect.any(String),
    });
    expect(await queued()).toEqual([]);
    expect(api.store.db.prepare('SELECT updated_by AS by, preferred_date AS date, preferred_start_time AS time FROM service_orders WHERE id = ?').get(order.id)).toEqual({
      by: 'Anna',
      date: '2026-03-03',
      time: '10:00',
    });

    expect(await place(order.id, w.boris.id, 4, '13:00', '14:30')).toMatchObject({ workerId: w.boris.id, start: riga(4, '13:00'), end: riga(4, '14:30') });
    expect(await place(order.id, w.boris.id, 4, '13:00', '16:00')).toMatchObject({ end: riga(4, '16:00'), version: order.version + 3 });

    const back = await schedule([change(api, order.id, null)]);
    expect(back.orders).toEqual([{ orderId: order.id, version: order.version + 4, workerId: null, start: null, end: null }]);
    expect(stored(order.id)).toMatchObject({ workerId: null, start: null, end: null });
    expect(await queued()).toEqual([order.id]);
  });

  it('writes all changes or none: one blocked change leaves every order as it was', async () => {
    const first = await newOrder(api, w);
    const second = await newOrder(api, w);
    const busy = await newOrder(api, w);
    await place(busy.id, w.boris.id, 3, '09:00', '11:00');
    const before = [stored(first.id), stored(second.id)];
    const error = await refused([
      change(api, first.id, w.anna.id, riga(3, '09:00'), riga(3, '10:00')),
      change(api, second.id, w.boris.id, riga(3, '10:00'), riga(3, '12:00')),
    ]);
    expect(error).toMatchObject({ code: 'rule', details: { key: 'dispatch_blocked', params: { count: 1 } } });
    expect([stored(first.id), stored(second.id)]).toEqual(before);
  });

  it('refuses a stale version with a conflict naming who changed the order, and writes nothing', async () => {
    const order = await newOrder(api, w);
    const other = await newOrder(api, w);
    const old = change(api, order.id, w.anna.id, riga(3, '09:00'), riga(3, '10:00'));
    await place(order.id, w.anna.id, 3, '11:00', '12:00');
    const error = await refused([change(api, other.id, w.boris.id, riga(3, '09:00'), riga(3, '10:00')), old]);
    expect(error).toMatchObject({ code: 'conflict', details: { params: { by: 'Anna' } } });
    expect(stored(other.id).workerId).toBeNull();
    expect(stored(order.id).start).toBe(riga(3, '11:00'));
    expect((await api.callErr('dispatch.schedule', { changes: [{ ...old, orderId: 9999 }] })).code).toBe('not_found');
  });

  it('blocks an overlap with another visit of the technician and names the other order', async () => {
    const first = await newOrder(api, w);
    const second = await newOrder(api, w);
    await place(first.id, w.anna.id, 3, '09:00', '11:00');
    const error = await refused([change(api, second.id, w.anna.id, riga(3, '10:00'), riga(3, '12:00'))]);
    expect(error.details).toMatchObject({ key: 'dispatch_blocked', params: { count: 1 }, scope: 'dispatch' });
    expect(error.details.issues).toEqual([
      {
        field: 'start',
        key: 'dispatch_overlap',
        params: {
          orderId: second.id, number: second.number, severity: 'block', otherOrderId: first.id, otherNumber: first.number,
          start: riga(3, '09:00'), end: riga(3, '11:00'),
        },
      },
    ]);
    expect(error.message).toContain(`overlap order ${first.number}`);
    expect(error.message).toMatch(/^Start: /);
    expect(formatErrorMessage('lv', error.details)).toContain(`pasūtījumu ${first.number}`);
    // Back to back is not an overlap.
    expect(await place(second.id, w.anna.id, 3, '11:00', '12:00')).toMatchObject({ workerId: w.anna.id });
  });

  it('warns outside working hours and on a day off, and saves once the warnings are confirmed', async () => {
    const order = await newOrder(api, w);
    const late = [change(api, order.id, w.anna.id, riga(3, '16:00'), riga(3, '18:00'))];
    const error = await refused(late);
    expect(error.details).toMatchObject({ key: 'dispatch_confirm', params: { count: 1 } });
    expect(error.details.issues).toMatchObject([
      { field: 'start', key: 'dispatch_outside_hours', params: { reason: 'outside', date: '2026-03-03', open: '08:00', close: '17:00', severity: 'warn' } },
    ]);
    expect(error.message).toContain("outside the technician's working hours on 2026-03-03 (08:00–17:00)");
    expect(stored(order.id).workerId).toBeNull();
    expect(await schedule(late, true)).toMatchObject({ warnings: 1 });

    const saturday = await refused([change(api, order.id, w.anna.id, riga(7, '09:00'), riga(7, '10:00'))]);
    expect(saturday.details.issues).toMatchObject([{ key: 'dispatch_outside_hours', params: { reason: 'day_off', date: '2026-03-07' } }]);
    expect(saturday.message).toContain('a day off of the technician');
    expect(formatErrorMessage('lv', saturday.details)).toContain('tehniķa brīvdienā');
    // Dace works Saturdays; her Sunday row has no times, so Sunday is her day off.
    expect(await place(order.id, w.dace.id, 7, '09:00', '10:00')).toMatchObject({ workerId: w.dace.id });
    expect(keys(await refused([change(api, order.id, w.dace.id, riga(8, '09:00'), riga(8, '10:00'))]))).toEqual(['dispatch_outside_hours']);
  });

  it('blocks a visit during an absence', async () => {
    await api.callOk('absences.create', { workerId: w.anna.id, kind: 'sick', fromDate: '2026-03-04', toDate: '2026-03-05' } as never);
    const order = await newOrder(api, w);
    const error = await refused([change(api, order.id, w.anna.id, riga(5, '09:00'), riga(5, '10:00'))]);
    expect(error.details).toMatchObject({ key: 'dispatch_blocked' });
    expect(error.details.issues).toMatchObject([{ field: 'workerId', key: 'dispatch_absence', params: { from: '2026-03-04', to: '2026-03-05', kind: 'sick' } }]);
    expect(error.message).toMatch(/^Technician: the technician is absent from 2026-03-04 to 2026-03-05/);
    expect(await place(order.id, w.anna.id, 6, '09:00', '10:00')).toMatchObject({ workerId: w.anna.id });
  });

  it("warns when the technician lacks a skill the order's tasks require: missing, expired or below the level", async () => {
    const boiler = await newOrder(api, w, {}, [w.boiler.id]);
    const missing = await refused([change(api, boiler.id, w.boris.id, riga(3, '09:00'), riga(3, '10:00'))]);
    expect(missing.details.issues).toMatchObject([{ field: 'workerId', key: 'dispatch_missing_skill', params: { reason: 'missing', skill: 'GAS', severity: 'warn' } }]);
    expect(missing.message).toContain('lacks the skill GAS');

    const check = await newOrder(api, w, {}, [w.check.id]);
    const expired = await refused([change(api, check.id, w.anna.id, riga(3, '09:00'), riga(3, '10:00'))]);
    expect(expired.details.issues).toMatchObject([{ key: 'dispatch_missing_skill', params: { reason: 'expired', skill: 'ELEC', validTo: '2026-02-28' } }]);
    expect(expired.message).toContain('expired on 2026-02-28');

    api.store.db.prepare('UPDATE task_skills SET min_level = 4 WHERE task_id = ?').run(w.boiler.id);
    const level = await refused([change(api, boiler.id, w.anna.id, riga(3, '09:00'), riga(3, '10:00'))]);
    expect(level.details.issues).toMatchObject([{ key: 'dispatch_missing_skill', params: { reason: 'level', minLevel: 4, level: 3 } }]);
    expect(level.message).toContain('at level 4 or higher');

    api.store.db.prepare('UPDATE task_skills SET min_level = 2 WHERE task_id = ?').run(w.boiler.id);
    expect(await place(boiler.id, w.anna.id, 3, '09:00', '10:00')).toMatchObject({ workerId: w.anna.id });
  });

  it('warns when the visit ends after the SLA deadline of the running clock', async () => {
    const sla = await api.callOk('slas.create', {
      code: 'SLA', description: 'Ātrais', responseHighMinutes: 60, resolutionHighMinutes: 240, responseNormalMinutes: 240,
      resolutionNormalMinutes: 960, responseLowMinutes: 480, resolutionLowMinutes: 2400,
    });
    // Created at 09:00 UTC with a 4-hour target: due 13:00 UTC (15:00 in Riga).
    const order = await newOrder(api, w, { priority: 'high', slaId: sla.id });
    const error = await refused([change(api, order.id, w.anna.id, riga(2, '14:00'), riga(2, '16:00'))]);
    expect(error.details.issues).toMatchObject([{ field: 'end', key: 'dispatch_after_sla_deadline', params: { deadline: '2026-03-02T13:00:00.000Z', end: riga(2, '16:00') } }]);
    expect(error.message).not.toContain('2026-03-02T13:00');
    expect(await place(order.id, w.anna.id, 2, '13:00', '15:00')).toMatchObject({ workerId: w.anna.id });
  });

  it('blocks placing or unscheduling an order whose stage does not allow changes', async () => {
    const root = await api.callOk('stages.create', { code: 'JAUNS', description: 'Jauns', sortOrder: 10 } as never);
    const locked = await api.callOk('stages.create', { code: 'SLEGTS', description: 'Slēgts', sortOrder: 20, parentId: (root as { id: number }).id, modificationAllowed: false } as never);
    const order = await newOrder(api, w);
    await place(order.id, w.anna.id, 3, '09:00', '10:00');
    api.store.db.prepare('UPDATE service_orders SET stage_id = ? WHERE id = ?').run((locked as { id: number }).id, order.id);

    const move = await refused([change(api, order.id, w.anna.id, riga(3, '10:00'), riga(3, '11:00'))]);
    expect(move.details.issues).toMatchObject([{ field: 'stageId', key: 'dispatch_stage_locked', params: { stage: 'SLEGTS', severity: 'block' } }]);
    expect(move.message).toBe(`Stage: order ${order.number} is in the stage "SLEGTS", which does not allow changes.`);
    const unschedule = await refused([change(api, order.id, null)]);
    expect(keys(unschedule)).toEqual(['dispatch_stage_locked']);
    expect(stored(order.id).start).toBe(riga(3, '09:00'));
  });

  it('follows the configured policy: an overlap set to warn can be confirmed', async () => {
    const first = await newOrder(api, w);
    const second = await newOrder(api, w);
    await place(first.id, w.anna.id, 3, '09:00', '11:00');
    const settings = await api.callOk('dispatch.settings', {});
    await api.callOk('dispatch.updateSettings', { rules: { ...settings.rules, overlap: 'warn' }, colours: settings.colours, version: settings.version });
    const overlapping = [change(api, second.id, w.anna.id, riga(3, '10:00'), riga(3, '12:00'))];
    const error = await refused(overlapping);
    expect(error.details).toMatchObject({ key: 'dispatch_confirm', issues: [{ key: 'dispatch_overlap', params: { severity: 'warn' } }] });
    expect(await schedule(overlapping, true)).toMatchObject({ warnings: 1 });
  });

  it("checks a call's changes against each other's new places, not their old ones", async () => {
    const early = await newOrder(api, w);
    const late = await newOrder(api, w);
    await place(early.id, w.anna.id, 3, '09:00', '11:00');
    await place(late.id, w.anna.id, 3, '11:00', '13:00');
    const swapped = await schedule([
      change(api, early.id, w.anna.id, riga(3, '11:00'), riga(3, '13:00')),
      change(api, late.id, w.anna.id, riga(3, '09:00'), riga(3, '11:00')),
    ]);
    expect(swapped.warnings).toBe(0);
    expect([stored(early.id).start, stored(late.id).start]).toEqual([riga(3, '11:00'), riga(3, '09:00')]);
    // Two moved visits landing on each other do collide.
    const clash = await refused([
      change(api, early.id, w.boris.id, riga(4, '09:00'), riga(4, '11:00')),
      change(api, late.id, w.boris.id, riga(4, '10:00'), riga(4, '12:00')),
    ]);
    expect(keys(clash)).toEqual(['dispatch_overlap', 'dispatch_overlap']);
  });

  it('refuses posted and cancelled orders', async () => {
    const order = await newOrder(api, w);
    api.store.db.prepare("UPDATE service_orders SET progress = 'posted' WHERE id = ?").run(order.id);
    const posted = await refused([change(api, order.id, w.anna.id, riga(3, '09:00'), riga(3, '10:00'))]);
    expect(posted).toMatchObject({ code: 'validation', details: { issues: [{ field: 'orderId', key: 'order_posted' }] } });
    expect(posted.message).toBe('Service order: the order is posted, so it can no longer be changed.');
    api.store.db.prepare("UPDATE service_orders SET progress = 'cancelled' WHERE id = ?").run(order.id);
    expect(keys(await refused([change(api, order.id, null)]))).toEqual(['order_cancelled']);
  });

  it('refuses office workers, former technicians and unknown workers', async () => {
    const order = await newOrder(api, w);
    for (const workerId of [w.office.id, w.former.id, 9999]) {
      const error = await refused([change(api, order.id, workerId, riga(3, '09:00'), riga(3, '10:00'))]);
      expect(error.details.issues).toEqual([{ field: 'workerId', key: 'dispatch_not_technician', params: {} }]);
      expect(formatErrorMessage('lv', error.details)).toMatch(/^Tehniķis: izvēlieties aktīvu tehniķi/);
    }
  });

  it('refuses an end not after the start, a visit longer than two weeks, a repeated order and a half-empty change', async () => {
    const order = await newOrder(api, w);
    const backwards = await refused([change(api, order.id, w.anna.id, riga(3, '10:00'), riga(3, '10:00'))]);
    expect(backwards.details.issues).toEqual([{ field: 'end', key: 'time_order', params: { other: 'start' } }]);
    expect(backwards.message).toBe('End: must be later than Start.');
    const long = await refused([change(api, order.id, w.anna.id, riga(3, '10:00'), riga(18, '10:01'))]);
    expect(long.details.issues).toMatchObject([{ field: 'end', key: 'dispatch_too_long', params: { max: 14 } }]);
    const twice = await refused([change(api, order.id, null), change(api, order.id, null)]);
    expect(twice.details.issues).toMatchObject([{ field: 'orderId', key: 'dispatch_duplicate_order', params: { number: order.number } }]);
    const half = await api.callErr('dispatch.schedule', { changes: [{ orderId: order.id, version: versionOf(api, order.id), workerId: w.anna.id, start: null, end: null }] });
    expect(half).toMatchObject({ code: 'validation', details: { issues: [{ field: 'changes.0.workerId' }] } });
    expect(half.message).toMatch(/^Technician: /);
  });
});
