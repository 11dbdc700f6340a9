import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../domain/dispatch/conflicts';
import { apiHarness } from '../test-harness';

type Api = ReturnType<typeof apiHarness>;

/** dispatch.settings and dispatch.updateSettings: one version-checked row. */
describe('dispatch settings', () => {
  let api: Api;
  beforeEach(() => {
    api = apiHarness();
  });
  afterEach(() => api.cleanup());

  it("start with the domain's default policy and the default bar colours", async () => {
    const settings = await api.callOk('dispatch.settings', {});
    expect(settings).toMatchObject({ rules: { ...DEFAULT_POLICY }, colours: { high: '#d64545', normal: '#e0a800', low: '#3c9a5f' }, version: 0, updatedBy: 'system' });
  });

  it('change with the current version, refuse a stale one naming who changed them', async () => {
    const before = await api.callOk('dispatch.settings', {});
    const changed = await api.callOk('dispatch.updateSettings', {
      rules: { ...before.rules, outside_hours: 'block', stage_locked: 'warn' },
      colours: { ...before.colours, high: '#FF0000' },
      version: before.version,
    });
    expect(changed).toMatchObject({ rules: { outside_hours: 'block', stage_locked: 'warn', overlap: 'block' }, colours: { high: '#ff0000' }, version: 1, updatedBy: 'Anna' });
    expect(await api.callOk('dispatch.settings', {})).toEqual(changed);
    const stale = await api.callErr('dispatch.updateSettings', { rules: before.rules, colours: before.colours, version: before.version });
    expect(stale).toMatchObject({ code: 'conflict', details: { params: { by: 'Anna' } } });
  });

  it('refuse an unknown severity or a colour that is not #rrggbb, naming the field', async () => {
    const before = await api.callOk('dispatch.settings', {});
    const error = await api.callErr('dispatch.updateSettings', {
      rules: { ...before.rules, overlap: 'ignore' },
      colours: { ...before.colours, low: 'green' },
      version: before.version,
    });
    expect(error.details.issues?.map((i) => i.field).sort()).toEqual(['colours.low', 'rules.overlap']);
    expect(error.message).toContain('Overlap with another visit');
    expect(error.message).toContain('Low priority colour');
  });
});
