/**
 * Serves the built renderer over app://renderer/ instead of file://. A file:// page can read any
 * local file it names and shares one opaque origin with every other file; a privileged standard
 * scheme gives the renderer a real origin of its own ('self' in the CSP) and lets us check every
 * path that is read.
 */
import { protocol } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, contentTypeFor, isHtml, resolveRendererFile } from './rules';

/**
 * Must run before `app` is ready: Chromium fixes scheme privileges at start-up.
 * standard: relative URLs and origins work like https; secure: counts as a secure context;
 * supportFetchAPI: fetch() of our own assets (JSON, fonts) works.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

async function serveFile(file: string): Promise<Response> {
  // Electron's fs reads inside app.asar transparently, so the packaged app needs no special case.
  const body = new Uint8Array(await readFile(file));
  const type = contentTypeFor(file);
  const headers: Record<string, string> = { 'content-type': type, 'x-content-type-options': 'nosniff' };
  if (isHtml(type)) {
    // A response header (unlike a <meta> tag) also covers frame-ancestors and cannot be dropped by the page.
    headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    headers['cache-control'] = 'no-store';
  }
  return new Response(body, { status: 200, headers });
}

/** The request handler apart from protocol.handle, so it can be tested under plain Node. */
export async function serveRendererRequest(rendererDir: string, request: Request): Promise<Response> {
  // The renderer only ever loads files; nothing is written through this scheme.
  if (request.method !== 'GET') return plain(405, 'Method not allowed');
  const target = resolveRendererFile(rendererDir, request.url);
  if (target.kind === 'forbidden') return plain(403, 'Forbidden');
  if (target.kind === 'not-found') return plain(404, 'Not found');
  if (await isFile(target.file)) return serveFile(target.file);
  // Client-side routes (a reload on app://renderer/orders) get the single page.
  if (target.spaFallback) return serveFile(join(rendererDir, 'index.html'));
  return plain(404, 'Not found');
}

/** Must run after `app` is ready; serves `rendererDir` (dist/renderer) for app://renderer/. */
export function handleAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    try {
      return await serveRendererRequest(rendererDir, request);
    } catch (err) {
      console.error('app:// request failed', request.url, err);
      return plain(500, 'Internal error');
    }
  });
}
