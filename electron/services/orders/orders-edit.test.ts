import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatErrorMessage } from '../../contract/messages';
import { agreementWorld, issueOf, type AgreementWorld } from '../agreements/test-fixtures';
import { apiHarness } from '../test-harness';
import { createOrder } from './create-order';

/** orders.create and orders.update: the header rules, the stage and progress guards, versions. */
describe('service order header', () => {
  let api: ReturnType<typeof apiHarness>;
  let w: AgreementWorld;
  let stages: { root: number; locked: number };
  beforeEach(async () => {
    api = apiHarness();
    w = await agreementWorld(api);
    const root = await api.callOk('stages.create', { code: 'JAUNS', description: 'Jauns', sortOrder: 10 });
    const locked = await api.callOk('stages.create', { code: 'SLEGTS', description: 'Slēgts', sortOrder: 20, parentId: root.id, modificationAllowed: false });
    stages = { root: root.id, locked: locked.id };
  });
  afterEach(() => api.cleanup());

  const sla = () => api.callOk('slas.create', {
      code: 'SLA1', description: 'Standarta', responseHighMinutes: 60, resolutionHighMinutes: 240, responseNormalMinutes: 240,
      resolutionNormalMinutes: 960, responseLowMinutes: 480, resolutionLowMinutes: 2400,
    });
  const agreement = (values: Record<string, unknown> = {}) =>
    api.callOk('agreements.create', { description: 'Katlu apkope', customerId: w.riga.id, status: 'active', validFrom: '2026-01-01', ...values } as never);

  it('creates a manual order in the root stage with the next order number and the agreement SLA', async () => {
    const level = await sla();
    const a = await agreement({ slaId: level.id });
    const order = await api.callOk('orders.create', {
      description: 'Katls nesilda', customerId: w.riga.id, siteId: w.rigaSite.id, agreementId: a.id, priority: 'high',
      preferredDate: '2026-03-05', preferredStartTime: '09:00', preferredEndTime: '12:00', preferredWorkerId: w.worker.id,
      serviceAddress: 'Ūdens iela 3', serviceCity: 'Jūrmala',
    });
    expect(order).toMatchObject({
      origin: 'manual', progress: 'in_process', priority: 'high', stage: { id: stages.root }, sla: { id: level.id },
      serviceAddress: 'Ūdens iela 3', serviceCity: 'Jūrmala', version: 0, updatedBy: 'Anna',
    });
    expect(order.number).toMatch(/\d/);
    const second = await api.callOk('orders.create', { description: 'Otrs', customerId: w.riga.id, agreementId: a.id });
    expect(second.number).not.toBe(order.number);
    // Found by the one-off city, without diacritics.
    expect((await api.callOk('orders.list', { search: 'jurmala' })).rows.map((r) => r.id)).toEqual([order.id]);
  });

  it('refuses a site, agreement or object of another customer, an inactive agreement and a reversed time', async () => {
    const base = { description: 'X', customerId: w.riga.id };
    expect(issueOf(await api.callErr('orders.create', { ...base, siteId: w.cesisSite.id }))).toMatchObject({ field: 'siteId', key: 'site_not_of_customer' });
    const cesisAgreement = await agreement({ customerId: w.cesis.id });
    expect(issueOf(await api.callErr('orders.create', { ...base, agreementId: cesisAgreement.id }))).toMatchObject({
      field: 'agreementId', key: 'agreement_of_other_customer',
    });
    const draft = await agreement({ status: 'draft' });
    expect(issueOf(await api.callErr('orders.create', { ...base, agreementId: draft.id }))).toMatchObject({ field: 'agreementId', key: 'agreement_not_active' });
    expect(issueOf(await api.callErr('orders.create', { ...base, serviceObjectId: w.cesisLift.id }))).toMatchObject({
      field: 'serviceObjectId', key: 'object_not_of_order_customer',
    });
    const reversed = await api.callErr('orders.create', { ...base, preferredStartTime: '12:00', preferredEndTime: '09:00' });
    expect(issueOf(reversed)).toMatchObject({ field: 'preferredEndTime', key: 'time_order' });
    expect(reversed.message).toBe('Preferred end time: must be later than Preferred start time.');
    expect(api.count('service_orders')).toBe(0);
  });

  it('requires an agreement when the parameters do not allow orders without one', async () => {
    const { updatedAt: _at, updatedBy: _by, ...params } = await api.callOk('parameters.get', {});
    await api.callOk('parameters.update', { ...params, allowOrdersWithoutAgreement: false });
    const refused = await api.callErr('orders.create', { description: 'Bez līguma', customerId: w.riga.id });
    expect(issueOf(refused)).toMatchObject({ field: 'agreementId', key: 'order_needs_agreement' });
    const a = await agreement();
    expect((await api.callOk('orders.create', { description: 'Ar līgumu', customerId: w.riga.id, agreementId: a.id })).agreement?.id).toBe(a.id);
  });

  it('updates the header; a stale version is a conflict naming who changed it and when', async () => {
    const order = await api.callOk('orders.create', { description: 'Pirmais', customerId: w.riga.id });
    const changed = await api.callOk('orders.update', { id: order.id, version: order.version, description: 'Labots', customerId: w.riga.id, priority: 'low' });
    expect(changed).toMatchObject({ description: 'Labots', priority: 'low', version: 1 });
    const stale = await api.callErr('orders.update', { id: order.id, version: order.version, description: 'Vecs', customerId: w.riga.id });
    expect(stale.code).toBe('conflict');
    expect(stale.details.params).toMatchObject({ by: 'Anna', at: '2026-03-02T09:00:00.000Z' });
  });

  it('refuses changes in a stage that forbids them (naming the stage) and on posted or cancelled orders', async () => {
    const order = await api.callOk('orders.create', { description: 'Pirmais', customerId: w.riga.id });
    api.store.db.prepare('UPDATE service_orders SET stage_id = ? WHERE id = ?').run(stages.locked, order.id);
    const refused = await api.callErr('orders.update', { id: order.id, version: order.version, description: 'Labots', customerId: w.riga.id });
    expect(issueOf(refused)).toMatchObject({ field: 'stageId', key: 'order_stage_no_change' });
    expect(refused.message).toBe('Stage: the stage "SLEGTS" does not allow changes to the order; move the order to another stage first.');
    expect(formatErrorMessage('lv', refused.details)).toContain('Stadija: stadija „SLEGTS” neļauj mainīt pasūtījumu');
    api.store.db.prepare("UPDATE service_orders SET stage_id = ?, progress = 'posted' WHERE id = ?").run(stages.root, order.id);
    const posted = await api.callErr('orders.update', { id: order.id, version: order.version, description: 'Labots', customerId: w.riga.id });
    expect(issueOf(posted)).toMatchObject({ field: 'progress', key: 'order_posted' });
  });

  it('createOrder takes a plain object, so a request conversion can call it inside its own transaction', () => {
    const db = api.store.db;
    const id = db.transaction(() =>
      createOrder(
        db,
        {
          description: 'No pieteikuma', customerId: w.riga.id, siteId: null, agreementId: null, serviceObjectId: w.boiler.id, priority: 'normal',
          preferredDate: null, preferredStartTime: null, preferredEndTime: null, responsibleWorkerId: null, preferredWorkerId: null,
          slaId: null, serviceAddress: null, serviceCity: null, origin: 'request',
        },
        { actor: 'Dispečers', now: () => new Date('2026-03-02T10:00:00Z') },
      ),
    )();
    expect(db.prepare('SELECT origin, stage_id AS stageId, updated_by AS by FROM service_orders WHERE id = ?').get(id)).toEqual({
      origin: 'request', stageId: stages.root, by: 'Dispečers',
    });
  });
});
