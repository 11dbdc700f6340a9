import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../db/search-text';
import type { ApiInput } from '../../contract';
import { formatErrorMessage } from '../../contract/messages';
import { apiHarness } from '../test-harness';
import { GenerationCancelled, runGeneration } from './service';
import { fx } from './test-fixtures';

type StartInput = ApiInput<'generation.start'>;
const ALL = ['hour', 'expense', 'item', 'fee'] as const;

/** One agreement with everything a generated order copies: people, SLA via the group, relations. */
function boilerAgreement(db: Database) {
  const customer = fx.customer(db, 'SIA Rīgas Ūdens');
  const site = fx.site(db, customer, 'Rīga');
  const team = fx.team(db);
  const responsible = fx.worker(db, team);
  const preferred = fx.worker(db);
  const calendar = fx.calendar(db, ['2026-05-01']);
  const sla = fx.sla(db, calendar);
  const group = fx.group(db, sla);
  const root = fx.rootStage(db);
  const object = fx.object(db, customer, 'SN-77');
  const otherObject = fx.object(db, customer, 'SN-88');
  const task = fx.task(db);
  const monthly = fx.interval(db, 'month', 1);
  const yearly = fx.interval(db, 'year', 1);
  const agreement = fx.agreement(db, {
    customer_id: customer, site_id: site, agreement_group_id: group, responsible_worker_id: responsible,
    preferred_worker_id: preferred, description: 'Katlu mājas apkope',
  });
  fx.insertRow(db, 'agreement_objects', { agreement_id: agreement, service_object_id: object, note: 'Pagrabā' });
  fx.insertRow(db, 'agreement_objects', { agreement_id: agreement, service_object_id: otherObject });
  fx.insertRow(db, 'agreement_tasks', { agreement_id: agreement, task_id: task, internal_text: 'Ņemt atslēgu', customer_text: 'Apkope' });
  const hourLine = fx.line(db, agreement, 1, {
    interval_id: monthly, service_object_id: object, task_id: task, worker_id: responsible, start_after: '09:00', end_before: '12:00',
  });
  const feeLine = fx.line(db, agreement, 2, {
    transaction_type: 'fee', description: 'Gada maksa', quantity_x100: 100, interval_id: yearly, valid_from: '2026-05-01',
  });
  return { customer, site, responsible, preferred, sla, root, object, otherObject, task, agreement, hourLine, feeLine, team, group };
}

