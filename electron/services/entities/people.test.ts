import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatErrorMessage } from '../../contract/messages';
import { apiHarness } from '../test-harness';

describe('teams, workers, skills, hours and absences (contract level)', () => {
  let api: ReturnType<typeof apiHarness>;
  beforeEach(() => {
    api = apiHarness();
  });
  afterEach(() => api.cleanup());

  async function worker(code = 'T001') {
    const team = await api.callOk('teams.create', { code: `RC-${code}`, name: 'Rīga Centrs' });
    return api.callOk('workers.create', { code, name: 'Jānis Bērziņš', teamId: team.id, costPriceCents: 2200, salesPriceCents: 4500 });
  }

  it('creates a worker with the team shown by its code, and finds him without diacritics', async () => {
    const w = await worker();
    expect(w).toMatchObject({ kind: 'technician', status: 'active', costPriceCents: 2200, refLabels: { teamId: 'RC-T001' } });
    const found = await api.callOk('workers.list', { search: 'berzins' });
    expect(found.rows.map((r) => r.code)).toEqual(['T001']);
  });

  it('refuses a worker in a team that does not exist, naming the field', async () => {
    const error = await api.callErr('workers.create', { code: 'T9', name: 'X', teamId: 999 });
    expect(error.details.issues).toEqual([{ field: 'teamId', key: 'ref_missing', params: {} }]);
    expect(error.message).toContain('Dispatch team');
    expect(formatErrorMessage('lv', error.details)).toContain('Dispečeru komanda');
    expect(api.count('workers')).toBe(0);
  });

  it('refuses a price that is not a whole number of cents', async () => {
    const error = await api.callErr('workers.create', { code: 'T9', name: 'X', costPriceCents: 22.5 });
    expect(error.details.issues?.[0]?.field).toBe('costPriceCents');
  });

  it('refuses overlapping absences and an end before the start, naming the fields', async () => {
    const w = await worker();
    await api.callOk('absences.create', { workerId: w.id, kind: 'vacation', fromDate: '2026-07-01', toDate: '2026-07-10' });
    const overlap = await api.callErr('absences.create', { workerId: w.id, kind: 'sick', fromDate: '2026-07-10', toDate: '2026-07-12' });
    expect(overlap.details.issues).toEqual([{ field: 'fromDate', key: 'overlap', params: { from: '2026-07-01', to: '2026-07-10' } }]);
    const backwards = await api.callErr('absences.create', { workerId: w.id, kind: 'sick', fromDate: '2026-08-05', toDate: '2026-08-01' });
    expect(backwards.message).toBe('Until: must not be before From.');
    expect(formatErrorMessage('lv', backwards.details)).toBe('Līdz: nedrīkst būt agrāk par No.');
    expect(api.count('absences')).toBe(1);
  });

  it('lets an absence be moved without clashing with itself, and other workers do not clash', async () => {
    const w = await worker('T001');
    const other = await worker('T002');
    const a = await api.callOk('absences.create', { workerId: w.id, kind: 'vacation', fromDate: '2026-07-01', toDate: '2026-07-10' });
    const { updatedAt: _at, updatedBy: _by, refLabels: _labels, ...fields } = a;
    await api.callOk('absences.update', { ...fields, toDate: '2026-07-12' });
    await api.callOk('absences.create', { workerId: other.id, kind: 'vacation', fromDate: '2026-07-01', toDate: '2026-07-10' });
  });

  it('keeps one working-hours row per weekday and needs both times, the end after the start', async () => {
    const w = await worker();
    await api.callOk('workerHours.create', { workerId: w.id, weekday: 'mon', startTime: '08:00', endTime: '17:00' });
    const twice = await api.callErr('workerHours.create', { workerId: w.id, weekday: 'mon', startTime: '09:00', endTime: '18:00' });
    expect(twice.details.issues?.[0]).toMatchObject({ field: 'weekday', key: 'duplicate' });
    const half = await api.callErr('workerHours.create', { workerId: w.id, weekday: 'tue', startTime: '08:00' });
    expect(half.details.issues?.[0]).toMatchObject({ field: 'endTime', key: 'required' });
    const reversed = await api.callErr('workerHours.create', { workerId: w.id, weekday: 'tue', startTime: '17:00', endTime: '08:00' });
    expect(reversed.details.issues?.[0]).toMatchObject({ field: 'endTime', key: 'time_order' });
    await api.callOk('workerHours.create', { workerId: w.id, weekday: 'sun' });
  });

  it('refuses deleting a team its workers belong to, naming them in both languages', async () => {
    const w = await worker();
    const team = await api.callOk('teams.get', { id: w.teamId ?? 0 });
    const error = await api.callErr('teams.delete', { id: team.id, version: team.version });
    expect(error.code).toBe('referenced');
    expect(error.message).toContain('1 workers');
    expect(formatErrorMessage('lv', error.details)).toContain('1 darbinieki');
  });

  it('deletes a worker together with his own skills, hours and absences', async () => {
    const w = await worker();
    const skill = await api.callOk('skills.create', { code: 'GAS', description: 'Gāzes iekārtas' });
    await api.callOk('workerSkills.create', { workerId: w.id, skillId: skill.id, level: 3 });
    await api.callOk('absences.create', { workerId: w.id, kind: 'training', fromDate: '2026-05-04', toDate: '2026-05-05' });
    await api.callOk('workers.delete', { id: w.id, version: w.version });
    expect(api.count('workers')).toBe(0);
    expect(api.count('absences')).toBe(0);
    expect(api.count('worker_skills')).toBe(0);
  });

  it('refuses deleting a skill a worker has', async () => {
    const w = await worker();
    const skill = await api.callOk('skills.create', { code: 'LIFT', description: 'Lifti' });
    await api.callOk('workerSkills.create', { workerId: w.id, skillId: skill.id });
    expect((await api.callErr('skills.delete', { id: skill.id, version: skill.version })).code).toBe('referenced');
  });

  it('refuses a stale worker edit, saying who changed it', async () => {
    const { updatedAt: _at, updatedBy: _by, refLabels: _labels, ...w } = await worker();
    await api.callOk('workers.update', { ...w, phone: '+371 20000000' });
    const error = await api.callErr('workers.update', { ...w, phone: '+371 29999999' });
    expect(error.code).toBe('conflict');
    expect(error.details.params).toMatchObject({ by: 'Anna' });
    expect((await api.callOk('workers.get', { id: w.id })).phone).toBe('+371 20000000');
  });

  it('keeps site codes unique per customer only', async () => {
    const a = await api.callOk('customers.create', { name: 'SIA A' });
    const b = await api.callOk('customers.create', { name: 'SIA B' });
    const site = { code: 'S1', name: 'Birojs', address: 'Brīvības iela 1', city: 'Rīga' };
    await api.callOk('sites.create', { ...site, customerId: a.id });
    await api.callOk('sites.create', { ...site, customerId: b.id });
    const dup = await api.callErr('sites.create', { ...site, customerId: a.id });
    expect(dup.details.issues?.[0]).toMatchObject({ field: 'code', key: 'duplicate' });
    const list = await api.callOk('sites.list', { filter: { customerId: a.id } });
    expect(list.total).toBe(1);
  });
});
