import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiHarness } from '../test-harness';
import { change, dispatchWorld, newOrder, riga, type DispatchWorld } from './test-world';

type Api = ReturnType<typeof apiHarness>;

const WEEK = { from: riga(2, '00:00'), to: riga(9, '00:00') };

/** dispatch.technicians and dispatch.visits: the board's rows and bars for a range. */
describe('the dispatch board reads', () => {
  let api: Api;
  let w: DispatchWorld;
  beforeEach(async () => {
    api = apiHarness();
    w = await dispatchWorld(api);
  });
  afterEach(() => api.cleanup());

  const place = (orderId: number, workerId: number, start: string, end: string) =>
    api.callOk('dispatch.schedule', { changes: [change(api, orderId, workerId, start, end)], confirmWarnings: true });

  it('lists active technicians by team name with working days, absences in the range and skills', async () => {
    await api.callOk('absences.create', { workerId: w.anna.id, kind: 'vacation', fromDate: '2026-03-06', toDate: '2026-03-12' } as never);
    await api.callOk('absences.create', { workerId: w.anna.id, kind: 'sick', fromDate: '2026-02-20', toDate: '2026-03-01' } as never);
    await api.callOk('absences.create', { workerId: w.boris.id, kind: 'training', fromDate: '2026-03-09', toDate: '2026-03-09' } as never);
    const board = await api.callOk('dispatch.technicians', WEEK);
    expect(board.timeZone).toBe('Europe/Riga');
    expect(board.teams.map((t) => t.name)).toEqual(['Centrs', 'Pierīga']);
    // Office workers and former technicians are not rows; technicians without a team come last.
    expect(board.technicians.map((t) => [t.name, t.team?.code ?? null])).toEqual([
      ['Anna Bērziņa', 'C'],
      ['Boris Ozols', 'P'],
      ['Dace Kalniņa', null],
    ]);
    const [anna, boris, dace] = board.technicians;
    expect(anna?.hours.map((h) => h.weekday)).toEqual([1, 2, 3, 4, 5]);
    expect(anna?.hours[0]).toEqual({ weekday: 1, open: '08:00', close: '17:00' });
    // Sunday has a row without times: a day off, left out.
    expect(dace?.hours.map((h) => h.weekday)).toEqual([1, 2, 3, 4, 5, 6]);
    // The week ends at Monday 9 March 00:00 Riga (exclusive), so Sunday 8 March is its last local date.
    expect(anna?.absences).toEqual([{ from: '2026-03-06', to: '2026-03-12', kind: 'vacation' }]);
    expect(boris?.absences).toEqual([]);
    expect(anna?.skills).toEqual([
      { skillId: w.gas.id, level: 3, validTo: '2026-12-31' },
      { skillId: w.elec.id, level: 1, validTo: '2026-02-28' },
    ]);
  });

  it('filters technicians by team and by skill, and still lists every team', async () => {
    const byTeam = await api.callOk('dispatch.technicians', { ...WEEK, teamIds: [w.pieriga.id] });
    expect(byTeam.technicians.map((t) => t.id)).toEqual([w.boris.id]);
    expect(byTeam.teams).toHaveLength(2);
    const bySkill = await api.callOk('dispatch.technicians', { ...WEEK, skillId: w.gas.id });
    expect(bySkill.technicians.map((t) => t.id)).toEqual([w.anna.id]);
  });

  it('refuses a range that ends before it starts or is longer than the board shows', async () => {
    const backwards = await api.callErr('dispatch.visits', { from: WEEK.to, to: WEEK.from });
    expect(backwards.details.issues).toEqual([{ field: 'to', key: 'time_order', params: { other: 'from' } }]);
    expect(backwards.message).toBe('To: must be later than From.');
    const long = await api.callErr('dispatch.technicians', { from: riga(2, '00:00'), to: riga(19, '00:00') });
    expect(long.details.issues).toMatchObject([{ field: 'to', key: 'dispatch_range_too_long', params: { max: 16 } }]);
  });

  it('gives the visits overlapping the range with customer, place, first task, stage, required skills and SLA deadline', async () => {
    const sla = await api.callOk('slas.create', {
      code: 'SLA', description: 'Diennakts', responseHighMinutes: 60, resolutionHighMinutes: 240, responseNormalMinutes: 240,
      resolutionNormalMinutes: 1440, responseLowMinutes: 480, resolutionLowMinutes: 2400,
    });
    const order = await newOrder(api, w, { customerId: w.cesis.id, siteId: w.cesisSite.id, priority: 'high', slaId: sla.id, description: 'Katls' }, [w.boiler.id, w.check.id]);
    await api.callOk('taskSkills.create', { taskId: w.check.id, skillId: w.gas.id, minLevel: 4 } as never);
    await place(order.id, w.anna.id, riga(3, '09:00'), riga(3, '11:00'));
    const [visit, ...rest] = await api.callOk('dispatch.visits', WEEK);
    expect(rest).toEqual([]);
    expect(visit).toEqual({
      orderId: order.id,
      number: order.number,
      version: order.version + 1,
      description: 'Katls',
      customer: 'Cēsu Nami',
      city: 'Cēsis',
      address: 'Rīgas iela 1',
      task: 'Katla apkope',
      priority: 'high',
      stage: null,
      stageAllowsChanges: true,
      plannedHoursX100: 0,
      slaDeadline: '2026-03-02T13:00:00.000Z',
      requiredSkills: [
        { skillId: w.gas.id, minLevel: 4 },
        { skillId: w.elec.id, minLevel: null },
      ],
      workerId: w.anna.id,
      start: riga(3, '09:00'),
      end: riga(3, '11:00'),
    });
  });

  it('takes visits that overlap the range edges but not those that only touch them', async () => {
    const spanning = await newOrder(api, w);
    const touching = await newOrder(api, w);
    const inside = await newOrder(api, w);
    await place(spanning.id, w.anna.id, riga(1, '22:00'), riga(2, '09:00'));
    await place(touching.id, w.boris.id, riga(1, '20:00'), riga(2, '00:00'));
    await place(inside.id, w.boris.id, riga(8, '23:00'), riga(9, '00:00'));
    const visits = await api.callOk('dispatch.visits', WEEK);
    expect(visits.map((v) => v.orderId).sort()).toEqual([spanning.id, inside.id].sort());
  });

  it('filters visits by technicians or teams (either), priority, stage and town prefix ignoring accents', async () => {
    const root = (await api.callOk('stages.create', { code: 'JAUNS', description: 'Jauns', sortOrder: 10 } as never)) as { id: number };
    const work = (await api.callOk('stages.create', { code: 'DARBS', description: 'Darbā', sortOrder: 20, parentId: root.id } as never)) as { id: number };
    const annaCesis = await newOrder(api, w, { customerId: w.cesis.id, siteId: w.cesisSite.id, priority: 'low' });
    const borisRiga = await newOrder(api, w, { serviceCity: 'Rīga' });
    const daceOneOff = await newOrder(api, w, { customerId: w.cesis.id, siteId: w.cesisSite.id, serviceCity: 'Valmiera' });
    await place(annaCesis.id, w.anna.id, riga(3, '09:00'), riga(3, '10:00'));
    await place(borisRiga.id, w.boris.id, riga(3, '09:00'), riga(3, '10:00'));
    await place(daceOneOff.id, w.dace.id, riga(3, '09:00'), riga(3, '10:00'));
    const ids = async (filters: Record<string, unknown>) => (await api.callOk('dispatch.visits', { ...WEEK, ...filters })).map((v) => v.orderId).sort();
    expect(await ids({ workerIds: [w.anna.id] })).toEqual([annaCesis.id]);
    expect(await ids({ teamIds: [w.pieriga.id] })).toEqual([borisRiga.id]);
    expect(await ids({ teamIds: [w.pieriga.id], workerIds: [w.dace.id] })).toEqual([borisRiga.id, daceOneOff.id].sort());
    expect(await ids({ priority: 'low' })).toEqual([annaCesis.id]);
    expect(await ids({ city: 'cēs' })).toEqual([annaCesis.id]);
    expect(await ids({ city: 'CES' })).toEqual([annaCesis.id]);
    expect(await ids({ city: 'sis' })).toEqual([]);
    // The one-off service city wins over the site's.
    expect(await ids({ city: 'valm' })).toEqual([daceOneOff.id]);
    expect(await ids({ city: 'riga' })).toEqual([borisRiga.id]);
    // New orders start in the first stage.
    expect(await ids({ stageId: root.id })).toEqual([annaCesis.id, borisRiga.id, daceOneOff.id].sort());
    api.store.db.prepare('UPDATE service_orders SET stage_id = ? WHERE id = ?').run(work.id, borisRiga.id);
    expect(await ids({ stageId: work.id })).toEqual([borisRiga.id]);
  });

  it("gives one order's visit on any date, and null for a queued, posted or unknown order", async () => {
    const far = await newOrder(api, w);
    const queued = await newOrder(api, w);
    await place(far.id, w.anna.id, riga(30, '09:00'), riga(30, '10:30'));
    const visit = await api.callOk('dispatch.visit', { orderId: far.id });
    expect(visit).toMatchObject({ orderId: far.id, workerId: w.anna.id, start: riga(30, '09:00'), end: riga(30, '10:30'), customer: expect.any(String) });
    expect(await api.callOk('dispatch.visit', { orderId: queued.id })).toBeNull();
    expect(await api.callOk('dispatch.visit', { orderId: 999_999 })).toBeNull();
    api.store.db.prepare("UPDATE service_orders SET progress = 'posted' WHERE id = ?").run(far.id);
    expect(await api.callOk('dispatch.visit', { orderId: far.id })).toBeNull();
  });

  it('leaves out posted and cancelled orders', async () => {
    const order = await newOrder(api, w);
    await place(order.id, w.anna.id, riga(3, '09:00'), riga(3, '10:00'));
    api.store.db.prepare("UPDATE service_orders SET progress = 'posted' WHERE id = ?").run(order.id);
    expect(await api.callOk('dispatch.visits', WEEK)).toEqual([]);
  });
});
