import type { Store } from '../../db/store';
import { tempStore } from '../../db/test-helpers';
import type { ApiError, ApiInput, ApiName, ApiOutput } from '../contract';
import type { CallContext } from './context';
import { createHandlers } from './handlers';
import { invoke } from './invoke';

/**
 * Contract-level calls against a fresh temporary database, exactly as the transports make them.
 * `callOk` throws when refused, `callErr` when accepted, so a test reads as what it expects.
 */
export function apiHarness(now = new Date('2026-03-02T09:00:00Z'), actor = 'Anna') {
  const { store, cleanup } = tempStore();
  const handlers = createHandlers({ appVersion: 'test', osUser: 'tester' });
  const ctx: CallContext = { store, actor, now: () => now };
  const quiet = () => undefined;

  async function callOk<N extends ApiName>(name: N, input: ApiInput<N>, c: CallContext = ctx): Promise<ApiOutput<N>> {
    const result = await invoke(handlers, c, name, input, quiet);
    if (!result.ok) throw new Error(`${name} was refused: ${JSON.stringify(result.error)}`);
    return result.value as ApiOutput<N>;
  }

  async function callErr(name: string, input: unknown, c: CallContext = ctx): Promise<ApiError> {
    const result = await invoke(handlers, c, name, input, quiet);
    if (result.ok) throw new Error(`${name} succeeded but was expected to fail: ${JSON.stringify(result.value)}`);
    return result.error;
  }

  const count = (table: string) => (store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  return { store: store as Store, ctx, callOk, callErr, count, cleanup };
}
