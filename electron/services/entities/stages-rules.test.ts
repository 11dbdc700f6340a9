import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError, ApiInput, ApiName, ApiOutput } from '../../contract';
import { formatErrorMessage } from '../../contract/messages';
import type { CallContext } from '../context';
import { apiHarness } from '../test-harness';

describe('service stages and reason codes (through the contract)', () => {
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
  const stage = (code: string, parentId: number | null, sortOrder = 10) => ok('stages.create', { code, description: code, parentId, sortOrder });
  const count = (table: string) => (ctx.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  it('creates the root with default flags and a child that names its parent', async () => {
    const root = await stage('JAUNS', null);
    expect(root).toMatchObject({
      parentId: null,
      modificationAllowed: true,
      deletionAllowed: false,
      cancellationAllowed: true,
      postingAllowed: false,
      reasonRequired: false,
      stopsSlaClock: false,
    });
    const child = await ok('stages.create', {
      code: 'PABEIGTS',
      description: 'Pabeigts',
      parentId: root.id,
      sortOrder: 40,
      modificationAllowed: false,
      postingAllowed: true,
      stopsSlaClock: true,
    });
    expect(child.refLabels.parentId).toBe('JAUNS');
    expect(child).toMatchObject({ modificationAllowed: false, postingAllowed: true, stopsSlaClock: true });
    const found = await ok('stages.list', { search: 'pabeig' } as ApiInput<'stages.list'>);
    expect(found.rows.map((r) => r.code)).toEqual(['PABEIGTS']);
  });

  it('refuses a second stage without parent, naming the parent and the existing root', async () => {
    await stage('JAUNS', null);
    const error = await refused('stages.create', { code: 'CITS', description: 'Cits sākums', parentId: null, sortOrder: 10 });
    expect(error.code).toBe('validation');
    expect(issue(error)).toMatchObject({ field: 'parentId', key: 'stage_second_root', params: { root: 'JAUNS' } });
    expect(error.message).toBe('Parent stage: only one stage may be without a parent, and "JAUNS" already is the first stage. Choose a parent stage.');
    expect(formatErrorMessage('lv', error.details)).toContain('Iepriekšējā stadija: tikai viena stadija');
    expect(count('service_stages')).toBe(1);
  });

  it('has the schema refuse a second root too, should any write path skip the service', async () => {
    await stage('JAUNS', null);
    const insert = ctx.store.db.prepare(
      "INSERT INTO service_stages (code, description, sort_order, created_at, updated_at, updated_by) VALUES ('CITS', 'Cits', 1, 'x', 'x', 'x')",
    );
    expect(() => insert.run()).toThrow(/UNIQUE/);
  });

  it('lets the root be edited while it stays the only root', async () => {
    const root = await stage('JAUNS', null);
    await stage('PLANOTS', root.id);
    const saved = await ok('stages.update', { ...edit(root), description: 'Jauns pasūtījums', reasonRequired: true });
    expect(saved).toMatchObject({ description: 'Jauns pasūtījums', reasonRequired: true, version: 1 });
  });

  it('refuses to change the parent of a saved stage, either way', async () => {
    const root = await stage('JAUNS', null);
    const planned = await stage('PLANOTS', root.id);
    const inProcess = await stage('PROCESA', planned.id);

    const moved = await refused('stages.update', { ...edit(inProcess), parentId: root.id });
    expect(issue(moved)).toMatchObject({ field: 'parentId', key: 'fixed_after_create' });
    expect(moved.message).toBe('Parent stage: cannot be changed after the record is saved.');

    const madeRoot = await refused('stages.update', { ...edit(inProcess), parentId: null });
    expect(issue(madeRoot)).toMatchObject({ field: 'parentId', key: 'fixed_after_create' });

    const unrooted = await refused('stages.update', { ...edit(root), parentId: planned.id });
    expect(issue(unrooted)).toMatchObject({ field: 'parentId', key: 'fixed_after_create' });
    expect((await ok('stages.get', { id: inProcess.id })).parentId).toBe(planned.id);
  });

  it('refuses a parent that does not exist', async () => {
    await stage('JAUNS', null);
    const error = await refused('stages.create', { code: 'X', description: 'X', parentId: 999, sortOrder: 1 });
    expect(issue(error)).toMatchObject({ field: 'parentId', key: 'ref_missing' });
  });

  it('keeps the root while other stages exist, and lets it go last', async () => {
    const root = await stage('JAUNS', null);
    const cancelled = await stage('ATCELTS', root.id);
    const error = await refused('stages.delete', { id: root.id, version: root.version });
    expect(issue(error)).toMatchObject({ field: 'parentId', key: 'stage_root_delete', params: { count: 1 } });
    expect(error.message).toBe('Parent stage: this is the first stage (it has no parent); it cannot be deleted before the other stages (1).');
    expect(count('service_stages')).toBe(2);

    await ok('stages.delete', { id: cancelled.id, version: cancelled.version });
    await ok('stages.delete', { id: root.id, version: root.version });
    expect(count('service_stages')).toBe(0);
  });

  it('refuses to delete a stage with children, naming what refers to it', async () => {
    const root = await stage('JAUNS', null);
    const planned = await stage('PLANOTS', root.id);
    await stage('PROCESA', planned.id);
    await stage('ATCELTS', planned.id);
    const error = await refused('stages.delete', { id: planned.id, version: planned.version });
    expect(error.code).toBe('referenced');
    expect(error.message).toBe('This record cannot be deleted while 2 service stages refer to it.');
    expect(formatErrorMessage('lv', error.details)).toBe('Šo ierakstu nevar dzēst, kamēr uz to atsaucas 2 servisa stadijas.');
  });

  it('deletes a leaf stage', async () => {
    const root = await stage('JAUNS', null);
    const leaf = await stage('PLANOTS', root.id);
    await ok('stages.delete', { id: leaf.id, version: leaf.version });
    expect(count('service_stages')).toBe(1);
  });

  it('keeps stage codes and reason codes unique', async () => {
    const root = await stage('JAUNS', null);
    expect(issue(await refused('stages.create', { code: 'JAUNS', description: 'Cits', parentId: root.id, sortOrder: 1 }))).toMatchObject({
      field: 'code',
      key: 'duplicate',
    });
    await ok('reasonCodes.create', { code: 'KLIENTS', description: 'Klienta lūgums' });
    const error = await refused('reasonCodes.create', { code: 'KLIENTS', description: 'Cits' });
    expect(error.message).toBe('Code: "KLIENTS" is already used by another record.');
    const found = await ok('reasonCodes.list', { search: 'lugums' } as ApiInput<'reasonCodes.list'>);
    expect(found.total).toBe(1);
  });
});
