import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agreementWorld, issueOf, type AgreementWorld } from '../agreements/test-fixtures';
import { apiHarness } from '../test-harness';

/** Order lines and relations: price defaults, relations, stage and status guards. */
describe('service order lines and relations', () => {
  let api: ReturnType<typeof apiHarness>;
  let w: AgreementWorld;
  let orderId: number;
  let stages: { root: number; locked: number; deletable: number };
  beforeEach(async () => {
    api = apiHarness();
    w = await agreementWorld(api);
    const root = await api.callOk('stages.create', { code: 'JAUNS', description: 'Jauns', sortOrder: 10 });
    const locked = await api.callOk('stages.create', { code: 'SLEGTS', description: 'Slēgts', sortOrder: 20, parentId: root.id, modificationAllowed: false });
    const deletable = await api.callOk('stages.create', { code: 'DZEST', description: 'Dzēšams', sortOrder: 30, parentId: root.id, deletionAllowed: true });
    stages = { root: root.id, locked: locked.id, deletable: deletable.id };
    orderId = (await api.callOk('orders.create', { description: 'Katla remonts', customerId: w.riga.id })).id;
  });
  afterEach(() => api.cleanup());

  /** A stored row back as update input (the audit stamps and labels are output only). */
  const asInput = (row: Record<string, unknown>, patch: Record<string, unknown>) => {
    const { updatedAt: _at, updatedBy: _by, refLabels: _labels, ...rest } = row;
    return { ...rest, ...patch } as never;
  };
  const setStage = (stageId: number) => api.store.db.prepare('UPDATE service_orders SET stage_id = ? WHERE id = ?').run(stageId, orderId);
  const hourLine = (values: Record<string, unknown> = {}) =>
    api.callOk('orderLines.create', { orderId, transactionType: 'hour', description: 'Darbs', quantityX100: 150, workerId: w.worker.id, ...values });

  it('defaults prices like agreement lines and flags a price changed by hand; keeps planned hours', async () => {
    const line = await hourLine();
    expect(line).toMatchObject({ lineNo: 1, costPriceCents: 2500, salesPriceCents: 4500, priceOverridden: false, status: 'created' });
    const item = await api.callOk('orderLines.create', { orderId, transactionType: 'item', description: 'Filtrs', itemId: w.item.id, salesPriceCents: 2500 });
    expect(item).toMatchObject({ lineNo: 2, costPriceCents: 1200, salesPriceCents: 2500, priceOverridden: true });
    const byCategory = await api.callOk('orderLines.create', { orderId, transactionType: 'hour', description: 'Darbs', categoryId: w.hourCategory.id });
    expect(byCategory).toMatchObject({ costPriceCents: 2000, salesPriceCents: 3500, priceOverridden: false });
    // The caller can neither set the flag nor the status.
    const sneaky = await api.callOk('orderLines.update', asInput(line, { priceOverridden: true, status: 'posted' }));
    expect(sneaky).toMatchObject({ priceOverridden: false, status: 'created' });
    expect((await api.callOk('orders.get', { id: orderId })).plannedHoursX100).toBe(250);
  });

  it('refuses an end time not after the start time, naming the field, and times without a date', async () => {
    const refused = await api.callErr('orderLines.create', { orderId, transactionType: 'hour', description: 'Darbs', executionDate: '2026-03-03', startTime: '14:00', endTime: '13:00' });
    expect(issueOf(refused)).toMatchObject({ field: 'endTime', key: 'time_order' });
    expect(refused.message).toBe('End time: must be later than Start time.');
    expect(issueOf(await api.callErr('orderLines.create', { orderId, transactionType: 'hour', description: 'Darbs', startTime: '10:00' }))).toMatchObject({
      field: 'executionDate', key: 'required',
    });
  });

  it('allows only objects and tasks related to the order or its agreement, once there are relations', async () => {
    // No relations yet: any object of the customer, not another customer's.
    expect((await hourLine({ serviceObjectId: w.pump.id })).serviceObjectId).toBe(w.pump.id);
    expect(issueOf(await api.callErr('orderLines.create', { orderId, description: 'X', serviceObjectId: w.cesisLift.id }))).toMatchObject({
      field: 'serviceObjectId', key: 'object_not_of_order_customer',
    });
    await api.callOk('orderObjects.create', { orderId, serviceObjectId: w.boiler.id });
    const notRelated = await api.callErr('orderLines.create', { orderId, description: 'X', serviceObjectId: w.pump.id });
    expect(issueOf(notRelated)).toMatchObject({ field: 'serviceObjectId', key: 'object_not_related_to_order' });
    expect((await hourLine({ serviceObjectId: w.boiler.id })).serviceObjectId).toBe(w.boiler.id);
    // A task related to the agreement counts as related to its orders.
    const agreement = await api.callOk('agreements.create', { description: 'Apkope', customerId: w.riga.id, status: 'active', validFrom: '2026-01-01' });
    await api.callOk('agreementTasks.create', { agreementId: agreement.id, taskId: w.task.id });
    const withAgreement = await api.callOk('orders.create', { description: 'Apkope', customerId: w.riga.id, agreementId: agreement.id });
    expect((await hourLine({ orderId: withAgreement.id, taskId: w.task.id })).taskId).toBe(w.task.id);
    expect(issueOf(await api.callErr('orderLines.create', { orderId: withAgreement.id, description: 'X', taskId: w.otherTask.id }))).toMatchObject({
      field: 'taskId', key: 'task_not_related_to_order',
    });
  });

  it('relations: the object must be the customer\'s, task texts default, and a relation a line names stays', async () => {
    expect(issueOf(await api.callErr('orderObjects.create', { orderId, serviceObjectId: w.cesisLift.id }))).toMatchObject({
      field: 'serviceObjectId', key: 'object_not_of_order_customer',
    });
    const task = await api.callOk('orderTasks.create', { orderId, taskId: w.task.id });
    expect(task).toMatchObject({ internalText: 'Pārbaudīt degli', customerText: 'Ikgadējā katla apkope' });
    await hourLine({ taskId: w.task.id });
    const used = await api.callErr('orderTasks.delete', { id: task.id, version: task.version });
    expect(issueOf(used)).toMatchObject({ field: 'taskId', key: 'relation_used_by_order_line' });
  });

  it('a posted line can be neither changed nor deleted', async () => {
    const line = await hourLine();
    api.store.db.prepare("UPDATE service_order_lines SET status = 'posted' WHERE id = ?").run(line.id);
    const change = await api.callErr('orderLines.update', asInput(line, { description: 'Cits' }));
    expect(issueOf(change)).toMatchObject({ field: 'status', key: 'order_line_posted' });
    expect(change.message).toBe('Status: line 1 is posted, so it can no longer be changed or deleted.');
    setStage(stages.deletable);
    expect(issueOf(await api.callErr('orderLines.delete', { id: line.id, version: line.version }))).toMatchObject({ key: 'order_line_posted' });
  });

  it('follows the stage: no line changes where modification is forbidden, deletion only where allowed', async () => {
    const line = await hourLine();
    const noDelete = await api.callErr('orderLines.delete', { id: line.id, version: line.version });
    expect(issueOf(noDelete)).toMatchObject({ field: 'orderId', key: 'stage_no_delete' });
    expect(noDelete.message).toBe('Service order: the stage "JAUNS" does not allow deleting the order or its lines.');
    setStage(stages.locked);
    const locked = await api.callErr('orderLines.create', { orderId, description: 'Vēl' });
    expect(issueOf(locked)).toMatchObject({ field: 'orderId', key: 'order_stage_no_change', params: { stage: 'SLEGTS' } });
    expect(issueOf(await api.callErr('orderObjects.create', { orderId, serviceObjectId: w.boiler.id }))).toMatchObject({ key: 'order_stage_no_change' });
    setStage(stages.deletable);
    await api.callOk('orderLines.delete', { id: line.id, version: line.version });
    expect((await api.callOk('orders.get', { id: orderId })).plannedHoursX100).toBe(0);
  });

  it('lines of a generated order are edited the same way and keep their calculated date', async () => {
    const db = api.store.db;
    const agreement = await api.callOk('agreements.create', { description: 'Apkope', customerId: w.riga.id, status: 'active', validFrom: '2026-01-01' });
    const aLine = await api.callOk('agreementLines.create', { agreementId: agreement.id, description: 'Apkope', intervalId: w.monthly.id });
    const { jobId } = await api.callOk('generation.start', { scope: { agreementId: agreement.id }, from: '2026-03-01', to: '2026-03-31', transactionTypes: ['hour'] });
    await expect.poll(async () => (await api.callOk('jobs.status', { jobId })).state).toBe('done');
    const generatedId = db.prepare('SELECT order_id FROM service_order_lines WHERE agreement_line_id = ?').pluck().get(aLine.id) as number;
    const [row] = (await api.callOk('orderLines.list', { filter: { orderId: generatedId } })).rows;
    expect(row).toMatchObject({ calculatedDate: '2026-03-01' });
    const changed = await api.callOk('orderLines.update', asInput(row ?? {}, { calculatedDate: null, executionDate: '2026-03-02', startTime: '08:00', endTime: '10:30' }));
    expect(changed).toMatchObject({ calculatedDate: '2026-03-01', executionDate: '2026-03-02', endTime: '10:30' });
  });
});
