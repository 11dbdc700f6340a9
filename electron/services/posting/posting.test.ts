import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatErrorMessage } from '../../contract/messages';
import { agreementWorld, issueOf, type AgreementWorld } from '../agreements/test-fixtures';
import { apiHarness } from '../test-harness';

/** postings.*: preconditions, exact amounts, all-or-nothing, immutability, reversal, progress. */
describe('posting service orders', () => {
  let api: ReturnType<typeof apiHarness>;
  let w: AgreementWorld;
  let stages: { root: number; done: number };
  let vat: number;
  beforeEach(async () => {
    api = apiHarness();
    w = await agreementWorld(api);
    const root = await api.callOk('stages.create', { code: 'JAUNS', description: 'Jauns', sortOrder: 10 });
    const done = await api.callOk('stages.create', { code: 'PABEIGTS', description: 'Pabeigts', sortOrder: 20, parentId: root.id, postingAllowed: true });
    stages = { root: root.id, done: done.id };
    vat = (await api.callOk('taxGroups.create', { code: 'PVN21', description: 'PVN' })).id;
    await api.callOk('taxRates.create', { taxGroupId: vat, ratePercent: 2100, validFrom: '2020-01-01', validTo: '2026-06-30' });
    await api.callOk('taxRates.create', { taxGroupId: vat, ratePercent: 2200, validFrom: '2026-07-01' });
  });
  afterEach(() => api.cleanup());

  const db = () => api.store.db;
  const order = async (preferredDate = '2026-03-05') => (await api.callOk('orders.create', { description: 'Katla apkope', customerId: w.riga.id, preferredDate })).id;
  const setStage = (orderId: number, stageId: number) => db().prepare('UPDATE service_orders SET stage_id = ? WHERE id = ?').run(stageId, orderId);
  const version = (orderId: number) => db().prepare('SELECT version FROM service_orders WHERE id = ?').pluck().get(orderId) as number;
  const statuses = (orderId: number) => db().prepare('SELECT status FROM service_order_lines WHERE order_id = ? ORDER BY line_no').pluck().all(orderId);
  const hourLine = (orderId: number, values: Record<string, unknown> = {}) =>
    api.callOk('orderLines.create', { orderId, transactionType: 'hour', description: 'Darbs', quantityX100: 150, costPriceCents: 2500, salesPriceCents: 4500, ...values });
  const post = async (orderId: number, extra: Record<string, unknown> = {}) =>
    api.callOk('postings.postOrder', { orderId, version: version(orderId), postingDate: '2026-03-10', ...extra } as never);
  const postErr = async (orderId: number, extra: Record<string, unknown> = {}) =>
    api.callErr('postings.postOrder', { orderId, version: version(orderId), postingDate: '2026-03-10', ...extra });
  const taxOnCategory = async (groupId: number) =>
    db().prepare('UPDATE transaction_categories SET tax_group_id = ? WHERE id = ?').run(groupId, w.hourCategory.id);

  it('is refused while the stage does not allow posting, naming the stage', async () => {
    const id = await order();
    await hourLine(id);
    const refused = await postErr(id);
    expect(issueOf(refused)).toMatchObject({ field: 'stageId', key: 'stage_no_post' });
    expect(formatErrorMessage('lv', refused.details)).toContain('Stadija');
    expect(api.count('posted_transactions')).toBe(0);
  });

  it('refuses unsigned lines by number when sign-off is required; a signed order signs all its lines', async () => {
    const id = await order();
    setStage(id, stages.done);
    await hourLine(id);
    await hourLine(id);
    const { updatedAt: _at, updatedBy: _by, ...params } = await api.callOk('parameters.get', {});
    await api.callOk('parameters.update', { ...params, signOffRequired: true });
    expect(issueOf(await postErr(id))).toMatchObject({ field: 'lineIds', key: 'posting_unsigned', params: { lines: '1, 2' } });
    const signature = db()
      .prepare("INSERT INTO signatures (signer_name, signed_at, image_png, created_at, updated_at, updated_by) VALUES ('Ilze', 'x', 'data:image/png;base64,AA', 'x', 'x', 'x')")
      .run().lastInsertRowid;
    db().prepare('UPDATE service_order_lines SET signature_id = ? WHERE order_id = ? AND line_no = 1').run(signature, id);
    expect(issueOf(await postErr(id))).toMatchObject({ params: { lines: '2' } });
    expect((await post(id, { lineIds: [statusLineId(id, 1)] })).lines).toBe(1);
    db().prepare('UPDATE service_orders SET signature_id = ? WHERE id = ?').run(signature, id);
    expect(await post(id)).toMatchObject({ lines: 1, progress: 'posted' });
  });

  const statusLineId = (orderId: number, lineNo: number) =>
    db().prepare('SELECT id FROM service_order_lines WHERE order_id = ? AND line_no = ?').pluck().get(orderId, lineNo) as number;

  it('writes exact cost, sales and tax: the item tax group before the category, the rate of the posting date', async () => {
    const reduced = (await api.callOk('taxGroups.create', { code: 'PVN12', description: 'Samazinātā' })).id;
    await api.callOk('taxRates.create', { taxGroupId: reduced, ratePercent: 1200, validFrom: '2020-01-01' });
    await taxOnCategory(vat);
    db().prepare('UPDATE items SET tax_group_id = ? WHERE id = ?').run(reduced, w.item.id);
    const id = await order();
    setStage(id, stages.done);
    await hourLine(id, { categoryId: w.hourCategory.id, quantityX100: 150, costPriceCents: 2500, salesPriceCents: 4500 });
    await api.callOk('orderLines.create', { orderId: id, transactionType: 'item', description: 'Filtrs', itemId: w.item.id, quantityX100: 125, costPriceCents: 33, salesPriceCents: 2000 });
    await hourLine(id, { quantityX100: 100, costPriceCents: 1000, salesPriceCents: 1000 });
    const result = await post(id, { postingDate: '2026-07-01' });
    expect(result).toMatchObject({ lines: 3, progress: 'posted', version: 1 });
    const journal = (await api.callOk('postings.list', { orderId: id })).rows;
    expect(journal.map((t) => [t.lineNo, t.quantityX100, t.costAmountCents, t.salesAmountCents, t.taxGroupCode, t.taxRateX100, t.taxAmountCents])).toEqual([
      [1, 150, 3750, 6750, 'PVN21', 2200, 1485], // 67.50 × 22 % = 14.85
      [2, 125, 41, 2500, 'PVN12', 1200, 300], // 1.25 × 0.33 = 0.4125 -> 0.41
      [3, 100, 1000, 1000, null, 0, 0],
    ]);
    expect(journal[0]).toMatchObject({ postingDate: '2026-07-01', postedBy: 'Anna', reversesId: null, reversedById: null, transactionType: 'hour' });
    // 21 % until the end of June: 67.50 × 21 % = 14.175 -> 14.18.
    const june = await order();
    setStage(june, stages.done);
    await hourLine(june, { categoryId: w.hourCategory.id });
    await post(june, { postingDate: '2026-06-30' });
    expect((await api.callOk('postings.list', { orderId: june })).rows[0]?.taxAmountCents).toBe(1418);
  });

  it('posts all lines or none: a tax group without a rate on the date refuses the line and undoes the others', async () => {
    const gap = (await api.callOk('taxGroups.create', { code: 'NAV', description: 'Bez likmes' })).id;
    await api.callOk('taxRates.create', { taxGroupId: gap, ratePercent: 500, validFrom: '2027-01-01' });
    await taxOnCategory(gap);
    const id = await order();
    setStage(id, stages.done);
    await hourLine(id);
    await hourLine(id);
    await hourLine(id, { categoryId: w.hourCategory.id });
    const before = version(id);
    const refused = await postErr(id);
    expect(issueOf(refused)).toMatchObject({ field: 'postingDate', key: 'posting_no_tax_rate', params: { line: 3, group: 'NAV', date: '2026-03-10' } });
    expect(refused.message).toBe('Posting date: line 3: the tax group "NAV" has no rate on 2026-03-10, so nothing was posted; add the rate first.');
    expect(api.count('posted_transactions')).toBe(0);
    expect(api.count('posting_runs')).toBe(0);
    expect(statuses(id)).toEqual(['created', 'created', 'created']);
    expect(version(id)).toBe(before);
  });

  it('keeps posted lines and transactions unchangeable; a stale order version is a conflict', async () => {
    const id = await order();
    setStage(id, stages.done);
    const line = await hourLine(id);
    await hourLine(id);
    expect((await api.callErr('postings.postOrder', { orderId: id, version: version(id) + 5, postingDate: '2026-03-10' })).code).toBe('conflict');
    await post(id, { lineIds: [line.id] });
    const { updatedAt: _at, updatedBy: _by, refLabels: _l, ...stored } = await api.callOk('orderLines.get', { id: line.id }) as Record<string, unknown>;
    expect(issueOf(await api.callErr('orderLines.update', { ...stored, description: 'Labots' }))).toMatchObject({ field: 'status', key: 'order_line_posted' });
    expect(issueOf(await api.callErr('orderLines.delete', { id: line.id, version: stored.version }))).toMatchObject({ key: 'order_line_posted' });
    expect(issueOf(await postErr(id, { lineIds: [line.id] }))).toMatchObject({ field: 'lineIds', key: 'posting_line_not_open', params: { line: 1 } });
    expect(() => db().prepare('UPDATE posted_transactions SET sales_amount_cents = 0').run()).toThrow(/immutable/);
    expect(() => db().prepare('DELETE FROM posted_transactions').run()).toThrow(/immutable/);
  });

  it('becomes posted once every line that is not cancelled is posted; then the header is locked', async () => {
    const id = await order();
    setStage(id, stages.done);
    const first = await hourLine(id);
    await hourLine(id);
    const third = await hourLine(id);
    db().prepare("UPDATE service_order_lines SET status = 'cancelled' WHERE id = ?").run(third.id);
    expect(await post(id, { lineIds: [first.id] })).toMatchObject({ progress: 'in_process', lines: 1 });
    expect(await post(id)).toMatchObject({ progress: 'posted', lines: 1 });
    expect(statuses(id)).toEqual(['posted', 'posted', 'cancelled']);
    expect(issueOf(await postErr(id))).toMatchObject({ field: 'orderId', key: 'order_posted' });
    const refused = await api.callErr('orders.update', { id, version: version(id), description: 'X', customerId: w.riga.id });
    expect(issueOf(refused)).toMatchObject({ key: 'order_posted' });
  });

  it('reverses a transaction once with its exact negative; the line can be corrected and posted again', async () => {
    const id = await order();
    setStage(id, stages.done);
    await taxOnCategory(vat);
    const line = await hourLine(id, { categoryId: w.hourCategory.id });
    await post(id);
    const original = (await api.callOk('postings.list', { orderId: id })).rows[0];
    if (!original) throw new Error('nothing posted');
    const reversed = await api.callOk('postings.reverse', { transactionId: original.id });
    expect(reversed).toMatchObject({ progress: 'in_process' });
    expect(reversed.transaction).toMatchObject({
      reversesId: original.id, quantityX100: -150, costAmountCents: -3750, salesAmountCents: -6750, taxRateX100: 2100, taxAmountCents: -1418, postingDate: '2026-03-10',
    });
    expect(statuses(id)).toEqual(['created']);
    expect(issueOf(await api.callErr('postings.reverse', { transactionId: original.id }))).toMatchObject({ field: 'transactionId', key: 'posting_already_reversed' });
    expect(issueOf(await api.callErr('postings.reverse', { transactionId: reversed.transaction.id }))).toMatchObject({ key: 'posting_is_reversal' });
    // The database itself allows one reversal per transaction.
    expect(() =>
      db()
        .prepare(
          `INSERT INTO posted_transactions (posting_run_id, order_id, order_line_id, transaction_type, posting_date, quantity_x100, cost_amount_cents,
             sales_amount_cents, reverses_id, posted_at, posted_by) SELECT posting_run_id, order_id, order_line_id, transaction_type, posting_date,
             0, 0, 0, reverses_id, posted_at, posted_by FROM posted_transactions WHERE id = ?`,
        )
        .run(reversed.transaction.id),
    ).toThrow(/UNIQUE/);
    // Corrected and posted again.
    const { updatedAt: _at, updatedBy: _by, refLabels: _l, ...stored } = await api.callOk('orderLines.get', { id: line.id }) as Record<string, unknown>;
    await api.callOk('orderLines.update', { ...stored, quantityX100: 200 } as never);
    expect(await post(id)).toMatchObject({ progress: 'posted' });
    const journal = (await api.callOk('postings.list', { orderId: id })).rows;
    expect(journal.map((t) => [t.quantityX100, t.reversesId, t.reversedById])).toEqual([
      [150, null, reversed.transaction.id],
      [-150, original.id, null],
      [200, null, null],
    ]);
    expect(journal.reduce((sum, t) => sum + t.salesAmountCents, 0)).toBe(9000);
  });
});