describe('generation.start (inline, through invoke)', () => {
  let api: ReturnType<typeof apiHarness>;
  let db: Database;
  beforeEach(() => {
    api = apiHarness();
    db = api.store.db;
  });
  afterEach(() => api.cleanup());

  async function generate(input: Partial<StartInput> & { scope: StartInput['scope'] }) {
    const { jobId } = await api.callOk('generation.start', { from: '2026-04-01', to: '2026-06-30', transactionTypes: [...ALL], ...input });
    const status = await api.callOk('jobs.status', { jobId });
    expect(status.state).toBe('done');
    if (!status.result) throw new Error('no result');
    return status.result;
  }

  const orderRows = () =>
    db.prepare('SELECT * FROM service_orders ORDER BY preferred_date, id').all() as Record<string, unknown>[];

  it('creates orders with the agreement header, root stage, relations and line keys', async () => {
    const f = boilerAgreement(db);
    const result = await generate({ scope: { agreementId: f.agreement } });
    expect(result).toMatchObject({ dryRun: false, agreements: 1, ordersPlanned: 3, ordersCreated: 3, linesCreated: 4, conflicts: 1 });

    const orders = orderRows();
    expect(orders.map((o) => o.preferred_date)).toEqual(['2026-04-01', '2026-05-01', '2026-06-01']);
    const may = orders[1] ?? {};
    expect(may).toMatchObject({
      description: 'Katlu mājas apkope', customer_id: f.customer, site_id: f.site, agreement_id: f.agreement,
      responsible_worker_id: f.responsible, preferred_worker_id: f.preferred, sla_id: f.sla, stage_id: f.root,
      service_object_id: f.object, origin: 'generated', progress: 'in_process', priority: 'normal',
      preferred_start_time: '09:00', preferred_end_time: '12:00', calendar_conflict: 1, planned_hours_x100: 150,
      combine_key: `agreement:${f.agreement}`, updated_by: 'Anna', version: 0,
    });
    // 1 May is a holiday in the SLA's calendar and the lines have no time window: flagged, not moved.
    expect(orders.filter((o) => o.calendar_conflict === 1)).toHaveLength(1);
    expect(may.search_text).toBe(foldForSearch(String(may.number), 'Katlu mājas apkope', 'SIA Rīgas Ūdens', 'Rīga', 'SN-77'));

    const lines = db.prepare('SELECT * FROM service_order_lines WHERE order_id = ? ORDER BY line_no').all(may.id) as Record<string, unknown>[];
    expect(lines.map((l) => [l.line_no, l.agreement_line_id, l.calculated_date, l.planned_date, l.status])).toEqual([
      [1, f.hourLine, '2026-05-01', '2026-05-01', 'created'],
      [2, f.feeLine, '2026-05-01', '2026-05-01', 'created'],
    ]);

    const detail = await api.callOk('orders.get', { id: Number(may.id) });
    expect(detail.stage?.id).toBe(f.root);
    expect(detail.agreement?.id).toBe(f.agreement);
    // Only the object the lines are about; the task with its texts.
    expect(detail.objects.map((o) => [o.serviceObject.id, o.note])).toEqual([[f.object, 'Pagrabā']]);
    expect(detail.tasks.map((t) => [t.task.id, t.internalText, t.customerText])).toEqual([[f.task, 'Ņemt atslēgu', 'Apkope']]);
    expect(detail.lines.map((l) => [l.transactionType, l.calculatedDate, l.task?.id ?? null])).toEqual([
      ['hour', '2026-05-01', f.task],
      ['fee', '2026-05-01', null],
    ]);

    // Numbers come from the order sequence, which moves on past them.
    const seq = await api.callOk('sequences.list', {});
    expect(seq.find((s) => s.code === 'order')?.lastUsed).toBe(3);
    expect(result.orders.map((o) => o.number)).toEqual(orders.map((o) => o.number));
    expect(result.orders[1]?.lines).toEqual([
      { lineNo: 1, description: 'Rinda 1', calculatedDate: '2026-05-01' },
      { lineNo: 2, description: 'Gada maksa', calculatedDate: '2026-05-01' },
    ]);
  });

  it('creates nothing new when the same period runs again', async () => {
    const f = boilerAgreement(db);
    await generate({ scope: { agreementId: f.agreement } });
    const again = await generate({ scope: { agreementId: f.agreement } });
    expect(again).toMatchObject({ ordersCreated: 0, linesCreated: 0, skipped: { no_lines_due: 1 } });
    expect(api.count('service_orders')).toBe(3);
    // A longer period continues the series after the last generated date.
    const longer = await generate({ scope: { agreementId: f.agreement }, to: '2026-07-31' });
    expect(longer.orders.map((o) => o.serviceDate)).toEqual(['2026-07-01']);
  });

  it('recreates a deleted member only when asked to fill gaps', async () => {
    const f = boilerAgreement(db);
    await generate({ scope: { agreementId: f.agreement } });
    db.prepare("DELETE FROM service_orders WHERE preferred_date = '2026-04-01'").run();
    expect((await generate({ scope: { agreementId: f.agreement } })).ordersCreated).toBe(0);
    const filled = await generate({ scope: { agreementId: f.agreement }, fillGaps: true });
    expect(filled.orders.map((o) => [o.serviceDate, o.lines.map((l) => l.calculatedDate)])).toEqual([['2026-04-01', ['2026-04-01']]]);
    expect(api.count('service_order_lines')).toBe(4);
  });

  it('previews exactly what a run writes, and the preview writes nothing', async () => {
    const f = boilerAgreement(db);
    const before = ['service_orders', 'service_order_lines', 'service_order_objects', 'service_order_tasks'].map(api.count);
    const preview = await generate({ scope: { agreementId: f.agreement }, dryRun: true });
    expect(['service_orders', 'service_order_lines', 'service_order_objects', 'service_order_tasks'].map(api.count)).toEqual(before);
    expect((await api.callOk('sequences.list', {})).find((s) => s.code === 'order')?.lastUsed).toBe(0);
    expect(preview).toMatchObject({ dryRun: true, ordersPlanned: 3, linesPlanned: 4, ordersCreated: 0, linesCreated: 0 });
    expect(preview.orders.every((o) => o.id === null && o.number === null)).toBe(true);

    const run = await generate({ scope: { agreementId: f.agreement } });
    const strip = (orders: typeof run.orders) => orders.map(({ id: _id, number: _n, ...rest }) => rest);
    expect(strip(preview.orders)).toEqual(strip(run.orders));
  });

  it('writes nothing when cancelled part-way', () => {
    const customer = fx.customer(db);
    const weekly = fx.interval(db, 'week', 1);
    for (let i = 0; i < 300; i++) fx.line(db, fx.agreement(db, { customer_id: customer }), 1, { interval_id: weekly });
    let checks = 0;
    const progress: number[] = [];
    expect(() =>
      runGeneration(
        db,
        { scope: {}, from: '2026-01-01', to: '2026-12-31', transactionTypes: ['hour'], fillGaps: false, dryRun: false },
        { actor: 'Anna', now: new Date(), onProgress: (done) => progress.push(done), isCancelled: () => ++checks > 5 },
      ),
    ).toThrow(GenerationCancelled);
    // Five chunks of three agreements were written inside the transaction before the cancel.
    expect(progress.slice(0, 3)).toEqual([0, 3, 6]);
    expect(api.count('service_orders')).toBe(0);
    expect(api.count('service_order_lines')).toBe(0);
  });

  it('refuses a bad period or no transaction types, naming the field', async () => {
    const f = boilerAgreement(db);
    const base = { scope: { agreementId: f.agreement }, transactionTypes: ['hour' as const] };
    const backwards = await api.callErr('generation.start', { ...base, from: '2026-05-01', to: '2026-04-30' });
    expect(backwards.details.issues).toEqual([{ field: 'to', key: 'date_order', params: { other: 'from' } }]);
    const long = await api.callErr('generation.start', { ...base, from: '2026-01-01', to: '2028-01-02' });
    expect(long.details.issues?.[0]).toMatchObject({ field: 'to', key: 'period_too_long' });
    await api.callOk('generation.start', { ...base, from: '2026-01-01', to: '2028-01-01', dryRun: true });
    const none = await api.callErr('generation.start', { ...base, transactionTypes: [], from: '2026-01-01', to: '2026-02-01' });
    expect(none.details.issues).toEqual([{ field: 'transactionTypes', key: 'required', params: {} }]);
    const wrongType = await api.callErr('generation.start', { ...base, transactionTypes: ['labour'], from: '2026-01-01', to: '2026-02-01' });
    expect(wrongType.details.issues?.[0]?.field).toBe('transactionTypes.0');
    const missing = await api.callErr('generation.start', { ...base, scope: { agreementId: 999 }, from: '2026-01-01', to: '2026-02-01' });
    expect(missing.details.issues?.[0]).toMatchObject({ field: 'scope.agreementId', key: 'ref_missing' });
    expect(formatErrorMessage('lv', long.details)).toContain('2 gadiem');
    expect(api.count('service_orders')).toBe(0);
  });

  it('skips suspended agreements, templates and stopped lines', async () => {
    const customer = fx.customer(db);
    const monthly = fx.interval(db, 'month', 1);
    const suspended = fx.agreement(db, { customer_id: customer, status: 'suspended' });
    const template = fx.agreement(db, { customer_id: customer, template_group_id: fx.templateGroup(db) });
    const stopped = fx.agreement(db, { customer_id: customer });
    for (const a of [suspended, template]) fx.line(db, a, 1, { interval_id: monthly });
    fx.line(db, stopped, 1, { interval_id: monthly, stopped: true });
    const result = await generate({ scope: { customerId: customer } });
    expect(result).toMatchObject({ agreements: 3, ordersCreated: 0, skipped: { template: 1, not_active: 1, no_lines_due: 1 } });
    expect(api.count('service_orders')).toBe(0);
  });

  it('narrows a batch by agreement group, customer and team', async () => {
    const f = boilerAgreement(db);
    const other = fx.customer(db, 'Cits klients');
    const monthly = fx.interval(db, 'month', 1);
    fx.line(db, fx.agreement(db, { customer_id: other }), 1, { interval_id: monthly });
    const dry = async (scope: StartInput['scope']) => (await generate({ scope, dryRun: true })).agreements;
    expect(await dry({})).toBe(2);
    expect(await dry({ customerId: other })).toBe(1);
    expect(await dry({ agreementGroupId: f.group })).toBe(1);
    expect(await dry({ teamId: f.team })).toBe(1);
    expect(await dry({ teamId: fx.team(db) })).toBe(0);
  });

  it('copies every relation when no line names an object or task, and only the chosen types', async () => {
    const f = boilerAgreement(db);
    const result = await generate({ scope: { agreementId: f.agreement }, transactionTypes: ['fee'] });
    expect(result.orders.map((o) => o.serviceDate)).toEqual(['2026-05-01']);
    const detail = await api.callOk('orders.get', { id: result.orders[0]?.id ?? 0 });
    expect(detail.objects.map((o) => o.serviceObject.id).sort()).toEqual([f.object, f.otherObject].sort());
    expect(detail.serviceObject).toBeNull();
    expect(detail.tasks).toHaveLength(1);
  });

  it('answers not_found for an unknown job', async () => {
    expect((await api.callErr('jobs.status', { jobId: 'nope' })).code).toBe('not_found');
    expect((await api.callErr('jobs.cancel', { jobId: 'nope' })).code).toBe('not_found');
  });
});
