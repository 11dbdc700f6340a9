import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiInput, ApiName, ApiOutput } from '../../contract';
import { issueOf } from '../agreements/test-fixtures';
import { apiHarness } from '../test-harness';

// The harness clock: 2 March 2026, 09:00 UTC = 11:00 in Riga (EET).
type Api = ReturnType<typeof apiHarness>;

async function world(api: Api) {
  const ok = <N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> => api.callOk(name, input);
  const riga = await ok('customers.create', { name: 'Rīgas Siltums', city: 'Rīga' });
  const cesis = await ok('customers.create', { name: 'Cēsu Enerģija', city: 'Cēsis' });
  const rigaSite = await ok('sites.create', { customerId: riga.id, code: '01', name: 'Katlumāja', address: 'Brīvības iela 1', city: 'Rīga' });
  const cesisSite = await ok('sites.create', { customerId: cesis.id, code: '01', name: 'Birojs', address: 'Rīgas iela 5', city: 'Cēsis' });
  const boiler = await ok('serviceObjects.create', { code: 'KATLS-1', description: 'Gāzes katls', customerId: riga.id });
  const lift = await ok('serviceObjects.create', { code: 'LIFTS-9', description: 'Lifts', customerId: cesis.id });
  const janis = await ok('contacts.create', { customerId: riga.id, name: 'Jānis Ozols' });
  const anna = await ok('contacts.create', { customerId: cesis.id, name: 'Anna Liepa' });
  const heating = await ok('symptomAreas.create', { code: 'APKURE', description: 'Apkure' });
  const water = await ok('symptomAreas.create', { code: 'UDENS', description: 'Ūdens' });
  const cold = await ok('symptomCodes.create', { symptomAreaId: heating.id, code: 'NESILDA', description: 'Nesilda' });
  const leak = await ok('symptomCodes.create', { symptomAreaId: water.id, code: 'TEK', description: 'Tek' });
  const urgent = await ok('conditions.create', { code: 'AVARIJA', description: 'Avārija' });
  const duplicate = await ok('reasonCodes.create', { code: 'DUBLIKATS', description: 'Dublikāts' });
  return { riga, cesis, rigaSite, cesisSite, boiler, lift, janis, anna, heating, water, cold, leak, urgent, duplicate };
}

