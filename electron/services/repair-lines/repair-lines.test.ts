import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatErrorMessage } from '../../contract/messages';
import { issueOf } from '../agreements/test-fixtures';
import { apiHarness } from '../test-harness';
import { finishStamp } from './rules';
import { repairWorld, type RepairWorld } from './test-fixtures';

/** repairLines.* through invoke: numbering, object and coding rules, the finish stamp, the stage guard, suggestions. */
describe('repair lines', () => {
  let api: ReturnType<typeof apiHarness>;
  let w: RepairWorld;
  beforeEach(async () => {
    api = apiHarness();
    w = await repairWorld(api);
  });
  afterEach(() => api.cleanup());

  const at = (iso: string) => ({ ...api.ctx, now: () => new Date(iso) });
  const heatingFault = () => ({ symptomAreaId: w.heating.id, symptomCodeId: w.noHeat.id });

  it('numbers lines per order and takes the order\'s object when none is named', async () => {
    const order = await w.order();
    const first = await api.callOk('repairLines.create', { orderId: order.id, conditionId: w.condition.id, ...heatingFault() });
    const second = await api.callOk('repairLines.create', { orderId: order.id, serviceObjectId: w.boiler1.id });
    expect([first.lineNo, second.lineNo]).toEqual([1, 2]);
    expect(first).toMatchObject({ serviceObjectId: w.boiler1.id, finishedAt: null, refLabels: { symptomCodeId: 'NESILDA' } });
    const other = await w.order();
    expect((await api.callOk('repairLines.create', { orderId: other.id })).lineNo).toBe(1);
  });

  it('refuses a symptom or diagnosis code of another area, naming the code field', async () => {
    const order = await w.order();
    const symptom = await api.callErr('repairLines.create', { orderId: order.id, symptomAreaId: w.water.id, symptomCodeId: w.noHeat.id });
    expect(issueOf(symptom)).toMatchObject({ field: 'symptomCodeId', key: 'code_not_in_area' });
    expect(symptom.message).toBe('Symptom code: the code does not belong to the chosen Symptom area.');
    const diagnosis = await api.callErr('repairLines.create', { orderId: order.id, diagnosisAreaId: w.electrics.id, diagnosisCodeId: w.nozzle.id });
    expect(issueOf(diagnosis)).toMatchObject({ field: 'diagnosisCodeId', key: 'code_not_in_area' });
    expect(formatErrorMessage('lv', diagnosis.details)).toContain('Diagnozes kods: kods nepieder izvēlētajai jomai (Diagnozes joma).');
    expect(api.count('repair_lines')).toBe(0);
  });

  it('refuses an object that is neither the order\'s nor related to it; a related one is accepted', async () => {
    const order = await w.order();
    const refused = await api.callErr('repairLines.create', { orderId: order.id, serviceObjectId: w.pump.id });
    expect(issueOf(refused)).toMatchObject({ field: 'serviceObjectId', key: 'object_not_related_to_order' });
    expect(refused.message).toMatch(/^Service object: /);
    await api.callOk('orderObjects.create', { orderId: order.id, serviceObjectId: w.pump.id });
    expect((await api.callOk('repairLines.create', { orderId: order.id, serviceObjectId: w.pump.id })).serviceObjectId).toBe(w.pump.id);
  });

  it('stamps the finish time when a finished stage is set, keeps it between finished stages, clears it when moved back', async () => {
    const order = await w.order();
    const line = await api.callOk('repairLines.create', { orderId: order.id, repairStageId: w.working.id, finishedAt: '2020-01-01T00:00:00Z' });
    expect(line.finishedAt).toBeNull();
    const base = { orderId: order.id, ...heatingFault() };
    const done = await api.callOk('repairLines.update', { ...base, id: line.id, version: line.version, repairStageId: w.done.id }, at('2026-03-02T10:15:00Z'));
    expect(done.finishedAt).toBe('2026-03-02T10:15:00.000Z');
    const checked = await api.callOk('repairLines.update', { ...base, id: line.id, version: done.version, repairStageId: w.doneToo.id, finishedAt: null }, at('2026-03-03T08:00:00Z'));
    expect(checked.finishedAt).toBe('2026-03-02T10:15:00.000Z');
    const back = await api.callOk('repairLines.update', { ...base, id: line.id, version: checked.version, repairStageId: w.working.id }, at('2026-03-03T09:00:00Z'));
    expect(back.finishedAt).toBeNull();
    const again = await api.callOk('repairLines.update', { ...base, id: line.id, version: back.version, repairStageId: w.done.id }, at('2026-03-04T12:00:00Z'));
    expect(again.finishedAt).toBe('2026-03-04T12:00:00.000Z');
    // Finished on create is stamped too.
    expect((await api.callOk('repairLines.create', { orderId: order.id, repairStageId: w.done.id })).finishedAt).toBe('2026-03-02T09:00:00.000Z');
  });

  it('finishStamp: only a finished stage has a stamp, and a stored stamp is kept', () => {
    expect(finishStamp(false, '2026-01-01T00:00:00.000Z', 'now')).toBeNull();
    expect(finishStamp(true, null, 'now')).toBe('now');
    expect(finishStamp(true, 'then', 'now')).toBe('then');
  });

  it('refuses edits and deletes in a stage that forbids modification, and on posted or cancelled orders', async () => {
    const root = await api.callOk('stages.create', { code: 'JAUNS', description: 'Jauns', sortOrder: 10 });
    const locked = await api.callOk('stages.create', { code: 'SLEGTS', description: 'Slēgts', sortOrder: 20, parentId: root.id, modificationAllowed: false });
    const order = await w.order();
    const line = await api.callOk('repairLines.create', { orderId: order.id });
    api.store.db.prepare('UPDATE service_orders SET stage_id = ? WHERE id = ?').run(locked.id, order.id);
    const create = await api.callErr('repairLines.create', { orderId: order.id });
    expect(issueOf(create)).toMatchObject({ field: 'stageId', key: 'order_stage_no_change' });
    expect(create.message).toBe('Order stage: the stage "SLEGTS" does not allow changes to the order; move the order to another stage first.');
    expect(issueOf(await api.callErr('repairLines.update', { orderId: order.id, id: line.id, version: line.version, notes: 'x' }))).toMatchObject({ field: 'stageId' });
    expect(issueOf(await api.callErr('repairLines.delete', { id: line.id, version: line.version }))).toMatchObject({ field: 'stageId' });
    api.store.db.prepare("UPDATE service_orders SET stage_id = ?, progress = 'posted' WHERE id = ?").run(root.id, order.id);
    expect(issueOf(await api.callErr('repairLines.create', { orderId: order.id }))).toMatchObject({ field: 'progress', key: 'order_posted' });
    api.store.db.prepare("UPDATE service_orders SET progress = 'cancelled' WHERE id = ?").run(order.id);
    expect(issueOf(await api.callErr('repairLines.delete', { id: line.id, version: line.version }))).toMatchObject({ field: 'progress', key: 'order_cancelled' });
    expect(api.count('repair_lines')).toBe(1);
  });
});

