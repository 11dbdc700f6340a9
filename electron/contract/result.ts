/**
 * Result objects cross every process boundary instead of exceptions: Electron forwards only the
 * message of a rejected invoke, and HTTP has no exceptions at all.
 */

export const ERROR_CODES = [
  'validation',
  'conflict',
  'not_found',
  'referenced',
  'rule',
  'unknown_call',
  'unauthorized',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one input field; `key` indexes the translated message catalogue. */
export interface FieldIssue {
  field: string;
  key: string;
  params?: Record<string, string | number>;
}

export interface ApiErrorDetails {
  /** Message key in the catalogue (errors.*), so each client renders it in its own language. */
  key: string;
  params?: Record<string, string | number>;
  /** Label scope for field names, e.g. "customer" for customers.* calls. */
  scope?: string;
  issues?: FieldIssue[];
}

export interface ApiError {
  code: ErrorCode;
  /** English text for scripts and logs; the UI translates from `details`. */
  message: string;
  details: ApiErrorDetails;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
