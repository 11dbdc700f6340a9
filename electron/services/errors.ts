import type { ApiError, ErrorCode, FieldIssue } from '../contract/result';
import { formatErrorMessage } from '../contract/messages';

/** A refusal a service raises on purpose; `invoke` turns it into a result object. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: string,
    readonly params: Record<string, string | number> = {},
    readonly issues: FieldIssue[] = [],
  ) {
    super(key);
    this.name = 'ServiceError';
  }

  toApiError(scope: string | undefined): ApiError {
    const details = { key: this.key, params: this.params, issues: this.issues, ...(scope ? { scope } : {}) };
    return { code: this.code, message: formatErrorMessage('en', details), details };
  }
}

export const fieldError = (field: string, key: string, params: Record<string, string | number> = {}) =>
  new ServiceError('validation', key, { field, ...params }, [{ field, key, params }]);

export const notFound = () => new ServiceError('not_found', 'not_found');

export const conflict = (by: string, at: string) => new ServiceError('conflict', 'conflict', { by, at });
