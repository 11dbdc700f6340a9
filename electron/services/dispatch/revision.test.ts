import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/store';
import { apiHarness } from '../test-harness';

type Api = ReturnType<typeof apiHarness>;

/** dispatch.revision: what the board polls to notice changes made here or by anyone else. */
describe('dispatch.revision', () => {
  let api: Api;
  beforeEach(() => {
    api = apiHarness();
  });
  afterEach(() => api.cleanup());

  const revision = async () => (await api.callOk('dispatch.revision', {})).revision;

  it('stays the same across reads and refused writes, and changes with a write through the API', async () => {
    const first = await revision();
    await api.callOk('dispatch.settings', {});
    await api.callOk('dispatch.queue', {});
    expect(await revision()).toBe(first);
    await api.callErr('dispatch.updateSettings', { rules: {}, colours: {}, version: 0 });
    expect(await revision()).toBe(first);
    await api.callOk('customers.create', { name: 'Jauns klients' });
    const second = await revision();
    expect(second).not.toBe(first);
    expect(await revision()).toBe(second);
  });

  it('is told by a schedule call, so the board that saved does not take its own change for news', async () => {
    const order = await api.callOk('orders.create', { description: 'Apkope', customerId: (await api.callOk('customers.create', { name: 'Klients' })).id } as never) as { id: number; version: number };
    const worker = await api.callOk('workers.create', { code: 'T1', name: 'Anna', kind: 'technician' } as never) as { id: number };
    const saved = await api.callOk('dispatch.schedule', {
      changes: [{ orderId: order.id, version: order.version, workerId: worker.id, start: '2026-03-02T08:00:00Z', end: '2026-03-02T09:00:00Z' }],
      confirmWarnings: true,
    });
    expect(await revision()).toBe(saved.revision);
  });

  it('changes when another connection to the same file commits (a job worker, another process)', async () => {
    const first = await revision();
    const other = openDatabase(api.store.path);
    try {
      other.prepare("UPDATE app_settings SET currency = 'EUR' WHERE id = 1").run();
    } finally {
      other.close();
    }
    expect(await revision()).not.toBe(first);
  });

  it('changes when a background job of this process stops holding the write lock', async () => {
    const first = await revision();
    api.store.backgroundWriter = 'generation';
    expect(await revision()).toBe(first);
    api.store.backgroundWriter = null;
    expect(await revision()).not.toBe(first);
  });
});
