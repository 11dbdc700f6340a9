import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agreementWorld, issueOf, type AgreementWorld } from '../agreements/test-fixtures';
import { apiHarness } from '../test-harness';

/** orderLines.move: same agreement, open orders and lines, stage guard, renumbering, relations, hours. */
describe('moving order lines', () => {
  let api: ReturnType<typeof apiHarness>;
  let w: AgreementWorld;
  let stages: { root: number; locked: number };
  let agreementId: number;
  beforeEach(async () => {
    api = apiHarness();
    w = await agreementWorld(api);
    const root = await api.callOk('stages.create', { code: 'JAUNS', description: 'Jauns', sortOrder: 10 });
    const locked = await api.callOk('stages.create', { code: 'SLEGTS', description: 'Slēgts', sortOrder: 20, parentId: root.id, modificationAllowed: false });
    stages = { root: root.id, locked: locked.id };
    agreementId = (await api.callOk('agreements.create', { description: 'Katlu apkope', customerId: w.riga.id, status: 'active', validFrom: '2026-01-01' })).id;
  });
  afterEach(() => api.cleanup());

  const order = async (description: string, values: Record<string, unknown> = {}) =>
    (await api.callOk('orders.create', { description, customerId: w.riga.id, agreementId, ...values })).id;
  const hourLine = async (orderId: number, quantityX100: number, values: Record<string, unknown> = {}) =>
    (await api.callOk('orderLines.create', { orderId, transactionType: 'hour', description: 'Darbs', quantityX100, workerId: w.worker.id, ...values })).id;
  const get = (id: number) => api.callOk('orders.get', { id });

  it('moves lines after the target\'s last line, keeps the series key, relates objects and tasks, updates both orders', async () => {
    const source = await order('Avots');
    const target = await order('Mērķis');
    await api.callOk('orderObjects.create', { orderId: source, serviceObjectId: w.boiler.id, note: 'Pagrabā' });
    await api.callOk('orderTasks.create', { orderId: source, taskId: w.task.id, internalText: 'Iekšējs' });
    const keep = await hourLine(source, 100);
    const first = await hourLine(source, 150, { serviceObjectId: w.boiler.id, taskId: w.task.id });
    const second = await api.callOk('orderLines.create', { orderId: source, transactionType: 'item', description: 'Filtrs', itemId: w.item.id });
    await hourLine(target, 200);
    await hourLine(target, 50);
    // A generated line's series key moves with it.
    const agreementLine = api.store.db
      .prepare(
        `INSERT INTO agreement_lines (agreement_id, line_no, transaction_type, description, interval_id, version, created_at, updated_at, updated_by)
         VALUES (?, 1, 'hour', 'Apkope', ?, 0, 'x', 'x', 'x')`,
      )
      .run(agreementId, w.monthly.id).lastInsertRowid;
    api.store.db.prepare("UPDATE service_order_lines SET agreement_line_id = ?, calculated_date = '2026-03-01' WHERE id = ?").run(agreementLine, first);
    const before = [await get(source), await get(target)];

    const result = await api.callOk('orderLines.move', { lineIds: [second.id, first], targetOrderId: target });
    expect(result).toEqual({ sourceOrderId: source, targetOrderId: target, lines: [{ id: first, lineNo: 3 }, { id: second.id, lineNo: 4 }] });

    const [src, tgt] = [await get(source), await get(target)];
    expect(src.lines.map((l) => l.id)).toEqual([keep]);
    expect(tgt.lines.map((l) => [l.lineNo, l.description])).toEqual([[1, 'Darbs'], [2, 'Darbs'], [3, 'Darbs'], [4, 'Filtrs']]);
    expect(tgt.lines[2]).toMatchObject({ agreementLineId: Number(agreementLine), calculatedDate: '2026-03-01', quantityX100: 150, costPriceCents: 2500 });
    expect(tgt.objects).toMatchObject([{ serviceObject: { id: w.boiler.id }, note: 'Pagrabā' }]);
    expect(tgt.tasks).toMatchObject([{ task: { id: w.task.id }, internalText: 'Iekšējs' }]);
    expect(src.plannedHoursX100).toBe(100);
    expect(tgt.plannedHoursX100).toBe(400);
    expect(src.version).toBe((before[0]?.version ?? 0) + 1);
    expect(tgt.version).toBe((before[1]?.version ?? 0) + 1);
  });

  it('refuses another agreement, an order without one, the same order, and lines of two orders', async () => {
    const source = await order('Avots');
    const line = await hourLine(source, 100);
    const other = (await api.callOk('agreements.create', { description: 'Cits', customerId: w.riga.id, status: 'active', validFrom: '2026-01-01' })).id;
    const foreign = await order('Cits līgums', { agreementId: other });
    const refused = await api.callErr('orderLines.move', { lineIds: [line], targetOrderId: foreign });
    expect(issueOf(refused)).toMatchObject({ field: 'targetOrderId', key: 'move_other_agreement' });
    expect(refused.message).toBe('Target order: lines can only be moved to another order of the same agreement.');
    api.store.db.prepare('UPDATE app_settings SET allow_orders_without_agreement = 1').run();
    const loose = await order('Bez līguma', { agreementId: null });
    const looseLine = await hourLine(loose, 100);
    expect(issueOf(await api.callErr('orderLines.move', { lineIds: [looseLine], targetOrderId: source }))).toMatchObject({ key: 'move_other_agreement' });
    expect(issueOf(await api.callErr('orderLines.move', { lineIds: [line], targetOrderId: source }))).toMatchObject({ field: 'targetOrderId', key: 'move_same_order' });
    const target = await order('Mērķis');
    const targetLine = await hourLine(target, 100);
    expect(issueOf(await api.callErr('orderLines.move', { lineIds: [line, targetLine], targetOrderId: foreign }))).toMatchObject({
      field: 'lineIds', key: 'move_lines_one_order',
    });
    expect(issueOf(await api.callErr('orderLines.move', { lineIds: [999], targetOrderId: target }))).toMatchObject({ field: 'lineIds', key: 'ref_missing' });
    expect((await api.callErr('orderLines.move', { lineIds: [], targetOrderId: target })).code).toBe('validation');
  });

  it('refuses posted or cancelled lines, naming them, and changes nothing', async () => {
    const source = await order('Avots');
    const target = await order('Mērķis');
    const open = await hourLine(source, 100);
    const posted = await hourLine(source, 100);
    api.store.db.prepare("UPDATE service_order_lines SET status = 'posted' WHERE id = ?").run(posted);
    const refused = await api.callErr('orderLines.move', { lineIds: [open, posted], targetOrderId: target });
    expect(issueOf(refused)).toMatchObject({ field: 'lineIds', key: 'move_lines_closed', params: { lines: '2' } });
    expect(refused.message).toBe('Lines to move: lines 2 are posted or cancelled and cannot be moved.');
    expect((await get(target)).lines).toEqual([]);
  });

  it('refuses when either stage forbids changes, or either order is posted or cancelled', async () => {
    const source = await order('Avots');
    const target = await order('Mērķis');
    const line = await hourLine(source, 100);
    const setStage = (id: number, stageId: number) => api.store.db.prepare('UPDATE service_orders SET stage_id = ? WHERE id = ?').run(stageId, id);
    setStage(target, stages.locked);
    expect(issueOf(await api.callErr('orderLines.move', { lineIds: [line], targetOrderId: target }))).toMatchObject({
      field: 'targetOrderId', key: 'order_stage_no_change', params: { stage: 'SLEGTS' },
    });
    setStage(target, stages.root);
    setStage(source, stages.locked);
    expect(issueOf(await api.callErr('orderLines.move', { lineIds: [line], targetOrderId: target }))).toMatchObject({ field: 'lineIds', key: 'order_stage_no_change' });
    setStage(source, stages.root);
    api.store.db.prepare("UPDATE service_orders SET progress = 'cancelled' WHERE id = ?").run(target);
    expect(issueOf(await api.callErr('orderLines.move', { lineIds: [line], targetOrderId: target }))).toMatchObject({ field: 'targetOrderId', key: 'order_cancelled' });
    api.store.db.prepare("UPDATE service_orders SET progress = 'posted' WHERE id = ?").run(source);
    expect(issueOf(await api.callErr('orderLines.move', { lineIds: [line], targetOrderId: target }))).toMatchObject({ field: 'lineIds', key: 'order_posted' });
  });

  it('recomputes progress: a target whose only lines were cancelled is in process again', async () => {
    const source = await order('Avots');
    const target = await order('Mērķis');
    const line = await hourLine(source, 100);
    const cancelledLine = await hourLine(target, 100);
    api.store.db.prepare("UPDATE service_order_lines SET status = 'cancelled' WHERE id = ?").run(cancelledLine);
    api.store.db.prepare("UPDATE service_orders SET progress = 'in_process' WHERE id = ?").run(target);
    const posted = await hourLine(source, 100);
    api.store.db.prepare("UPDATE service_order_lines SET status = 'posted' WHERE id = ?").run(posted);
    await api.callOk('orderLines.move', { lineIds: [line], targetOrderId: target });
    // The source keeps only its posted line: posted; the target has an open line: in process.
    expect((await get(source)).progress).toBe('posted');
    expect((await get(target)).progress).toBe('in_process');
  });
});
