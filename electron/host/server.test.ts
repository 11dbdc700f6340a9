import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Store } from '../../db/store';
import { tempStore } from '../../db/test-helpers';
import { createHandlers } from '../services/handlers';
import { ACTOR_HEADER, TOKEN_HEADER, startHost, type RunningHost } from './server';

const TOKEN = 't0k';
const INDEX_HTML = '<!doctype html><html><head><title>Servisa vadība</title></head><body><div id="root"></div></body></html>';
const APP_JS = 'console.log("app");';
const SECRET = 'TOP-SECRET-OUTSIDE-THE-STATIC-DIR';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A raw HTTP request: unlike fetch, it sends the path exactly as given (no ../ normalisation) and
 * lets a test set the Host header.
 */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe('browser host', () => {
  let store: Store;
  let dir: string;
  let cleanup: () => void;
  let host: RunningHost;
  let staticDir: string;

  beforeEach(async () => {
    ({ store, dir, cleanup } = tempStore());
    staticDir = join(dir, 'static');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), INDEX_HTML);
    writeFileSync(join(staticDir, 'assets', 'app.js'), APP_JS);
    writeFileSync(join(dir, 'secret.txt'), SECRET);
    writeFileSync(join(dir, 'package.json'), `{"secret":"${SECRET}"}`);
    host = await startHost({
      store,
      handlers: createHandlers({ appVersion: 'test', osUser: 'tester' }),
      token: TOKEN,
      staticDir,
      port: 0,
      defaultActor: 'tester',
    });
  });

  afterEach(async () => {
    await host.close();
    cleanup();
  });

  const api = (name: string, body: unknown, headers: Record<string, string> = { [TOKEN_HEADER]: TOKEN }) =>
    send(host.port, {
      method: 'POST',
      path: `/api/${name}`,
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('listens on loopback on the port it reports', () => {
    expect(host.port).toBeGreaterThan(0);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1', port: host.port });
  });

  describe('API', () => {
    it('answers 401 unauthorized without a token', async () => {
      const reply = await api('system.info', {}, {});
      expect(reply.status).toBe(401);
      const result = JSON.parse(reply.body) as { ok: boolean; error: { code: string } };
      expect(result.ok).toBe(false);
      expect(result.error.code).toBe('unauthorized');
    });

    it('answers 401 for a wrong token, also one of the same length', async () => {
      for (const token of ['wrong-token', 't0K', '']) {
        const reply = await api('system.info', {}, { [TOKEN_HEADER]: token });
        expect(reply.status, token).toBe(401);
        expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      }
    });

    it('answers 200 with the result object for the right token', async () => {
      const reply = await api('system.info', {});
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(reply.body)).toMatchObject({
        ok: true,
        value: { appVersion: 'test', dbPath: store.path, isEmpty: true, osUser: 'tester' },
      });
    });

    it('accepts an empty body as {}', async () => {
      const reply = await api('system.info', '');
      expect(reply.status).toBe(200);
    });

    it('refuses GET on the API with 405', async () => {
      const reply = await send(host.port, { method: 'GET', path: '/api/system.info', headers: { [TOKEN_HEADER]: TOKEN } });
      expect(reply.status).toBe(405);
      expect(reply.headers.allow).toBe('POST');
    });

    it('refuses a foreign Host header with 421 (DNS rebinding)', async () => {
      const reply = await send(host.port, {
        method: 'POST',
        path: '/api/system.info',
        headers: { host: `evil.example:${host.port}`, [TOKEN_HEADER]: TOKEN },
        body: '{}',
      });
      expect(reply.status).toBe(421);
      expect(reply.body).not.toContain('dbPath');
      const page = await send(host.port, { path: '/', headers: { host: `evil.example:${host.port}` } });
      expect(page.status).toBe(421);
    });

    it('accepts localhost as the Host header', async () => {
      const reply = await api('system.info', {}, { host: `localhost:${host.port}`, [TOKEN_HEADER]: TOKEN });
      expect(reply.status).toBe(200);
    });

    it('answers 400 validation for a body that is not JSON', async () => {
      const reply = await api('system.info', '{not json');
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'validation', details: { key: 'invalid_input' } } });
    });

    it('answers 404 unknown_call for an unknown call', async () => {
      const reply = await api('customers.explode', {});
      expect(reply.status).toBe(404);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    });

    it('answers 400 for input that fails validation, naming the field', async () => {
      const reply = await api('customers.create', { name: '' });
      expect(reply.status).toBe(400);
      const result = JSON.parse(reply.body) as { error: { code: string; message: string; details: { issues: unknown[] } } };
      expect(result.error.code).toBe('validation');
      expect(result.error.details.issues).toEqual([{ field: 'name', key: 'required' }]);
      expect(result.error.message).toContain('Name');
      expect((store.db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n).toBe(0);
    });

    it('writes the x-servisa-actor header (URI-encoded) to updatedBy', async () => {
      const reply = await api('customers.create', { name: 'SIA Aktieris' }, { [TOKEN_HEADER]: TOKEN, [ACTOR_HEADER]: encodeURIComponent('Jānis') });
      expect(reply.status).toBe(200);
      const created = JSON.parse(reply.body) as { value: { id: number; updatedBy: string } };
      expect(created.value.updatedBy).toBe('Jānis');
      expect(store.db.prepare('SELECT updated_by AS u FROM customers WHERE id = ?').get(created.value.id)).toEqual({ u: 'Jānis' });
    });

    it('uses the default actor without the header', async () => {
      const reply = await api('customers.create', { name: 'SIA Bez aktiera' });
      expect((JSON.parse(reply.body) as { value: { updatedBy: string } }).value.updatedBy).toBe('tester');
    });

    it('answers 409 for a stale write', async () => {
      const created = JSON.parse((await api('customers.create', { name: 'SIA Versija' })).body) as { value: { id: number } };
      await api('customers.update', { id: created.value.id, version: 0, name: 'SIA Versija 2' });
      const reply = await api('customers.update', { id: created.value.id, version: 0, name: 'SIA Versija 3' });
      expect(reply.status).toBe(409);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    });
  });

  describe('static files', () => {
    it('serves index.html at / with the content security policy', async () => {
      const reply = await send(host.port, { path: '/' });
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toMatch(/^text\/html/);
      expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
      expect(reply.headers['content-security-policy']).toContain("object-src 'none'");
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.body).toBe(INDEX_HTML);
    });

    it('serves an asset with its type', async () => {
      const reply = await send(host.port, { path: '/assets/app.js' });
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toMatch(/^text\/javascript/);
      expect(reply.body).toBe(APP_JS);
    });

    it('serves index.html for an in-page route (SPA fallback), but 404 for a missing file', async () => {
      const route = await send(host.port, { path: '/some/route' });
      expect(route.status).toBe(200);
      expect(route.body).toBe(INDEX_HTML);
      expect(route.headers['content-security-policy']).toContain("script-src 'self'");
      const missing = await send(host.port, { path: '/assets/missing.js' });
      expect(missing.status).toBe(404);
    });

    it('does not serve files outside the static folder', async () => {
      for (const path of [
        '/../secret.txt',
        '/../package.json',
        '/%2e%2e/secret.txt',
        '/%2E%2E/package.json',
        '/..%2fsecret.txt',
        '/%2e%2e%2fsecret.txt',
        '/assets/../../secret.txt',
        '/assets/%2e%2e/%2e%2e/secret.txt',
        '/..\\secret.txt',
      ]) {
        const reply = await send(host.port, { path });
        expect(reply.body, path).not.toContain(SECRET);
        expect([200, 403, 404], path).toContain(reply.status);
      }
    });

    it('survives a malformed percent-encoding without serving anything', async () => {
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const reply = await send(host.port, { path: '/%E0%A4%A' });
      errors.mockRestore();
      expect(reply.status).toBe(400);
      expect(errors).not.toHaveBeenCalled();
      expect(reply.body).not.toContain(SECRET);
      expect((await send(host.port, { path: '/' })).status).toBe(200);
    });

    it('refuses other methods on static paths', async () => {
      const reply = await send(host.port, { method: 'POST', path: '/', body: 'x' });
      expect(reply.status).toBe(405);
    });
  });

  it('stops listening on close()', async () => {
    const port = host.port;
    await host.close();
    expect(host.server.listening).toBe(false);
    await expect(send(port, { path: '/' })).rejects.toThrow(/ECONNREFUSED/);
    // afterEach closes again; that must be harmless.
  });
});
