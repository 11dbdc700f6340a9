import type { Database } from 'better-sqlite3';
import type { GenerationInput, GenerationSummary } from '../../contract/generation';
import type { PostingBatchInput, PostingBatchSummary } from '../../contract/posting';
import type { ApiError } from '../../contract/result';
import { formatErrorMessage } from '../../contract/messages';
import { ServiceError } from '../errors';
import { GenerationCancelled, runGeneration } from '../generation/service';
import { PostingCancelled, runPostingBatch } from '../posting/batch';

/** The kinds of background job; each runs in one transaction of its own connection. */
export const JOB_KINDS = ['generation', 'posting'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export interface JobHooks {
  actor: string;
  now: Date;
  onProgress: (done: number, total: number) => void;
  isCancelled: () => boolean;
}

export type JobOutcome =
  | { state: 'done'; result: GenerationSummary }
  | { state: 'done'; posting: PostingBatchSummary }
  | { state: 'cancelled' }
  | { state: 'failed'; error: ApiError };

/** Label scope of a kind's refusals, so its field names read like the call that started it. */
const SCOPES: Record<JobKind, string> = { generation: 'generation', posting: 'postings' };

export function internalError(): ApiError {
  const details = { key: 'internal', params: {} };
  return { code: 'internal', message: formatErrorMessage('en', details), details };
}

/**
 * Runs one job to its end and says how it ended; never throws. The same function runs inside the
 * worker thread and, when no worker is configured, inline in the caller's thread.
 */
export function executeJob(
  db: Database,
  kind: JobKind,
  input: unknown,
  hooks: JobHooks,
  log: (message: string, err: unknown) => void,
): JobOutcome {
  try {
    switch (kind) {
      case 'generation':
        // Parsed by the contract before the job was started; only the plain data crossed over.
        return { state: 'done', result: runGeneration(db, input as GenerationInput, hooks) };
      case 'posting':
        return { state: 'done', posting: runPostingBatch(db, input as PostingBatchInput, hooks) };
    }
  } catch (err) {
    if (err instanceof GenerationCancelled || err instanceof PostingCancelled) return { state: 'cancelled' };
    if (err instanceof ServiceError) return { state: 'failed', error: err.toApiError(SCOPES[kind]) };
    log(`${kind} job failed`, err);
    return { state: 'failed', error: internalError() };
  }
}
