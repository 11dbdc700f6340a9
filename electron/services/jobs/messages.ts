import type { JobKind, JobOutcome } from './execute';

/** What the runner hands a worker thread (as workerData): plain, cloneable data only. */
export interface WorkerJob {
  kind: JobKind;
  input: unknown;
  dbPath: string;
  actor: string;
  /** ISO instant: the worker's "now" is the caller's, so audit stamps match the request. */
  now: string;
  /** One Int32: 1 = cancel. Shared, so the worker sees it between chunks without a message round trip. */
  cancel: SharedArrayBuffer;
}

export type WorkerMessage = { type: 'progress'; done: number; total: number } | { type: 'finished'; outcome: JobOutcome };
