import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import type { Store } from '../../db/store';
import { formatErrorMessage } from '../contract/messages';
import type { ErrorCode, Result } from '../contract/result';
import type { Handlers } from '../services/context';
import { invoke } from '../services/invoke';
import { CONTENT_SECURITY_POLICY, contentTypeFor, isHtml } from '../shell/rules';

export { CONTENT_SECURITY_POLICY };

export const TOKEN_HEADER = 'x-servisa-token';
export const ACTOR_HEADER = 'x-servisa-actor';
const MAX_BODY_BYTES = 10 * 1024 * 1024;


/** The body always carries the result object; the status only helps generic HTTP tooling. */
const HTTP_STATUS: Record<ErrorCode, number> = {
  validation: 400,
  unauthorized: 401,
  not_found: 404,
  unknown_call: 404,
  conflict: 409,
  referenced: 409,
  rule: 422,
  internal: 500,
};

export interface HostOptions {
  store: Store;
  handlers: Handlers;
  token: string;
  /** Built renderer (dist/renderer); without it only the API is served. */
  staticDir?: string;
  port?: number;
  defaultActor: string;
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function unauthorized(): Result<never> {
  const details = { key: 'unauthorized' };
  return { ok: false, error: { code: 'unauthorized', message: formatErrorMessage('en', details), details } };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A page on another origin (or a DNS-rebound name) must not reach the API even if it guessed the
 * port: only loopback Host headers are served.
 */
function isLoopbackHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** decodeURIComponent throws on malformed escapes such as "%E0%A4%A"; those are bad requests. */
function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function serveStatic(res: ServerResponse, staticDir: string, urlPath: string): void {
  const root = resolve(staticDir);
  const decoded = safeDecode(urlPath.split('?')[0] ?? '/');
  if (decoded === null) {
    res.writeHead(400).end();
    return;
  }
  let file = resolve(join(root, normalize(decoded)));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  // The renderer routes inside the page; unknown paths without an extension get index.html.
  if (!existsSync(file) || statSync(file).isDirectory()) {
    if (extname(decoded)) {
      res.writeHead(404).end();
      return;
    }
    file = join(root, 'index.html');
  }
  const type = contentTypeFor(file);
  const headers: Record<string, string> = { 'content-type': type, 'x-content-type-options': 'nosniff' };
  if (isHtml(type)) {
    headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    headers['cache-control'] = 'no-store';
  }
  res.writeHead(200, headers);
  createReadStream(file).pipe(res);
}

export interface RunningHost {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  let port = options.port ?? 0;
  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      console.error('host request failed', err);
      if (!res.headersSent) sendJson(res, 500, { ok: false });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isLoopbackHost(req.headers.host, port)) {
      res.writeHead(421).end();
      return;
    }
    const url = req.url ?? '/';
    if (url.startsWith('/api/')) {
      if (req.method !== 'POST') {
        res.writeHead(405, { allow: 'POST' }).end();
        return;
      }
      const given = req.headers[TOKEN_HEADER];
      if (!sameToken(typeof given === 'string' ? given : undefined, options.token)) {
        sendJson(res, 401, unauthorized());
        return;
      }
      let input: unknown = {};
      try {
        const text = await readBody(req);
        input = text.trim() === '' ? {} : JSON.parse(text);
      } catch {
        const details = { key: 'invalid_input', params: { detail: 'the body is not JSON' } };
        sendJson(res, 400, { ok: false, error: { code: 'validation', message: formatErrorMessage('en', details), details } });
        return;
      }
      const actorHeader = req.headers[ACTOR_HEADER];
      const actorText = typeof actorHeader === 'string' && actorHeader.length <= 300 ? safeDecode(actorHeader.trim()) : null;
      const actor = actorText && actorText.length <= 100 ? actorText : options.defaultActor;
      const name = safeDecode(url.slice('/api/'.length).split('?')[0] ?? '') ?? '';
      const result = await invoke(options.handlers, { store: options.store, actor, now: () => new Date() }, name, input);
      sendJson(res, result.ok ? 200 : HTTP_STATUS[result.error.code], result);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (!options.staticDir) {
      res.writeHead(404).end();
      return;
    }
    serveStatic(res, options.staticDir, url);
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}
