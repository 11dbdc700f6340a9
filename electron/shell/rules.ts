/**
 * The pure rules of the Electron shell: which URLs are ours, which links may leave the app, which
 * IPC senders are trusted, which file a request may read. Deliberately free of `electron` imports
 * so Vitest can check them under plain Node; the shell files beside this one only wire them up.
 */
import path from 'node:path';

/** The privileged scheme the renderer is served from (instead of file://, which every page could reach). */
export const APP_SCHEME = 'app';
/** The one host of that scheme; app://renderer/ is the renderer's origin. */
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * Same policy as the browser host. FullCalendar injects its styles at run time, hence
 * 'unsafe-inline' for styles only; scripts come from our own files and nothing else.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Longest actor name accepted from the renderer; it is written to updated_by columns. */
export const MAX_ACTOR_LENGTH = 100;

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/**
 * True only for URLs on our own origin (app://renderer). Parsed, never prefix-matched, so
 * `app://renderer.evil/` or `app://renderer@evil/` do not pass.
 */
export function isTrustedUrl(text: string): boolean {
  const url = parseUrl(text);
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}

/**
 * The normalised http(s) URL a link may be handed to the operating system with, or null. Anything
 * else (file:, javascript:, custom protocol handlers such as ms-msdt:) could run code outside the
 * sandbox, and embedded credentials are a phishing trick, so both are refused.
 */
export function externalLinkUrl(text: string): string | null {
  const url = parseUrl(text);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url.href;
}

/**
 * IPC is served only to our own page in the window's top frame: a frame that navigated elsewhere
 * or an embedded iframe must not reach the database even if it got hold of the bridge.
 * `frameUrl` is null when Electron no longer knows the frame (navigated away or destroyed).
 */
export function isTrustedSender(frameUrl: string | null | undefined, isTopFrame: boolean): boolean {
  return typeof frameUrl === 'string' && isTopFrame && isTrustedUrl(frameUrl);
}

/** The renderer's own name for the user if it is usable, otherwise the operating-system user. */
export function resolveActor(given: unknown, fallback: string): string {
  if (typeof given === 'string' && given.trim() !== '' && given.length <= MAX_ACTOR_LENGTH) return given;
  return fallback;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** Content-Type by extension; unknown files are served as opaque bytes (with nosniff). */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export function isHtml(contentType: string): boolean {
  return contentType.startsWith('text/html');
}

export type RendererFile =
  /** A file inside the renderer folder; `spaFallback` says index.html may stand in if it is missing. */
  | { kind: 'file'; file: string; spaFallback: boolean }
  | { kind: 'not-found' }
  | { kind: 'forbidden' };

/**
 * Maps an app:// request URL to a file under `root` (the built renderer). The URL parser already
 * folds `..` segments, but percent-encoded separators (`..%2F`, `..%5C` on Windows) only become
 * separators after decoding, so the decoded path is resolved and must still lie inside `root`.
 * `pathApi` is injectable so the Windows rules can be tested on Linux.
 */
export function resolveRendererFile(root: string, requestUrl: string, pathApi: path.PlatformPath = path): RendererFile {
  const url = parseUrl(requestUrl);
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { kind: 'not-found' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'not-found' };
  }
  // A NUL byte would cut the path short in native file APIs.
  if (decoded.includes('\0')) return { kind: 'forbidden' };
  const base = pathApi.resolve(root);
  const relativePart = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^[/\\]+/, '');
  const file = pathApi.resolve(base, relativePart);
  const rel = pathApi.relative(base, file);
  if (rel === '' || rel === '..' || rel.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(rel)) {
    return { kind: 'forbidden' };
  }
  // Client-side routes (app://renderer/orders/12) have no extension; missing asset files do.
  return { kind: 'file', file, spaFallback: pathApi.extname(decoded) === '' };
}
