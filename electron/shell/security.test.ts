import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serveRendererRequest } from './app-protocol';
import {
  APP_START_URL,
  CONTENT_SECURITY_POLICY,
  MAX_ACTOR_LENGTH,
  contentTypeFor,
  externalLinkUrl,
  isTrustedSender,
  isTrustedUrl,
  resolveActor,
  resolveRendererFile,
} from './rules';

// app-protocol.ts registers with Electron's protocol module; only its request handler is tested
// here, and the electron package throws on import when its binary is not installed.
vi.mock('electron', () => ({ protocol: {} }));

describe('isTrustedUrl', () => {
  it('accepts our own origin, any path', () => {
    expect(isTrustedUrl(APP_START_URL)).toBe(true);
    expect(isTrustedUrl('app://renderer/')).toBe(true);
    expect(isTrustedUrl('app://renderer/orders/12?x=1#top')).toBe(true);
  });

  it('compares the host exactly: Chromium hands over canonical (lower-case) URLs, anything else fails closed', () => {
    expect(isTrustedUrl('APP://renderer/index.html')).toBe(true);
    expect(isTrustedUrl('app://RENDERER/index.html')).toBe(false);
  });

  it.each([
    'app://renderer.evil.com/index.html',
    'app://evil/index.html',
    'app://renderer@evil.com/',
    'app://user:pw@renderer/',
    'app://renderer:8080/',
    'https://renderer/index.html',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    '',
    'not a url',
    '//renderer/index.html',
  ])('refuses %s', (url) => {
    expect(isTrustedUrl(url)).toBe(false);
  });
});

describe('externalLinkUrl', () => {
  it('passes http and https links, normalised', () => {
    expect(externalLinkUrl('https://example.lv/path?q=1')).toBe('https://example.lv/path?q=1');
    expect(externalLinkUrl('HTTP://Example.LV')).toBe('http://example.lv/');
  });

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'ms-msdt:/id PCWDiagnostic',
    'smb://server/share',
    'mailto:info@example.lv',
    'app://renderer/index.html',
    'https://user:pw@example.lv/',
    'https://bank.lv@evil.example/',
    'http://',
    '',
    'example.lv',
  ])('refuses %s', (url) => {
    expect(externalLinkUrl(url)).toBeNull();
  });
});

