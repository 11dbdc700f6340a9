import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatErrorMessage } from '../contract/messages';
import { apiHarness } from './test-harness';

describe('parameters and number sequences', () => {
  let api: ReturnType<typeof apiHarness>;
  beforeEach(() => {
    api = apiHarness();
  });
  afterEach(() => api.cleanup());

  it('has sensible defaults: orders without agreement allowed, Riga time, euro', async () => {
    expect(await api.callOk('parameters.get', {})).toMatchObject({
      allowOrdersWithoutAgreement: true,
      signOffRequired: false,
      reasonOnSlaCancel: false,
      reasonOnSlaExceed: false,
      timeZone: 'Europe/Riga',
      currency: 'EUR',
    });
  });

  it('saves the parameters and refuses a stale version with who changed them', async () => {
    const p = await api.callOk('parameters.get', {});
    const { updatedAt: _a, updatedBy: _b, ...input } = p;
    const saved = await api.callOk('parameters.update', { ...input, signOffRequired: true, version: p.version });
    expect(saved).toMatchObject({ signOffRequired: true, version: p.version + 1, updatedBy: 'Anna' });
    const stale = await api.callErr('parameters.update', { ...input, version: p.version });
    expect(stale.code).toBe('conflict');
    expect(stale.details.params).toMatchObject({ by: 'Anna' });
  });

  it('refuses an unknown time zone and a malformed currency, naming the fields', async () => {
    const p = await api.callOk('parameters.get', {});
    const { updatedAt: _a, updatedBy: _b, ...input } = p;
    const zone = await api.callErr('parameters.update', { ...input, timeZone: 'Mars/Olympus', version: p.version });
    expect(zone.details.issues).toEqual([{ field: 'timeZone', key: 'invalid_value', params: {} }]);
    expect(formatErrorMessage('lv', zone.details)).toContain('Uzņēmuma laika josla');
    const currency = await api.callErr('parameters.update', { ...input, currency: 'euro', version: p.version });
    expect(currency.details.issues?.[0]?.field).toBe('currency');
    expect((await api.callOk('parameters.get', {})).version).toBe(p.version);
  });

  it('lists the sequences with the next number formatted', async () => {
    const list = await api.callOk('sequences.list', {});
    expect(list.map((s) => s.code)).toEqual(['customer', 'agreement', 'order', 'request', 'invoice']);
    expect(list.find((s) => s.code === 'order')).toMatchObject({ prefix: 'SP', nextNumber: 1, lastUsed: 0, example: 'SP000001' });
  });

  it('moves a sequence forward and the next record takes the new number', async () => {
    const customer = (await api.callOk('sequences.list', {})).find((s) => s.code === 'customer');
    if (!customer) throw new Error('no customer sequence');
    await api.callOk('sequences.update', { code: 'customer', prefix: 'KL-', nextNumber: 500, width: 4, version: customer.version });
    const created = await api.callOk('customers.create', { name: 'SIA Jaunais' });
    expect(created.code).toBe('KL-0500');
  });

  it('refuses going back to a number already used, naming the highest used', async () => {
    await api.callOk('customers.create', { name: 'SIA Viens' });
    await api.callOk('customers.create', { name: 'SIA Divi' });
    const customer = (await api.callOk('sequences.list', {})).find((s) => s.code === 'customer');
    if (!customer) throw new Error('no customer sequence');
    expect(customer.lastUsed).toBe(2);
    const error = await api.callErr('sequences.update', { code: 'customer', prefix: 'K', nextNumber: 2, width: 6, version: customer.version });
    expect(error.details.issues).toEqual([{ field: 'nextNumber', key: 'sequence_reuses', params: { last: 2 } }]);
    expect(error.message).toContain('Next number');
    expect(formatErrorMessage('lv', error.details)).toContain('Nākamais numurs');
  });

  it('never lets the invoice sequence skip numbers', async () => {
    const invoice = (await api.callOk('sequences.list', {})).find((s) => s.code === 'invoice');
    if (!invoice) throw new Error('no invoice sequence');
    const error = await api.callErr('sequences.update', { code: 'invoice', prefix: 'R', nextNumber: 10, width: 6, version: invoice.version });
    expect(error.details.issues?.[0]?.key).toBe('invoice_gapless');
  });

  it('refuses a stale sequence edit', async () => {
    const order = (await api.callOk('sequences.list', {})).find((s) => s.code === 'order');
    if (!order) throw new Error('no order sequence');
    await api.callOk('sequences.update', { code: 'order', prefix: 'SP', nextNumber: 5, width: 6, version: order.version });
    const stale = await api.callErr('sequences.update', { code: 'order', prefix: 'SP', nextNumber: 9, width: 6, version: order.version });
    expect(stale.code).toBe('conflict');
  });
});
