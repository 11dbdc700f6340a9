import { contract, isApiName, type Result } from '../contract';
import { formatErrorMessage } from '../contract/messages';
import type { ApiError } from '../contract/result';
import { ServiceError } from './errors';
import type { CallContext, Handler, Handlers } from './context';
import { toFieldIssues } from './validation';

function failure(error: ApiError): Result<never> {
  return { ok: false, error };
}

function plainError(code: ApiError['code'], key: string, params: Record<string, string | number> = {}): ApiError {
  const details = { key, params };
  return { code, message: formatErrorMessage('en', details), details };
}

export type Logger = (message: string, err: unknown) => void;

/**
 * The single entry for both transports: name check, schema parse, handler, result object. Nothing
 * is written when the input does not parse; a handler's own refusals are ServiceErrors.
 */
export async function invoke(
  handlers: Handlers,
  ctx: CallContext,
  name: string,
  rawInput: unknown,
  log: Logger = (message, err) => console.error(message, err),
): Promise<Result<unknown>> {
  if (!isApiName(name)) return failure(plainError('unknown_call', 'unknown_call', { name }));
  const endpoint = contract[name];
  const parsed = endpoint.input.safeParse(rawInput ?? {}, { reportInput: true });
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error);
    const details = { key: 'invalid_input', issues, ...(endpoint.scope ? { scope: endpoint.scope } : {}) };
    return failure({ code: 'validation', message: formatErrorMessage('en', details), details });
  }
  if (endpoint.writes && ctx.store.backgroundWriter && !name.startsWith('jobs.')) {
    return failure(new ServiceError('rule', 'background_write', { job: ctx.store.backgroundWriter }).toApiError(endpoint.scope));
  }
  try {
    const handler = handlers[name] as Handler<typeof name>;
    const value = await handler(parsed.data as never, ctx);
    if (endpoint.writes) ctx.store.noteWrite();
    return { ok: true, value };
  } catch (err) {
    if (err instanceof ServiceError) return failure(err.toApiError(endpoint.scope));
    log(`${name} failed`, err);
    return failure(plainError('internal', 'internal'));
  }
}
