import type { AppEnvironment, Handlers } from './context';
import { customerHandlers } from './customers-service';
import { systemHandlers } from './system-service';

/**
 * The one handler map: every contract call has exactly one handler here. A call added to the
 * contract without a handler fails the type check.
 */
export function createHandlers(env: AppEnvironment): Handlers {
  return {
    ...systemHandlers(env),
    ...customerHandlers,
  } satisfies Handlers;
}
