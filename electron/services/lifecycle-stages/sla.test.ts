import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueOf } from '../agreements/test-fixtures';
import { apiHarness } from '../test-harness';
import { at, stageWorld, type StageWorld } from './test-world';

const targets = { responseHighMinutes: 60, resolutionHighMinutes: 240, responseNormalMinutes: 240, resolutionNormalMinutes: 960, responseLowMinutes: 480, resolutionLowMinutes: 2400 };

/** orders.slaStatus / slaStop / slaStart / slaCancel and the clock's link to stages. Harness now: Mon 2 Mar 2026 09:00 UTC. */
describe('the SLA clock of an order', () => {
  let api: ReturnType<typeof apiHarness>;
  let w: StageWorld;
  let slaId: number;
  beforeEach(async () => {
    api = apiHarness();
    w = await stageWorld(api);
    slaId = (await api.callOk('slas.create', { code: 'SLA24', description: 'Diennakts', ...targets })).id;
  });
  afterEach(() => api.cleanup());

  const newOrder = (values: Record<string, unknown> = {}) =>
    api.callOk('orders.create', { description: 'Katls nesilda', customerId: w.customer.id, slaId, ...values } as never) as Promise<{ id: number; version: number }>;

  it('runs from the order creation in calendar time and reports the resolution target of the priority', async () => {
    const order = await newOrder({ priority: 'high' });
    const status = await api.callOk('orders.slaStatus', { orderId: order.id }, at(api, '2026-03-02T11:00:00Z'));
    expect(status).toMatchObject({
      targetMinutes: 240, calendar: null, startTime: '2026-03-02T09:00:00.000Z', elapsedMinutes: 120, deadline: '2026-03-02T13:00:00.000Z',
      compliancePercent: 5000, breached: false, running: true, state: 'running', segments: [{ kind: 'running', end: null }],
    });
    // Reading does not write: the implied segment is stored with the first change only.
    expect(api.count('sla_segments')).toBe(0);
    const plain = await api.callOk('orders.create', { description: 'Bez SLA', customerId: w.customer.id });
    expect(await api.callOk('orders.slaStatus', { orderId: plain.id })).toBeNull();
    expect(issueOf(await api.callErr('orders.slaStop', { orderId: plain.id, version: 0, at: '2026-03-02T09:00:00Z' }))).toMatchObject({ field: 'orderId', key: 'sla_none' });
  });

  it('stops and restarts at explicit times; a stop postpones the deadline and every segment is kept', async () => {
    const order = await newOrder({ priority: 'high' });
    const later = at(api, '2026-03-02T12:00:00Z');
    const stopped = await api.callOk('orders.slaStop', { orderId: order.id, version: order.version, at: '2026-03-02T10:00:00Z', note: 'Gaida detaļas' }, later);
    expect(stopped).toMatchObject({ state: 'stopped', running: false, elapsedMinutes: 60, version: order.version + 1 });
    // 11:00 in Riga is 09:00 UTC, before the stop: time does not run backwards.
    const backwards = await api.callErr('orders.slaStart', { orderId: order.id, version: stopped.version, at: '2026-03-02T11:00:00+02:00' }, later);
    expect(issueOf(backwards)).toMatchObject({ field: 'at', key: 'before_last_event' });
    const future = await api.callErr('orders.slaStart', { orderId: order.id, version: stopped.version, at: '2026-03-02T12:30:00Z' }, later);
    expect(issueOf(future)).toMatchObject({ field: 'at', key: 'in_future' });
    const stale = await api.callErr('orders.slaStart', { orderId: order.id, version: order.version, at: '2026-03-02T11:00:00Z' }, later);
    expect(stale.code).toBe('conflict');
    const started = await api.callOk('orders.slaStart', { orderId: order.id, version: stopped.version, at: '2026-03-02T11:00:00Z' }, later);
    expect(started).toMatchObject({ state: 'running', elapsedMinutes: 120, deadline: '2026-03-02T14:00:00.000Z' });
    expect(started.segments).toMatchObject([
      { kind: 'running', start: '2026-03-02T09:00:00.000Z', end: '2026-03-02T10:00:00.000Z' },
      { kind: 'stopped', start: '2026-03-02T10:00:00.000Z', end: '2026-03-02T11:00:00.000Z', note: 'Gaida detaļas' },
      { kind: 'running', start: '2026-03-02T11:00:00.000Z', end: null },
    ]);
    expect(api.count('sla_segments')).toBe(3);
    const again = await api.callErr('orders.slaStart', { orderId: order.id, version: started.version, at: '2026-03-02T12:00:00Z' }, later);
    expect(issueOf(again)).toMatchObject({ key: 'sla_already_running' });
  });

  it('starts at the SLA start (the request received time) when the order has one', async () => {
    const order = await newOrder();
    api.store.db.prepare('UPDATE service_orders SET sla_start_at = ? WHERE id = ?').run('2026-03-02T07:30:00.000Z', order.id);
    expect(await api.callOk('orders.slaStatus', { orderId: order.id })).toMatchObject({ startTime: '2026-03-02T07:30:00.000Z', elapsedMinutes: 90 });
  });

  it('a stage that stops the clock stops it at the change time and moving back restarts it', async () => {
    const order = await newOrder();
    const planned = await api.callOk('orders.changeStage', { orderId: order.id, version: 0, toStageId: w.planned.id, at: '2026-03-02T09:10:00Z' }, at(api, '2026-03-02T10:00:00Z'));
    const waiting = await api.callOk('orders.changeStage', { orderId: order.id, version: planned.version, toStageId: w.waiting.id, at: '2026-03-02T09:30:00Z' }, at(api, '2026-03-02T10:00:00Z'));
    expect(await api.callOk('orders.slaStatus', { orderId: order.id }, at(api, '2026-03-02T10:00:00Z'))).toMatchObject({ state: 'stopped', elapsedMinutes: 30 });
    await api.callOk('orders.changeStage', { orderId: order.id, version: waiting.version, toStageId: w.planned.id, at: '2026-03-02T10:30:00Z' }, at(api, '2026-03-02T11:00:00Z'));
    const status = await api.callOk('orders.slaStatus', { orderId: order.id }, at(api, '2026-03-02T11:00:00Z'));
    expect(status).toMatchObject({ state: 'running', elapsedMinutes: 60 });
    expect(status?.segments.map((s) => [s.kind, s.start.slice(11, 16), s.end?.slice(11, 16) ?? null])).toEqual([
      ['running', '09:00', '09:30'],
      ['stopped', '09:30', '10:30'],
      ['running', '10:30', null],
    ]);
  });

  it('requires a reason to stop an exceeded SLA when the parameter says so, and to cancel when that parameter says so', async () => {
    const order = await newOrder({ priority: 'high' });
    api.store.db.prepare('UPDATE app_settings SET reason_on_sla_exceed = 1, reason_on_sla_cancel = 1').run();
    const evening = at(api, '2026-03-02T15:00:00Z');
    // Within target at 12:00 (180 of 240 minutes): no reason needed.
    const early = await api.callOk('orders.slaStop', { orderId: order.id, version: 0, at: '2026-03-02T12:00:00Z' }, evening);
    const restarted = await api.callOk('orders.slaStart', { orderId: order.id, version: early.version, at: '2026-03-02T12:00:00Z' }, evening);
    // At 14:00 it has run 300 minutes: exceeded.
    const refused = await api.callErr('orders.slaStop', { orderId: order.id, version: restarted.version, at: '2026-03-02T14:00:00Z' }, evening);
    expect(issueOf(refused)).toMatchObject({ field: 'reasonId', key: 'sla_reason_on_exceed' });
    expect(refused.message).toContain('Reason');
    const stopped = await api.callOk('orders.slaStop', { orderId: order.id, version: restarted.version, at: '2026-03-02T14:00:00Z', reasonId: w.reason.id }, evening);
    expect(stopped).toMatchObject({ breached: true, compliancePercent: 12500 });
    expect(stopped.segments.at(-1)?.reason?.code).toBe('KLIENTS');

    const noReason = await api.callErr('orders.slaCancel', { orderId: order.id, version: stopped.version, at: '2026-03-02T14:30:00Z' }, evening);
    expect(issueOf(noReason)).toMatchObject({ field: 'reasonId', key: 'sla_reason_on_cancel' });
    const cancelled = await api.callOk('orders.slaCancel', { orderId: order.id, version: stopped.version, at: '2026-03-02T14:30:00Z', reasonId: w.reason.id }, evening);
    expect(cancelled).toMatchObject({ state: 'ended', cancelledAt: '2026-03-02T14:30:00.000Z' });
    const ended = await api.callErr('orders.slaStart', { orderId: order.id, version: cancelled.version, at: '2026-03-02T14:45:00Z' }, evening);
    expect(issueOf(ended)).toMatchObject({ key: 'sla_ended' });
  });

  it('counts only office hours across a weekend with the office calendar', async () => {
    const office = await api.callOk('calendars.create', { code: 'BIROJS', description: 'Rīgas birojs', timeZone: 'Europe/Riga' });
    for (const weekday of ['mon', 'tue', 'wed', 'thu', 'fri'] as const) {
      await api.callOk('calendarHours.create', { calendarId: office.id, weekday, openTime: '08:00', closeTime: '17:00' });
    }
    const officeSla = await api.callOk('slas.create', { code: 'BIROJS', description: 'Darba laikā', calendarId: office.id, ...targets });
    const order = await newOrder({ slaId: officeSla.id });
    // Received Friday 27 Feb 16:00 Riga (14:00 UTC); read Monday 2 Mar 11:00 Riga (09:00 UTC).
    api.store.db.prepare('UPDATE service_orders SET sla_start_at = ? WHERE id = ?').run('2026-02-27T14:00:00.000Z', order.id);
    const status = await api.callOk('orders.slaStatus', { orderId: order.id });
    expect(status).toMatchObject({
      calendar: { code: 'BIROJS', timeZone: 'Europe/Riga' },
      targetMinutes: 960,
      // Friday 16–17 (60) + Monday 08–11 (180); the weekend does not count.
      elapsedMinutes: 240,
      compliancePercent: 2500,
      // 960 = 60 Fri + 540 Mon + 360 Tue -> Tuesday 14:00 Riga.
      deadline: '2026-03-03T12:00:00.000Z',
    });
  });
});
