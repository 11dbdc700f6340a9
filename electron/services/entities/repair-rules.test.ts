import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError, ApiInput, ApiName, ApiOutput } from '../../contract';
import { formatErrorMessage } from '../../contract/messages';
import type { CallContext } from '../context';
import { ServiceError } from '../errors';
import { apiHarness } from '../test-harness';
import { checkRepairCoding } from './repair-rules';

describe('repair codes (through the contract)', () => {
  let api: ReturnType<typeof apiHarness>;
  let ctx: CallContext;
  beforeEach(() => {
    api = apiHarness();
    ctx = api.ctx;
  });
  afterEach(() => api.cleanup());
  const ok = <N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> => api.callOk(name, input);
  const refused = (name: string, input: unknown): Promise<ApiError> => api.callErr(name, input);

  const issue = (error: ApiError) => error.details.issues?.[0];
  /** A stored row as update input: the update call is strict and takes no row-only fields. */
  const edit = <R extends { updatedAt: string; updatedBy: string; refLabels: unknown }>(row: R) => {
    const { updatedAt: _at, updatedBy: _by, refLabels: _labels, ...input } = row;
    return input;
  };

  async function symptomAreas() {
    const heating = await ok('symptomAreas.create', { code: 'APKURE', description: 'Apkure' });
    const power = await ok('symptomAreas.create', { code: 'ELEKTR', description: 'Elektrība' });
    return { heating, power };
  }

  it('lets the same symptom code exist in two areas, but only once per area', async () => {
    const { heating, power } = await symptomAreas();
    const cold = await ok('symptomCodes.create', { symptomAreaId: heating.id, code: 'TROKSNIS', description: 'Neparasts troksnis' });
    expect(cold.refLabels.symptomAreaId).toBe('APKURE');
    await ok('symptomCodes.create', { symptomAreaId: power.id, code: 'TROKSNIS', description: 'Dūc transformators' });
    const error = await refused('symptomCodes.create', { symptomAreaId: heating.id, code: 'TROKSNIS', description: 'Cits' });
    expect(issue(error)).toMatchObject({ field: 'code', key: 'duplicate' });
    expect(formatErrorMessage('lv', error.details)).toBe('Kods: „TROKSNIS” jau izmanto cits ieraksts.');
    const inHeating = await ok('symptomCodes.list', { filter: { symptomAreaId: heating.id } } as ApiInput<'symptomCodes.list'>);
    expect(inHeating.rows.map((r) => r.description)).toEqual(['Neparasts troksnis']);
  });

  it('keeps a code in its area: the area cannot change after save', async () => {
    const { heating, power } = await symptomAreas();
    const code = await ok('symptomCodes.create', { symptomAreaId: heating.id, code: 'NESILDA', description: 'Nesilda' });
    const error = await refused('symptomCodes.update', { ...edit(code), symptomAreaId: power.id });
    expect(error.message).toBe('Symptom area: cannot be changed after the record is saved.');
  });

  it('requires the area of a diagnosis code and keeps codes unique per area', async () => {
    const missing = await refused('diagnosisCodes.create', { code: 'X', description: 'X' });
    expect(issue(missing)).toMatchObject({ field: 'diagnosisAreaId' });
    const area = await ok('diagnosisAreas.create', { code: 'DETALA', description: 'Bojāta detaļa' });
    await ok('diagnosisCodes.create', { diagnosisAreaId: area.id, code: 'SUKNIS', description: 'Nomainīts sūknis' });
    const dup = await refused('diagnosisCodes.create', { diagnosisAreaId: area.id, code: 'SUKNIS', description: 'Cits' });
    expect(dup.message).toBe('Code: "SUKNIS" is already used by another record.');
  });

  it('deletes an area together with its codes', async () => {
    const { heating } = await symptomAreas();
    await ok('symptomCodes.create', { symptomAreaId: heating.id, code: 'NESILDA', description: 'Nesilda' });
    await ok('symptomAreas.delete', { id: heating.id, version: heating.version });
    expect((await ok('symptomCodes.list', {} as ApiInput<'symptomCodes.list'>)).total).toBe(0);
  });

  it('keeps conditions, resolutions and repair stages with their own codes', async () => {
    await ok('conditions.create', { code: 'DARBOJAS', description: 'Darbojas' });
    await ok('resolutions.create', { code: 'NOMAINITS', description: 'Detaļa nomainīta' });
    const done = await ok('repairStages.create', { code: 'PABEIGTS', description: 'Pabeigts', finished: true });
    expect(done.finished).toBe(true);
    expect((await ok('repairStages.create', { code: 'REMONTS', description: 'Remonts' })).finished).toBe(false);
    const dup = await refused('conditions.create', { code: 'DARBOJAS', description: 'Cits' });
    expect(issue(dup)).toMatchObject({ field: 'code', key: 'duplicate' });
    const found = await ok('resolutions.list', { search: 'detala' } as ApiInput<'resolutions.list'>);
    expect(found.total).toBe(1);
  });

  describe('checkRepairCoding (for repair lines)', () => {
    async function coding() {
      const { heating, power } = await symptomAreas();
      const noHeat = await ok('symptomCodes.create', { symptomAreaId: heating.id, code: 'NESILDA', description: 'Nesilda' });
      const part = await ok('diagnosisAreas.create', { code: 'DETALA', description: 'Bojāta detaļa' });
      const pump = await ok('diagnosisCodes.create', { diagnosisAreaId: part.id, code: 'SUKNIS', description: 'Nomainīts sūknis' });
      return { heating, power, noHeat, part, pump };
    }
    const refusal = (fn: () => void) => {
      try {
        fn();
      } catch (err) {
        if (err instanceof ServiceError) return err;
        throw err;
      }
      throw new Error('expected a refusal');
    };

    it('accepts codes of the chosen areas, and no codes at all', async () => {
      const c = await coding();
      const db = ctx.store.db;
      expect(() =>
        checkRepairCoding(db, { symptomAreaId: c.heating.id, symptomCodeId: c.noHeat.id, diagnosisAreaId: c.part.id, diagnosisCodeId: c.pump.id }),
      ).not.toThrow();
      expect(() => checkRepairCoding(db, { symptomAreaId: null, symptomCodeId: null, diagnosisAreaId: null, diagnosisCodeId: null })).not.toThrow();
    });

    it('refuses a symptom code of another area, naming the code field', async () => {
      const c = await coding();
      const err = refusal(() =>
        checkRepairCoding(ctx.store.db, { symptomAreaId: c.power.id, symptomCodeId: c.noHeat.id, diagnosisAreaId: null, diagnosisCodeId: null }),
      );
      expect(err.issues[0]).toMatchObject({ field: 'symptomCodeId', key: 'code_not_in_area', params: { other: 'symptomAreaId' } });
    });

    it('refuses a diagnosis code without its area', async () => {
      const c = await coding();
      const err = refusal(() =>
        checkRepairCoding(ctx.store.db, { symptomAreaId: null, symptomCodeId: null, diagnosisAreaId: null, diagnosisCodeId: c.pump.id }),
      );
      expect(err.issues[0]).toMatchObject({ field: 'diagnosisCodeId', key: 'code_not_in_area' });
    });
  });
});
