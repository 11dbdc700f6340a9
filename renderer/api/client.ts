import type { ApiInput, ApiName, ApiOutput } from '../../electron/contract';
import type { DesktopBridge } from '../../electron/contract/bridge';
import type { ApiError, Result } from '../../electron/contract/result';

declare global {
  interface Window {
    servisa?: DesktopBridge;
  }
}

const TOKEN_KEY = 'servisa.token';
const ACTOR_KEY = 'servisa.actor';

/**
 * The browser host prints an address with ?token=...; the page keeps it for this tab and removes it
 * from the address bar so it is not bookmarked or shown over someone's shoulder.
 */
function takeTokenFromAddress(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

export function getActor(): string {
  return localStorage.getItem(ACTOR_KEY) ?? '';
}

export function setActor(name: string): void {
  localStorage.setItem(ACTOR_KEY, name.trim());
}

type Transport = (name: string, input: unknown, actor: string) => Promise<Result<unknown>>;

function transportError(message: string): Result<never> {
  return { ok: false, error: { code: 'internal', message, details: { key: 'internal' } } };
}

function httpTransport(token: string | null): Transport {
  return async (name, input, actor) => {
    try {
      const response = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-servisa-token': token ?? '',
          ...(actor ? { 'x-servisa-actor': encodeURIComponent(actor) } : {}),
        },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Result<unknown>;
    } catch (err) {
      return transportError(err instanceof Error ? err.message : String(err));
    }
  };
}

let transport: Transport | null = null;

function currentTransport(): Transport {
  if (!transport) {
    const bridge = window.servisa;
    transport = bridge ? (name, input, actor) => bridge.call(name, input, actor) : httpTransport(takeTokenFromAddress());
  }
  return transport;
}

/** Initialises the transport early so the token leaves the address bar at once. */
export function initApi(): void {
  currentTransport();
}

export const isDesktop = (): boolean => window.servisa !== undefined;

/** Calls one contract entry; the renderer never knows whether IPC or HTTP carries it. */
export async function call<N extends ApiName>(name: N, input: ApiInput<N>): Promise<Result<ApiOutput<N>>> {
  return (await currentTransport()(name, input, getActor())) as Result<ApiOutput<N>>;
}

/** For places where a failure is shown by the caller's error boundary. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

export async function callOrThrow<N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  const result = await call(name, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}

export async function pickFolder(title: string): Promise<string | null> {
  return window.servisa ? window.servisa.pickFolder(title) : null;
}

export async function pickFile(title: string): Promise<string | null> {
  return window.servisa ? window.servisa.pickFile(title) : null;
}