describe('repairLines.suggest', () => {
  let api: ReturnType<typeof apiHarness>;
  let w: RepairWorld;
  beforeEach(async () => {
    api = apiHarness();
    w = await repairWorld(api);
  });
  afterEach(() => api.cleanup());

  /** One earlier repair on its own order of the given object. */
  async function pastRepair(objectId: number, fix: { diagnosisCodeId?: number; resolutionId?: number | null; symptomCodeId?: number }) {
    const order = await w.order(objectId);
    const symptom = fix.symptomCodeId === w.noWater.id ? { symptomAreaId: w.water.id, symptomCodeId: w.noWater.id } : { symptomAreaId: w.heating.id, symptomCodeId: w.noHeat.id };
    const diagnosisAreaId = fix.diagnosisCodeId === undefined ? null : fix.diagnosisCodeId === w.fuse.id ? w.electrics.id : w.burner.id;
    await api.callOk('repairLines.create', {
      orderId: order.id, ...symptom, diagnosisAreaId, diagnosisCodeId: fix.diagnosisCodeId ?? null, resolutionId: fix.resolutionId === undefined ? w.repaired.id : fix.resolutionId,
    });
  }

  it('ranks earlier fixes of the same symptom on objects of the same group by frequency', async () => {
    await pastRepair(w.boiler2.id, { diagnosisCodeId: w.nozzle.id });
    await pastRepair(w.boiler2.id, { diagnosisCodeId: w.ignition.id, resolutionId: w.replaced.id });
    await pastRepair(w.boiler1.id, { diagnosisCodeId: w.ignition.id, resolutionId: w.replaced.id });
    await pastRepair(w.boiler2.id, { diagnosisCodeId: w.ignition.id, resolutionId: w.replaced.id });
    // Not counted: another group, another symptom, no resolution.
    await pastRepair(w.pump.id, { diagnosisCodeId: w.nozzle.id });
    await pastRepair(w.boiler2.id, { diagnosisCodeId: w.nozzle.id, symptomCodeId: w.noWater.id });
    await pastRepair(w.boiler2.id, { diagnosisCodeId: w.fuse.id, resolutionId: null });

    const current = await w.order(w.boiler1.id);
    const { suggestions } = await api.callOk('repairLines.suggest', { orderId: current.id, symptomCodeId: w.noHeat.id });
    expect(suggestions.map((s) => [s.diagnosisArea?.code, s.diagnosisCode?.code, s.resolution.code, s.count])).toEqual([
      ['DEGLIS', 'AIZDEDZE', 'NOMAINITS', 3],
      ['DEGLIS', 'SPRAUSLA', 'SALABOTS', 1],
    ]);
    // The pump's group knows only the pump's repair.
    const pumpOrder = await w.order(w.pump.id);
    const forPump = await api.callOk('repairLines.suggest', { orderId: pumpOrder.id, serviceObjectId: w.pump.id, symptomCodeId: w.noHeat.id });
    expect(forPump.suggestions.map((s) => [s.diagnosisCode?.code, s.count])).toEqual([['SPRAUSLA', 1]]);
  });

  it('leaves out the order\'s own lines and offers at most 10', async () => {
    for (let i = 0; i < 12; i++) {
      const code = await api.callOk('diagnosisCodes.create', { diagnosisAreaId: w.burner.id, code: `K${i}`, description: `Kods ${i}` });
      await pastRepair(w.boiler2.id, { diagnosisCodeId: code.id });
    }
    const current = await w.order(w.boiler1.id);
    await api.callOk('repairLines.create', { orderId: current.id, ...{ symptomAreaId: w.heating.id, symptomCodeId: w.noHeat.id }, resolutionId: w.replaced.id });
    const { suggestions } = await api.callOk('repairLines.suggest', { orderId: current.id, symptomCodeId: w.noHeat.id });
    expect(suggestions).toHaveLength(10);
    expect(suggestions.every((s) => s.resolution.code === 'SALABOTS')).toBe(true);
    const none = await w.order(null);
    expect((await api.callOk('repairLines.suggest', { orderId: none.id, symptomCodeId: w.noHeat.id })).suggestions).toEqual([]);
  });
});
