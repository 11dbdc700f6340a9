import type { Store } from '../../db/store';
import type { ApiName, ApiOutput, ApiParsedInput } from '../contract';

/** What every handler gets besides its input. The transport fills in who is calling. */
export interface CallContext {
  store: Store;
  /** The person (or script) making the call, written to updated_by. */
  actor: string;
  now(): Date;
}

/** Process-wide facts the system calls report; set once by the shell or the host at start. */
export interface AppEnvironment {
  appVersion: string;
  osUser: string;
  /** The bundled background-job worker script (dist-electron/job-worker.cjs); without it jobs run inline. */
  jobWorkerPath?: string;
}

export type Handler<N extends ApiName> = (
  input: ApiParsedInput<N>,
  ctx: CallContext,
) => ApiOutput<N> | Promise<ApiOutput<N>>;

export type Handlers = { [N in ApiName]: Handler<N> };
