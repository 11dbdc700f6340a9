import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError, ApiInput, ApiName, ApiOutput } from '../../contract';
import { formatErrorMessage } from '../../contract/messages';
import { apiHarness } from '../test-harness';
import { agreementWorld, issueOf, type AgreementWorld } from './test-fixtures';

describe('copying agreements and lines (through invoke)', () => {
  let api: ReturnType<typeof apiHarness>;
  let w: AgreementWorld;
  beforeEach(async () => {
    api = apiHarness();
    w = await agreementWorld(api);
  });
  afterEach(() => api.cleanup());
  const ok = <N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> => api.callOk(name, input);
  const refused = (name: string, input: unknown): Promise<ApiError> => api.callErr(name, input);
  const linesOf = async (agreementId: number) => (await ok('agreementLines.list', { filter: { agreementId }, sort: 'lineNo' })).rows;

  /** An agreement relating the boiler and the task, with an hour line, a typed-price fee line and a stopped line. */
  async function fullAgreement(extra: Partial<ApiInput<'agreements.create'>> = {}) {
    const a = await ok('agreements.create', { description: 'Katlu apkope', customerId: w.riga.id, validFrom: '2026-01-01', validTo: '2026-12-31', ...extra });
    await ok('agreementObjects.create', { agreementId: a.id, serviceObjectId: w.boiler.id, note: 'Pagrabā' });
    await ok('agreementTasks.create', { agreementId: a.id, taskId: w.task.id, customerText: 'Apkope pēc līguma' });
    const hourLine = await ok('agreementLines.create', {
      agreementId: a.id,
      transactionType: 'hour',
      description: 'Ikmēneša apkope',
      workerId: w.worker.id,
      serviceObjectId: w.boiler.id,
      taskId: w.task.id,
      intervalId: w.monthly.id,
      quantityX100: 150,
    });
    const feeLine = await ok('agreementLines.create', { agreementId: a.id, transactionType: 'fee', description: 'Abonēšana', categoryId: w.feeCategory.id, salesPriceCents: 8000 });
    const stopped = await ok('agreementLines.create', { agreementId: a.id, lineNo: 5, transactionType: 'hour', description: 'Vecā rinda', stopped: true });
    return { a, hourLine, feeLine, stopped };
  }

  describe('agreements.copy', () => {
    it('makes a new draft with the next number, the same header, lines (same numbers, new ids) and relations', async () => {
      const group = await ok('templateGroups.create', { code: 'VEIDNES', description: 'Veidnes' });
      const { a, hourLine } = await fullAgreement({ status: 'active', templateGroupId: group.id, combineBy: 'object', preferredWorkerId: w.worker.id });
      const copy = await ok('agreements.copy', { id: a.id });
      expect(copy).toMatchObject({
        number: 'L000002',
        description: 'Katlu apkope',
        customerId: w.riga.id,
        status: 'draft',
        templateGroupId: null,
        combineBy: 'object',
        preferredWorkerId: w.worker.id,
        validFrom: '2026-01-01',
        validTo: '2026-12-31',
      });
      const lines = await linesOf(copy.id);
      expect(lines.map((l) => [l.lineNo, l.description, l.stopped])).toEqual([
        [1, 'Ikmēneša apkope', false],
        [2, 'Abonēšana', false],
        [5, 'Vecā rinda', true],
      ]);
      expect(lines[0]).toMatchObject({ workerId: w.worker.id, serviceObjectId: w.boiler.id, intervalId: w.monthly.id, quantityX100: 150, salesPriceCents: 4500 });
      expect(lines[0]?.id).not.toBe(hourLine.id);
      expect(lines[1]).toMatchObject({ salesPriceCents: 8000, priceOverridden: true });
      expect((await ok('agreementObjects.list', { filter: { agreementId: copy.id } })).rows[0]).toMatchObject({ serviceObjectId: w.boiler.id, note: 'Pagrabā' });
      expect((await ok('agreementTasks.list', { filter: { agreementId: copy.id } })).rows[0]).toMatchObject({ taskId: w.task.id, customerText: 'Apkope pēc līguma' });
      // The original is untouched.
      expect((await linesOf(a.id)).length).toBe(3);
    });

    it('takes a typed number and refuses one already used, writing nothing', async () => {
      const { a } = await fullAgreement();
      expect((await ok('agreements.copy', { id: a.id, number: 'L-2027' })).number).toBe('L-2027');
      const error = await refused('agreements.copy', { id: a.id, number: 'L-2027' });
      expect(issueOf(error)).toMatchObject({ field: 'number', key: 'duplicate' });
      expect(error.message).toBe('Agreement number: "L-2027" is already used by another record.');
      expect(api.count('agreements')).toBe(2);
      expect(api.count('agreement_lines')).toBe(6);
    });

    it('refuses an agreement that does not exist', async () => {
      expect((await refused('agreements.copy', { id: 999 })).code).toBe('not_found');
    });
  });

  describe('agreements.copyLines', () => {
    it("copies the lines that are not stopped after the target's last line, adding the relations they need", async () => {
      const { a } = await fullAgreement();
      const target = await ok('agreements.create', { description: 'Jauns', customerId: w.riga.id, validFrom: '2026-03-01' });
      await ok('agreementLines.create', { agreementId: target.id, transactionType: 'hour', description: 'Esoša', lineNo: 7 });
      const result = await ok('agreements.copyLines', { targetId: target.id, sourceId: a.id });
      expect(result).toMatchObject({ targetId: target.id, addedObjects: 1, addedTasks: 1 });
      expect(result.lineIds).toHaveLength(2);
      expect((await linesOf(target.id)).map((l) => [l.lineNo, l.description])).toEqual([
        [7, 'Esoša'],
        [8, 'Ikmēneša apkope'],
        [9, 'Abonēšana'],
      ]);
      expect((await ok('agreementObjects.list', { filter: { agreementId: target.id } })).rows[0]).toMatchObject({ serviceObjectId: w.boiler.id, note: 'Pagrabā' });
      expect((await ok('agreementTasks.list', { filter: { agreementId: target.id } })).rows[0]).toMatchObject({ customerText: 'Apkope pēc līguma' });
      // Copying again adds lines but no second relation.
      const again = await ok('agreements.copyLines', { targetId: target.id, sourceId: a.id });
      expect(again).toMatchObject({ addedObjects: 0, addedTasks: 0 });
      expect((await linesOf(target.id)).map((l) => l.lineNo)).toEqual([7, 8, 9, 10, 11]);
    });

    it('copies only the chosen lines, from a template too', async () => {
      const group = await ok('templateGroups.create', { code: 'VEIDNES', description: 'Veidnes' });
      const { a, feeLine } = await fullAgreement({ templateGroupId: group.id });
      const target = await ok('agreements.create', { description: 'Jauns', customerId: w.riga.id, validFrom: '2026-01-01' });
      const result = await ok('agreements.copyLines', { targetId: target.id, sourceId: a.id, lineIds: [feeLine.id] });
      expect(result).toMatchObject({ addedObjects: 0, addedTasks: 0 });
      expect((await linesOf(target.id)).map((l) => [l.lineNo, l.description, l.salesPriceCents])).toEqual([[1, 'Abonēšana', 8000]]);
    });

    it('also relates the objects the target lines already name when the target related none', async () => {
      const { a } = await fullAgreement();
      const target = await ok('agreements.create', { description: 'Jauns', customerId: w.riga.id, validFrom: '2026-01-01' });
      await ok('agreementLines.create', { agreementId: target.id, transactionType: 'hour', description: 'Sūknis', serviceObjectId: w.pump.id });
      const result = await ok('agreements.copyLines', { targetId: target.id, sourceId: a.id });
      expect(result.addedObjects).toBe(2);
      const related = (await ok('agreementObjects.list', { filter: { agreementId: target.id } })).rows.map((r) => r.serviceObjectId);
      expect(related.sort()).toEqual([w.boiler.id, w.pump.id].sort());
    });

    it('refuses a cancelled or expired target, naming it, in both languages', async () => {
      const { a } = await fullAgreement();
      const target = await ok('agreements.create', { description: 'Beidzies', customerId: w.riga.id, validFrom: '2026-01-01', status: 'expired' });
      const error = await refused('agreements.copyLines', { targetId: target.id, sourceId: a.id });
      expect(issueOf(error)).toMatchObject({ field: 'targetId', key: 'copy_into_closed' });
      expect(error.message).toBe('Copy into agreement: lines cannot be copied into a cancelled or expired agreement.');
      expect(formatErrorMessage('lv', error.details)).toBe('Kopēt līgumā: rindas nevar kopēt atceltā vai beigušos līgumā.');
    });

    it('refuses copying an agreement into itself, lines of another agreement, stopped lines and an empty choice', async () => {
      const { a, stopped } = await fullAgreement();
      const b = await ok('agreements.create', { description: 'B', customerId: w.riga.id, validFrom: '2026-01-01' });
      const bLine = await ok('agreementLines.create', { agreementId: b.id, transactionType: 'hour', description: 'B1' });
      const target = await ok('agreements.create', { description: 'Jauns', customerId: w.riga.id, validFrom: '2026-01-01' });
      expect(issueOf(await refused('agreements.copyLines', { targetId: a.id, sourceId: a.id }))).toMatchObject({ field: 'sourceId', key: 'copy_same_agreement' });
      expect(issueOf(await refused('agreements.copyLines', { targetId: target.id, sourceId: a.id, lineIds: [bLine.id] }))).toMatchObject({
        field: 'lineIds',
        key: 'copy_line_not_in_source',
      });
      const stoppedError = await refused('agreements.copyLines', { targetId: target.id, sourceId: a.id, lineIds: [stopped.id] });
      expect(issueOf(stoppedError)).toMatchObject({ field: 'lineIds', key: 'copy_line_stopped', params: { line: 5 } });
      expect(stoppedError.message).toBe('Lines to copy: line 5 is stopped; stopped lines are not copied.');
      const empty = await ok('agreements.create', { description: 'Tukšs', customerId: w.riga.id, validFrom: '2026-01-01' });
      expect(issueOf(await refused('agreements.copyLines', { targetId: target.id, sourceId: empty.id }))).toMatchObject({ field: 'sourceId', key: 'copy_nothing' });
      expect(issueOf(await refused('agreements.copyLines', { targetId: target.id, sourceId: 999 }))).toMatchObject({ field: 'sourceId', key: 'ref_missing' });
      expect(await linesOf(target.id)).toHaveLength(0);
    });

    it('refuses lines that do not fit the target and writes nothing at all', async () => {
      const { a } = await fullAgreement();
      await ok('agreementLines.create', { agreementId: a.id, transactionType: 'hour', description: 'Pavasarī', validFrom: '2026-03-01', validTo: '2026-05-31' });
      const summer = await ok('agreements.create', { description: 'Vasara', customerId: w.riga.id, validFrom: '2026-06-01' });
      const outside = await refused('agreements.copyLines', { targetId: summer.id, sourceId: a.id });
      expect(issueOf(outside)).toMatchObject({ field: 'lineIds', key: 'copy_line_outside', params: { line: 6 } });
      const cesis = await ok('agreements.create', { description: 'Cēsis', customerId: w.cesis.id, validFrom: '2026-01-01' });
      const foreign = await refused('agreements.copyLines', { targetId: cesis.id, sourceId: a.id });
      expect(issueOf(foreign)).toMatchObject({ field: 'lineIds', key: 'copy_line_other_customer', params: { line: 1 } });
      expect([api.count('agreement_objects'), api.count('agreement_tasks')]).toEqual([1, 1]);
      expect(await linesOf(summer.id)).toHaveLength(0);
      expect(await linesOf(cesis.id)).toHaveLength(0);
    });
  });
});