describe('customer requests', () => {
  let api: Api;
  let w: Awaited<ReturnType<typeof world>>;
  const intake = () => ({
    customerId: w.riga.id,
    siteId: w.rigaSite.id,
    serviceObjectId: w.boiler.id,
    contactId: w.janis.id,
    channel: 'phone' as const,
    priority: 'high' as const,
    description: 'Katls nesilda, spiediens krities',
    conditionId: w.urgent.id,
    symptomAreaId: w.heating.id,
    symptomCodeId: w.cold.id,
    receivedDate: '2026-03-02',
    receivedTime: '10:15',
  });

  beforeEach(async () => {
    api = apiHarness();
    w = await world(api);
  });
  afterEach(() => api.cleanup());

  it('takes a request with the next PP number and lists it among the open ones', async () => {
    const r = await api.callOk('requests.create', intake());
    expect(r.number).toMatch(/^PP/);
    const got = await api.callOk('requests.get', { id: r.id });
    expect(got).toMatchObject({ status: 'open', receivedAt: '2026-03-02T08:15:00.000Z', orderId: null });
    const open = await api.callOk('requests.list', { search: 'nesilda' });
    expect(open.rows.map((x) => x.id)).toEqual([r.id]);
    expect((await api.callOk('requests.list', { search: 'rigas siltums' })).total).toBe(1);
    expect((await api.callOk('requests.list', { status: 'converted' })).total).toBe(0);
  });

  it('takes an empty received date and time as now in the company time zone', async () => {
    const r = await api.callOk('requests.create', { ...intake(), receivedDate: '', receivedTime: '' });
    expect(r).toMatchObject({ receivedDate: '2026-03-02', receivedTime: '11:00' });
  });

  it('refuses a symptom code of another area, naming the field', async () => {
    const e = await api.callErr('requests.create', { ...intake(), symptomCodeId: w.leak.id });
    expect(issueOf(e)).toMatchObject({ field: 'symptomCodeId', key: 'code_not_in_area' });
    expect(e.message).toContain('Symptom code');
  });

  it('refuses a site, object or contact of another customer', async () => {
    expect(issueOf(await api.callErr('requests.create', { ...intake(), siteId: w.cesisSite.id }))).toMatchObject({ field: 'siteId', key: 'site_not_of_customer' });
    const object = await api.callErr('requests.create', { ...intake(), serviceObjectId: w.lift.id });
    expect(issueOf(object)).toMatchObject({ field: 'serviceObjectId', key: 'not_of_customer' });
    expect(object.message).toBe('Service object: belongs to a different customer than the one chosen in "Customer".');
    expect(issueOf(await api.callErr('requests.create', { ...intake(), contactId: w.anna.id }))).toMatchObject({ field: 'contactId', key: 'not_of_customer' });
  });

  it('refuses a received time in the future', async () => {
    expect(issueOf(await api.callErr('requests.create', { ...intake(), receivedTime: '11:30' }))).toMatchObject({ field: 'receivedTime', key: 'in_future' });
    expect(issueOf(await api.callErr('requests.create', { ...intake(), receivedDate: '2026-03-03' }))).toMatchObject({ field: 'receivedDate', key: 'in_future' });
  });

  it('refuses a reject without a reason and rejects with one', async () => {
    const r = await api.callOk('requests.create', intake());
    const e = await api.callErr('requests.reject', { id: r.id, version: r.version, note: 'Jau pieteikts' });
    expect(issueOf(e)).toMatchObject({ field: 'reasonId', key: 'required' });
    const rejected = await api.callOk('requests.reject', { id: r.id, version: r.version, reasonId: w.duplicate.id, note: 'Jau pieteikts' });
    expect(rejected).toMatchObject({ status: 'rejected', rejectReasonId: w.duplicate.id, rejectReasonLabel: 'DUBLIKATS', rejectNote: 'Jau pieteikts' });
    expect((await api.callOk('requests.list', {})).total).toBe(0);
    expect((await api.callOk('requests.list', { status: 'rejected' })).total).toBe(1);
    const again = await api.callErr('requests.convert', { id: r.id, version: rejected.version });
    expect(issueOf(again)).toMatchObject({ field: 'status', key: 'request_not_open' });
  });

  it('converts into a service order with the fields, the link and the SLA start', async () => {
    const r = await api.callOk('requests.create', intake());
    const { request, orderId, orderNumber } = await api.callOk('requests.convert', { id: r.id, version: r.version });
    expect(request).toMatchObject({ status: 'converted', orderId, orderNumber });
    const order = await api.callOk('orders.get', { id: orderId });
    expect(order).toMatchObject({
      number: orderNumber,
      description: 'Katls nesilda, spiediens krities',
      customer: { id: w.riga.id },
      site: { id: w.rigaSite.id },
      serviceObject: { id: w.boiler.id },
      priority: 'high',
      origin: 'request',
      agreement: null,
    });
    expect(order.objects.map((o) => o.serviceObject.id)).toEqual([w.boiler.id]);
    const stored = api.store.db.prepare('SELECT sla_start_at AS s FROM service_orders WHERE id = ?').get(orderId) as { s: string };
    expect(stored.s).toBe('2026-03-02T08:15:00.000Z');
    expect((await api.callOk('requests.list', { status: 'converted' })).rows[0]).toMatchObject({ orderId, orderNumber });
  });

  it('converts onto an active agreement of the customer only', async () => {
    const r = await api.callOk('requests.create', intake());
    const draft = await api.callOk('agreements.create', { description: 'Apkope', customerId: w.riga.id, validFrom: '2026-01-01' });
    expect(issueOf(await api.callErr('requests.convert', { id: r.id, version: r.version, agreementId: draft.id }))).toMatchObject({ field: 'agreementId', key: 'agreement_not_active' });
    const other = await api.callOk('agreements.create', { description: 'Lifti', customerId: w.cesis.id, validFrom: '2026-01-01', status: 'active' });
    expect(issueOf(await api.callErr('requests.convert', { id: r.id, version: r.version, agreementId: other.id }))).toMatchObject({ field: 'agreementId', key: 'agreement_of_other_customer' });
    const active = await api.callOk('agreements.create', { description: 'Apkure', customerId: w.riga.id, validFrom: '2026-01-01', status: 'active' });
    const { orderId } = await api.callOk('requests.convert', { id: r.id, version: r.version, agreementId: active.id });
    expect((await api.callOk('orders.get', { id: orderId })).agreement?.id).toBe(active.id);
  });

  it('writes the order and the request in one transaction', async () => {
    const r = await api.callOk('requests.create', intake());
    // Fail the last write of the conversion (the request's own update): the order must go too.
    api.store.db.exec(`CREATE TRIGGER fail_convert BEFORE UPDATE OF status ON customer_requests
      BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    await api.callErr('requests.convert', { id: r.id, version: r.version });
    expect(api.count('service_orders')).toBe(0);
    expect(api.count('service_order_objects')).toBe(0);
    expect((await api.callOk('requests.get', { id: r.id })).status).toBe('open');
  });

  it('refuses converting twice, and editing or deleting a converted request', async () => {
    const r = await api.callOk('requests.create', intake());
    const { request } = await api.callOk('requests.convert', { id: r.id, version: r.version });
    const twice = await api.callErr('requests.convert', { id: r.id, version: request.version });
    expect(issueOf(twice)).toMatchObject({ field: 'status', key: 'request_not_open' });
    expect(api.count('service_orders')).toBe(1);
    const { status: _s, receivedAt: _a, rejectReasonId: _r, rejectReasonLabel: _l, rejectNote: _n, orderId: _o, orderNumber: _on, refLabels: _rl, updatedAt: _u, updatedBy: _b, ...fields } = request;
    const edit = await api.callErr('requests.update', { ...fields, description: 'Cits' });
    expect(issueOf(edit)).toMatchObject({ field: 'status', key: 'request_not_open' });
    expect(edit.message).toBe('Status: the request has already been converted or rejected, so it cannot be changed.');
    expect(issueOf(await api.callErr('requests.delete', { id: r.id, version: request.version }))).toMatchObject({ field: 'status', key: 'request_not_open' });
  });

  it('edits an open request and refuses a stale version', async () => {
    const r = await api.callOk('requests.create', intake());
    const { refLabels: _rl, updatedAt: _u, updatedBy: _b, ...fields } = r;
    const saved = await api.callOk('requests.update', { ...fields, priority: 'low' });
    expect(saved.priority).toBe('low');
    expect((await api.callErr('requests.update', { ...fields, priority: 'normal' })).code).toBe('conflict');
  });
});