describe('isTrustedSender', () => {
  it('accepts our page in the top frame', () => {
    expect(isTrustedSender('app://renderer/index.html', true)).toBe(true);
    expect(isTrustedSender('app://renderer/board', true)).toBe(true);
  });

  it('refuses our page in a subframe', () => {
    expect(isTrustedSender('app://renderer/index.html', false)).toBe(false);
  });

  it('refuses any other origin, even in the top frame', () => {
    expect(isTrustedSender('https://evil.example/', true)).toBe(false);
    expect(isTrustedSender('app://renderer.evil/', true)).toBe(false);
    expect(isTrustedSender('file:///tmp/x.html', true)).toBe(false);
    expect(isTrustedSender('about:blank', true)).toBe(false);
    expect(isTrustedSender('', true)).toBe(false);
  });

  it('refuses a frame Electron no longer knows', () => {
    expect(isTrustedSender(null, true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
  });
});

describe('resolveActor', () => {
  it('uses the name the UI sends', () => {
    expect(resolveActor('Anna Bērziņa', 'anna')).toBe('Anna Bērziņa');
    expect(resolveActor('x'.repeat(MAX_ACTOR_LENGTH), 'os')).toHaveLength(MAX_ACTOR_LENGTH);
  });

  it.each([[''], ['   '], ['x'.repeat(MAX_ACTOR_LENGTH + 1)], [undefined], [null], [42], [{ name: 'a' }]])(
    'falls back to the OS user for %j',
    (given) => {
      expect(resolveActor(given, 'osuser')).toBe('osuser');
    },
  );
});

describe('resolveRendererFile (POSIX)', () => {
  const root = '/opt/app/dist/renderer';
  const resolveFile = (url: string) => resolveRendererFile(root, url, path.posix);

  it('maps the root to index.html', () => {
    expect(resolveFile('app://renderer/')).toEqual({ kind: 'file', file: `${root}/index.html`, spaFallback: true });
    expect(resolveFile('app://renderer')).toEqual({ kind: 'file', file: `${root}/index.html`, spaFallback: true });
  });

  it('maps assets inside the folder, decoding the path', () => {
    expect(resolveFile('app://renderer/assets/index-abc.js')).toEqual({ kind: 'file', file: `${root}/assets/index-abc.js`, spaFallback: false });
    expect(resolveFile('app://renderer/assets/Ielīmēt%20x.png?v=2#h')).toEqual({ kind: 'file', file: `${root}/assets/Ielīmēt x.png`, spaFallback: false });
  });

  it('marks client-side routes for the index.html fallback', () => {
    expect(resolveFile('app://renderer/orders/12')).toEqual({ kind: 'file', file: `${root}/orders/12`, spaFallback: true });
  });

  it('keeps plain dot segments inside (the URL parser folds them)', () => {
    expect(resolveFile('app://renderer/../../etc/passwd')).toEqual({ kind: 'file', file: `${root}/etc/passwd`, spaFallback: true });
    expect(resolveFile('app://renderer/%2e%2e/%2e%2e/etc/passwd')).toEqual({ kind: 'file', file: `${root}/etc/passwd`, spaFallback: true });
  });

  it.each([
    'app://renderer/..%2F..%2Fetc%2Fpasswd',
    'app://renderer/assets/..%2F..%2F..%2Fsecret.txt',
    'app://renderer/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://renderer/..%2f',
    'app://renderer/..%2Frenderer-sibling/index.html',
    'app://renderer/x%00.html',
  ])('forbids escaping the folder: %s', (url) => {
    expect(resolveFile(url).kind).toBe('forbidden');
  });

  it('does not treat a sibling folder with the same prefix as inside', () => {
    const result = resolveFile('app://renderer/..%2Frenderer2/index.html');
    expect(result.kind).toBe('forbidden');
  });

  it('answers not-found for other hosts, schemes and broken escapes', () => {
    expect(resolveFile('app://other/index.html').kind).toBe('not-found');
    expect(resolveFile('https://renderer/index.html').kind).toBe('not-found');
    expect(resolveFile('app://renderer/%E0%A4%A').kind).toBe('not-found');
    expect(resolveFile('not a url').kind).toBe('not-found');
  });
});

describe('resolveRendererFile (Windows)', () => {
  const root = 'C:\\Program Files\\Servisa\\resources\\app.asar\\dist\\renderer';
  const resolveFile = (url: string) => resolveRendererFile(root, url, path.win32);

  it('maps assets with backslashes', () => {
    expect(resolveFile('app://renderer/assets/app.css')).toEqual({ kind: 'file', file: `${root}\\assets\\app.css`, spaFallback: false });
  });

  it.each([
    'app://renderer/..%5C..%5CWindows%5Cwin.ini',
    'app://renderer/%5C..%5C..%5Csecret',
    'app://renderer/C:%5CWindows%5Cwin.ini',
    'app://renderer/C:/Windows/win.ini',
    'app://renderer/D:secret.txt',
  ])('forbids escaping the folder: %s', (url) => {
    expect(resolveFile(url).kind).toBe('forbidden');
  });

  it('reads a UNC-looking path as a path inside the folder, never as a share', () => {
    expect(resolveFile('app://renderer/%5C%5Cserver%5Cshare%5Cx.js')).toEqual({
      kind: 'file',
      file: `${root}\\server\\share\\x.js`,
      spaFallback: false,
    });
  });
});

describe('contentTypeFor and the CSP', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.PNG', 'image/png'],
    ['f.woff2', 'font/woff2'],
    ['m.json', 'application/json; charset=utf-8'],
    ['x.exe', 'application/octet-stream'],
    ['noext', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });

  it('allows no remote sources and no inline scripts', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-eval|\*/);
  });
});

describe('serveRendererRequest', () => {
  let root = '';
  const get = (url: string, method = 'GET') => serveRendererRequest(root, new Request(url, { method }));

  beforeAll(() => {
    const base = mkdtempSync(path.join(tmpdir(), 'servisa-protocol-'));
    root = path.join(base, 'renderer');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>SV</title>');
    writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    // A file beside the renderer folder, with a name sharing its prefix, must stay out of reach.
    mkdirSync(path.join(base, 'renderer-secret'));
    writeFileSync(path.join(base, 'renderer-secret', 'key.txt'), 'secret');
  });

  afterAll(() => rmSync(path.dirname(root), { recursive: true, force: true }));

  it('serves index.html for the root with the CSP header', async () => {
    const res = await get('app://renderer/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toContain('<title>SV</title>');
  });

  it('serves assets with their type and without a CSP of their own', async () => {
    const res = await get('app://renderer/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBeNull();
  });

  it('falls back to index.html for client-side routes but not for missing assets', async () => {
    const route = await get('app://renderer/orders/12');
    expect(route.status).toBe(200);
    expect(route.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await get('app://renderer/assets/missing.js')).status).toBe(404);
  });

  it('refuses traversal, other hosts and writes', async () => {
    expect((await get('app://renderer/..%2Frenderer-secret%2Fkey.txt')).status).toBe(403);
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://renderer/index.html', 'POST')).status).toBe(405);
  });
});
