import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fx } from './generation/test-fixtures';
import { apiHarness } from './test-harness';

describe('orders.list and orders.get', () => {
  let api: ReturnType<typeof apiHarness>;
  let ids: { first: number; second: number };
  beforeEach(async () => {
    api = apiHarness();
    const db = api.store.db;
    const monthly = fx.interval(db, 'month', 1);
    const riga = fx.customer(db, 'SIA Rīgas Ūdens');
    const first = fx.agreement(db, { customer_id: riga, site_id: fx.site(db, riga, 'Jūrmala') });
    fx.line(db, first, 1, { interval_id: monthly });
    const other = fx.customer(db, 'Cits klients');
    const second = fx.agreement(db, { customer_id: other });
    fx.line(db, second, 1, { interval_id: monthly, valid_from: '2026-01-15' });
    const { jobId } = await api.callOk('generation.start', {
      scope: {}, from: '2026-01-01', to: '2026-03-31', transactionTypes: ['hour'],
    });
    expect((await api.callOk('jobs.status', { jobId })).result?.ordersCreated).toBe(6);
    ids = { first, second };
  });
  afterEach(() => api.cleanup());

  it('searches without diacritics, filters by agreement, customer, date and progress, sorts and pages', async () => {
    const bySearch = await api.callOk('orders.list', { search: 'rigas udens' });
    expect(bySearch.total).toBe(3);
    expect(bySearch.rows.every((r) => r.customerName === 'SIA Rīgas Ūdens' && r.siteName === 'Galvenā ēka')).toBe(true);
    expect((await api.callOk('orders.list', { search: 'jurmala' })).total).toBe(3);
    expect((await api.callOk('orders.list', { agreementId: ids.second })).rows.map((r) => r.preferredDate)).toEqual([
      '2026-01-15', '2026-02-15', '2026-03-15',
    ]);
    const february = await api.callOk('orders.list', { from: '2026-02-01', to: '2026-02-28' });
    expect(february.rows.map((r) => r.preferredDate)).toEqual(['2026-02-01', '2026-02-15']);
    expect((await api.callOk('orders.list', { progress: 'posted' })).total).toBe(0);
    const page = await api.callOk('orders.list', { sort: 'preferredDate', direction: 'desc', page: 2, pageSize: 4 });
    expect(page).toMatchObject({ total: 6, page: 2, pageSize: 4 });
    expect(page.rows.map((r) => r.preferredDate)).toEqual(['2026-01-15', '2026-01-01']);
    expect(page.rows[0]).toMatchObject({ origin: 'generated', progress: 'in_process', lineCount: 1, calendarConflict: false });
  });

  it('gives one order with its lines, and not_found for a missing one', async () => {
    const [row] = (await api.callOk('orders.list', { agreementId: ids.first, pageSize: 1 })).rows;
    const order = await api.callOk('orders.get', { id: row?.id ?? 0 });
    expect(order).toMatchObject({ customer: { name: 'SIA Rīgas Ūdens' }, site: { city: 'Jūrmala' }, stage: null, sla: null });
    expect(order.lines).toHaveLength(1);
    expect((await api.callErr('orders.get', { id: 999_999 })).code).toBe('not_found');
  });
});
