import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueOf } from '../agreements/test-fixtures';
import { apiHarness } from '../test-harness';
import { PNG, signOffWorld } from './test-world';

/** orders.signOff and orders.signatures through invoke. */
describe('sign-off', () => {
  let api: ReturnType<typeof apiHarness>;
  let s: Awaited<ReturnType<typeof signOffWorld>>;
  beforeEach(async () => {
    api = apiHarness();
    s = await signOffWorld(api);
  });
  afterEach(() => api.cleanup());

  const sign = (values: Record<string, unknown> = {}) => ({ orderId: s.order.id, version: s.version(), signerName: 'Jānis Kalniņš', imagePng: PNG, strokes: 3, ...values });

  it('signs the order and all its unsigned created lines; lists who signed what and when', async () => {
    await api.callOk('orderLines.cancel', { id: s.lines[2].id, version: s.lineVersion(s.lines[2].id) });
    const before = s.version();
    const out = await api.callOk('orders.signOff', sign());
    expect(out.version).toBe(before + 1);
    expect(out.signatureId).not.toBeNull();
    expect(out.signatures).toEqual([
      expect.objectContaining({
        signerName: 'Jānis Kalniņš', signedAt: '2026-03-02T09:00:00.000Z', imagePng: PNG, order: true, recordedBy: 'Anna',
        lines: [{ id: s.lines[0].id, lineNo: 1 }, { id: s.lines[1].id, lineNo: 2 }],
      }),
    ]);
    // The cancelled line stays unsigned.
    expect(out.lines.map((l) => l.signatureId === null)).toEqual([false, false, true]);
    expect(await api.callOk('orders.signatures', { orderId: s.order.id })).toEqual(out);
    // Signing the order again is refused; its remaining lines can be signed by choosing them.
    expect(issueOf(await api.callErr('orders.signOff', sign()))).toMatchObject({ field: 'lineIds', key: 'signoff_order_signed' });
  });

  it('signs only the chosen lines, at the time given; the order stays unsigned', async () => {
    const out = await api.callOk('orders.signOff', sign({ lineIds: [s.lines[1].id], signedAt: '2026-03-02T10:30:00+02:00' }));
    expect(out.signatureId).toBeNull();
    expect(out.signatures).toEqual([expect.objectContaining({ order: false, signedAt: '2026-03-02T08:30:00.000Z', lines: [{ id: s.lines[1].id, lineNo: 2 }] })]);
    const again = await api.callErr('orders.signOff', sign({ lineIds: [s.lines[1].id] }));
    expect(issueOf(again)).toMatchObject({ field: 'lineIds', key: 'signoff_line_signed', params: { line: 2 } });
    expect(again.message).toBe('Lines to sign off: line 2 is already signed off.');
  });

  it('refuses a blank drawing, naming the signature', async () => {
    const refused = await api.callErr('orders.signOff', sign({ strokes: 0 }));
    expect(issueOf(refused)).toMatchObject({ field: 'imagePng', key: 'signature_blank' });
    expect(refused.message).toBe('Signature: the signature is empty; draw it on the pad first.');
    expect(api.count('signatures')).toBe(0);
    // Not a PNG data URL at all: refused by the input's shape.
    expect(issueOf(await api.callErr('orders.signOff', sign({ imagePng: 'data:image/jpeg;base64,AAAA' })))?.field).toBe('imagePng');
  });

  it('refuses signing cancelled or posted lines, lines of another order, a cancelled order and a future time', async () => {
    await api.callOk('orderLines.cancel', { id: s.lines[0].id, version: s.lineVersion(s.lines[0].id) });
    expect(issueOf(await api.callErr('orders.signOff', sign({ lineIds: [s.lines[0].id] })))).toMatchObject({
      field: 'lineIds', key: 'signoff_line_cancelled', params: { line: 1 },
    });
    s.post(s.lines[1].id);
    expect(issueOf(await api.callErr('orders.signOff', sign({ lineIds: [s.lines[1].id] })))).toMatchObject({ key: 'signoff_line_posted' });
    const other = await api.callOk('orders.create', { description: 'Cits', customerId: s.w.riga.id });
    expect(issueOf(await api.callErr('orders.signOff', sign({ orderId: other.id, version: 0, lineIds: [s.lines[2].id] })))).toMatchObject({
      key: 'signoff_line_not_in_order',
    });
    expect(issueOf(await api.callErr('orders.signOff', sign({ signedAt: '2026-03-03T09:00:00Z' })))).toMatchObject({ field: 'signedAt', key: 'in_future' });
    await api.callOk('orders.cancel', { orderId: other.id, version: 0 });
    expect(issueOf(await api.callErr('orders.signOff', sign({ orderId: other.id, version: 1 })))).toMatchObject({ field: 'progress', key: 'order_cancelled' });
    expect(api.count('signatures')).toBe(0);
  });

  it('demands a reason code when the SLA is exceeded and the parameters say so', async () => {
    const { updatedAt: _at, updatedBy: _by, ...params } = await api.callOk('parameters.get', {});
    await api.callOk('parameters.update', { ...params, reasonOnSlaExceed: true });
    const sla = await api.callOk('slas.create', {
      code: 'SLA1', description: 'Standarta', responseHighMinutes: 60, resolutionHighMinutes: 240, responseNormalMinutes: 240,
      resolutionNormalMinutes: 960, responseLowMinutes: 480, resolutionLowMinutes: 2400,
    });
    // The clock started a month ago with a 16-hour target: breached.
    api.store.db.prepare("UPDATE service_orders SET sla_id = ?, sla_start_at = '2026-02-01T08:00:00.000Z' WHERE id = ?").run(sla.id, s.order.id);
    const refused = await api.callErr('orders.signOff', sign());
    expect(issueOf(refused)).toMatchObject({ field: 'reasonId', key: 'signoff_reason_sla' });
    expect(refused.message).toBe('Reason code: the SLA time is exceeded, so a reason code is required (see the parameters).');
    const reason = await api.callOk('reasonCodes.create', { code: 'KAVEJUMS', description: 'Rezerves daļu kavējums' });
    const out = await api.callOk('orders.signOff', sign({ reasonId: reason.id }));
    expect(out.signatures[0]?.reasonCode).toBe('KAVEJUMS');
  });

  it('refuses a stale order version as a conflict', async () => {
    const stale = await api.callErr('orders.signOff', sign({ version: s.version() + 5 }));
    expect(stale.code).toBe('conflict');
  });
});
