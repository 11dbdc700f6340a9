import { expect, test } from './fixtures';

interface ErrorBody {
  ok: false;
  error: { code: string; message: string; details: { issues?: { field: string; key: string }[] } };
}

test.describe('HTTP API of the browser host', () => {
  test('refuses calls without the start token', async ({ host }) => {
    const none = await host.raw('system.info', {}, { token: null });
    expect(none.status).toBe(401);
    expect((none.body as ErrorBody).ok).toBe(false);
    expect((none.body as ErrorBody).error.code).toBe('unauthorized');

    const wrong = await host.raw('system.info', {}, { token: 'not-the-token' });
    expect(wrong.status).toBe(401);
    expect((wrong.body as ErrorBody).error.code).toBe('unauthorized');

    const sameLengthWrong = await host.raw('system.info', {}, { token: host.token.replace(/.$/, (c) => (c === '0' ? '1' : '0')) });
    expect(sameLengthWrong.status).toBe(401);

    const ok = await host.raw('system.info', {});
    expect(ok.status).toBe(200);
    const info = ok.body as { ok: boolean; value: { dbPath: string; isEmpty: boolean } };
    expect(info.ok).toBe(true);
    expect(info.value.dbPath).toBe(host.dbPath);
    expect(info.value.isEmpty).toBe(true);
  });

  test('refuses bad input naming the field and writes nothing', async ({ host }) => {
    const bad = await host.raw('customers.create', { name: '' });
    expect(bad.status).toBe(400);
    const body = bad.body as ErrorBody;
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('validation');
    expect(body.error.details.issues?.[0]?.field).toBe('name');
    expect(body.error.message).toContain('Name');

    const list = await host.apiValue('customers.list', {});
    expect(list.total).toBe(0);
    expect(list.rows).toEqual([]);
  });

  test('refuses a stale update with 409 conflict', async ({ host }) => {
    const created = await host.apiValue('customers.create', { name: 'SIA Konflikts' });
    expect(created.version).toBe(0);
    const first = await host.apiValue('customers.update', { id: created.id, version: created.version, name: 'SIA Konflikts', city: 'Rīga' });
    expect(first.version).toBe(created.version + 1);

    const stale = await host.raw('customers.update', { id: created.id, version: created.version, name: 'SIA Konflikts', city: 'Cēsis' });
    expect(stale.status).toBe(409);
    expect((stale.body as ErrorBody).error.code).toBe('conflict');
    expect((stale.body as ErrorBody).error.message).toContain('changed by');

    const stored = await host.apiValue('customers.get', { id: created.id });
    expect(stored.city).toBe('Rīga');
    expect(stored.version).toBe(first.version);
  });

  test('answers unknown calls and other methods plainly', async ({ host }) => {
    const unknown = await host.raw('customers.explode', {});
    expect(unknown.status).toBe(404);
    expect((unknown.body as ErrorBody).error.code).toBe('unknown_call');

    const get = await fetch(`${host.baseUrl}api/system.info`, { headers: { 'x-servisa-token': host.token } });
    expect(get.status).toBe(405);
  });
});
