import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fx } from '../generation/test-fixtures';
import { apiHarness } from '../test-harness';
import { newClockDeadlines, refreshMissingDeadlines } from './sla-deadline';
import { at, stageWorld, type StageWorld } from './test-world';

const targets = { responseHighMinutes: 60, resolutionHighMinutes: 240, responseNormalMinutes: 240, resolutionNormalMinutes: 960, responseLowMinutes: 480, resolutionLowMinutes: 2400 };

/**
 * service_orders.sla_deadline_at: the deadline of the running SLA clock, kept by every write that
 * changes the clock, the SLA or the priority; NULL without an SLA, while stopped and once cancelled.
 * Harness now: Monday 2 March 2026 09:00 UTC.
 */
describe('the stored SLA deadline of an order', () => {
  let api: ReturnType<typeof apiHarness>;
  let w: StageWorld;
  let slaId: number;
  beforeEach(async () => {
    api = apiHarness();
    w = await stageWorld(api);
    slaId = (await api.callOk('slas.create', { code: 'SLA24', description: 'Diennakts', ...targets })).id;
  });
  afterEach(() => api.cleanup());

  const deadlineOf = (orderId: number) => api.store.db.prepare('SELECT sla_deadline_at FROM service_orders WHERE id = ?').pluck().get(orderId) as string | null;
  const newOrder = (values: Record<string, unknown> = {}) =>
    api.callOk('orders.create', { description: 'Katls nesilda', customerId: w.customer.id, slaId, ...values } as never) as Promise<{ id: number; version: number }>;

  it('is set when an order is created with an SLA and matches the clock the order shows', async () => {
    const order = await newOrder({ priority: 'high' });
    expect(deadlineOf(order.id)).toBe('2026-03-02T13:00:00.000Z');
    expect((await api.callOk('orders.slaStatus', { orderId: order.id }))?.deadline).toBe(deadlineOf(order.id));
    const plain = await api.callOk('orders.create', { description: 'Bez SLA', customerId: w.customer.id });
    expect(deadlineOf(plain.id)).toBeNull();
  });

  it('is cleared by a stop, pushed by the restart, and cleared for good by a cancel', async () => {
    const order = await newOrder({ priority: 'high' });
    const later = at(api, '2026-03-02T12:00:00Z');
    const stopped = await api.callOk('orders.slaStop', { orderId: order.id, version: order.version, at: '2026-03-02T10:00:00Z' }, later);
    expect(deadlineOf(order.id)).toBeNull();
    const started = await api.callOk('orders.slaStart', { orderId: order.id, version: stopped.version, at: '2026-03-02T11:00:00Z' }, later);
    // One hour stopped pushes 13:00 to 14:00.
    expect(deadlineOf(order.id)).toBe('2026-03-02T14:00:00.000Z');
    expect(started.deadline).toBe(deadlineOf(order.id));
    await api.callOk('orders.slaCancel', { orderId: order.id, version: started.version, at: '2026-03-02T11:30:00Z' }, later);
    expect(deadlineOf(order.id)).toBeNull();
  });

  it('follows stage changes that stop and restart the clock', async () => {
    const order = await newOrder({ priority: 'high' });
    const planned = await api.callOk('orders.changeStage', { orderId: order.id, version: order.version, toStageId: w.planned.id, at: '2026-03-02T09:00:00Z' });
    const waiting = await api.callOk('orders.changeStage', { orderId: order.id, version: planned.version, toStageId: w.waiting.id, at: '2026-03-02T09:00:00Z' });
    expect(deadlineOf(order.id)).toBeNull();
    await api.callOk('orders.changeStage', { orderId: order.id, version: waiting.version, toStageId: w.planned.id, at: '2026-03-02T10:00:00Z' }, at(api, '2026-03-02T10:00:00Z'));
    expect(deadlineOf(order.id)).toBe('2026-03-02T14:00:00.000Z');
  });

  it('moves with the priority and goes with the SLA', async () => {
    const order = await newOrder({ priority: 'normal' });
    expect(deadlineOf(order.id)).toBe('2026-03-03T01:00:00.000Z');
    const header = { description: 'Katls nesilda', customerId: w.customer.id, slaId };
    const high = await api.callOk('orders.update', { ...header, id: order.id, version: order.version, priority: 'high' } as never) as { version: number };
    expect(deadlineOf(order.id)).toBe('2026-03-02T13:00:00.000Z');
    await api.callOk('orders.update', { ...header, slaId: null, id: order.id, version: high.version, priority: 'high' } as never);
    expect(deadlineOf(order.id)).toBeNull();
  });

  it("runs from the request's received time for an order converted from a request", async () => {
    const agreement = await api.callOk('agreements.create', { description: 'Apkure', customerId: w.customer.id, validFrom: '2026-01-01', status: 'active', slaId });
    const request = await api.callOk('requests.create', {
      customerId: w.customer.id, priority: 'high', description: 'Nav siltā ūdens', receivedDate: '2026-03-02', receivedTime: '09:30',
    } as never) as { id: number; version: number };
    const { orderId } = await api.callOk('requests.convert', { id: request.id, version: request.version, agreementId: agreement.id });
    // Received 09:30 in Riga = 07:30 UTC; 4 hours later.
    expect(deadlineOf(orderId)).toBe('2026-03-02T11:30:00.000Z');
  });

  it('is filled in later for running clocks stored without one, and only for those', async () => {
    const running = await newOrder({ priority: 'high' });
    const stopped = await newOrder({ priority: 'high' });
    const restarted = await newOrder({ priority: 'high' });
    await api.callOk('orders.slaStop', { orderId: stopped.id, version: stopped.version, at: '2026-03-02T09:00:00Z' });
    const pause = await api.callOk('orders.slaStop', { orderId: restarted.id, version: restarted.version, at: '2026-03-02T10:00:00Z' }, at(api, '2026-03-02T11:00:00Z'));
    await api.callOk('orders.slaStart', { orderId: restarted.id, version: pause.version, at: '2026-03-02T10:30:00Z' }, at(api, '2026-03-02T11:00:00Z'));
    api.store.db.prepare('UPDATE service_orders SET sla_deadline_at = NULL').run();
    expect(refreshMissingDeadlines(api.store.db)).toBe(2);
    expect(deadlineOf(running.id)).toBe('2026-03-02T13:00:00.000Z');
    expect(deadlineOf(stopped.id)).toBeNull();
    // Stored segments (stopped half an hour, running again) push 13:00 to 13:30.
    expect(deadlineOf(restarted.id)).toBe('2026-03-02T13:30:00.000Z');
    expect(refreshMissingDeadlines(api.store.db)).toBe(0);
    // The board's reads fill them in too.
    api.store.db.prepare('UPDATE service_orders SET sla_deadline_at = NULL').run();
    const queued = await api.callOk('dispatch.queue', {});
    expect(queued.rows.find((r) => r.orderId === running.id)?.slaDeadline).toBe('2026-03-02T13:00:00.000Z');
  });

  it('is set on generated orders, whose clock runs from the run', async () => {
    const db = api.store.db;
    const customer = fx.customer(db);
    const officeSla = fx.sla(db, fx.calendar(db));
    const agreement = fx.agreement(db, { customer_id: customer, sla_id: officeSla });
    fx.line(db, agreement, 1, { interval_id: fx.interval(db, 'month', 1) });
    const { jobId } = await api.callOk('generation.start', { from: '2026-04-01', to: '2026-04-30', transactionTypes: ['hour'], scope: { agreementId: agreement } });
    expect((await api.callOk('jobs.status', { jobId })).state).toBe('done');
    const orderId = db.prepare('SELECT id FROM service_orders WHERE agreement_id = ?').pluck().get(agreement) as number;
    // From Monday 11:00 in Riga, 16 working hours of 08:00–17:00 days: Wednesday 09:00 Riga.
    expect(deadlineOf(orderId)).toBe('2026-03-04T07:00:00.000Z');
    expect((await api.callOk('orders.slaStatus', { orderId }))?.deadline).toBe(deadlineOf(orderId));
  });

  it("is forgotten when the SLA's targets or its calendar change, and computed again on the next read", async () => {
    const db = api.store.db;
    const order = await newOrder({ priority: 'high' });
    const sla = await api.callOk('slas.get', { id: slaId });
    await api.callOk('slas.update', { ...targets, code: sla.code, description: sla.description, id: slaId, version: sla.version, resolutionHighMinutes: 120 } as never);
    expect(deadlineOf(order.id)).toBeNull();
    expect(refreshMissingDeadlines(db)).toBe(1);
    expect(deadlineOf(order.id)).toBe('2026-03-02T11:00:00.000Z');

    // The office calendar's SLA: a new holiday on the deadline's day forgets it.
    const officeSla = fx.sla(db, fx.calendar(db));
    const onCalendar = await newOrder({ priority: 'high', slaId: officeSla });
    expect(deadlineOf(onCalendar.id)).not.toBeNull();
    const calendarId = db.prepare('SELECT calendar_id FROM service_level_agreements WHERE id = ?').pluck().get(officeSla) as number;
    db.prepare("INSERT INTO calendar_days (calendar_id, date, kind, created_at, updated_at, updated_by) VALUES (?, '2026-03-02', 'holiday', 'now', 'now', 'test')").run(calendarId);
    expect(deadlineOf(onCalendar.id)).toBeNull();
    expect(deadlineOf(order.id)).toBe('2026-03-02T11:00:00.000Z');
  });

  it('is computed once per SLA, priority and start for orders written in bulk', () => {
    const deadline = newClockDeadlines(api.store.db);
    expect(deadline(slaId, 'low', '2026-03-02T09:00:00.000Z')).toBe('2026-03-04T01:00:00.000Z');
    expect(deadline(null, 'low', '2026-03-02T09:00:00.000Z')).toBeNull();
  });
});
