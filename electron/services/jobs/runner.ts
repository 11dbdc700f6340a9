import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { JobState, JobStatus } from '../../contract/jobs';
import { executeJob, internalError, type JobKind, type JobOutcome } from './execute';
import type { WorkerJob, WorkerMessage } from './messages';

export interface JobRunnerOptions {
  /** The worker script; without one, jobs run inline (tests of the job logic itself). */
  workerPath?: string;
  /** Extra Node flags for the worker, e.g. ['--import', 'tsx'] to run the TypeScript source in tests. */
  execArgv?: string[];
  log?: (message: string, err: unknown) => void;
}

export interface JobRequest {
  kind: JobKind;
  input: unknown;
  /** The main connection: used only when a job runs inline. */
  db: Database;
  dbPath: string;
  actor: string;
  now: Date;
  /** Called once when the job has ended, however it ended (done, cancelled, failed). */
  onFinish?: () => void;
}

interface Job {
  kind: JobKind;
  status: JobStatus;
  cancel: Int32Array;
  finishedAt: number | null;
  onFinish?: () => void;
}

/** Finished jobs are kept for their callers to read; beyond this many the oldest are dropped. */
const KEEP_FINISHED = 50;

/**
 * Background jobs of this process, in memory: a job lives as long as the process that started it.
 * Each job gets a worker thread of its own with its own connection, so a long run never blocks the
 * main thread (and with it every other call of the UI).
 */
export class JobRunner {
  readonly #jobs = new Map<string, Job>();
  readonly #options: JobRunnerOptions;

  constructor(options: JobRunnerOptions = {}) {
    this.#options = options;
  }

  #log(message: string, err: unknown): void {
    (this.#options.log ?? ((m, e) => console.error(m, e)))(message, err);
  }

  isRunning(kind: JobKind): boolean {
    return [...this.#jobs.values()].some((j) => j.kind === kind && j.status.state === 'running');
  }

  start(request: JobRequest): string {
    const id = randomUUID();
    const job: Job = {
      kind: request.kind,
      status: { state: 'running', done: 0, total: 0 },
      cancel: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
      finishedAt: null,
      ...(request.onFinish ? { onFinish: request.onFinish } : {}),
    };
    this.#jobs.set(id, job);
    this.#prune();
    if (this.#options.workerPath) this.#startWorker(job, request, this.#options.workerPath);
    else this.#finish(job, this.#runInline(job, request));
    return id;
  }

  status(id: string): JobStatus | undefined {
    const job = this.#jobs.get(id);
    return job && { ...job.status };
  }

  /** Raises the flag the job checks between chunks; the job then rolls back and reports 'cancelled'. */
  cancel(id: string): JobState | undefined {
    const job = this.#jobs.get(id);
    if (!job) return undefined;
    if (job.status.state === 'running') Atomics.store(job.cancel, 0, 1);
    return job.status.state;
  }

  #runInline(job: Job, request: JobRequest): JobOutcome {
    return executeJob(
      request.db,
      request.kind,
      request.input,
      {
        actor: request.actor,
        now: request.now,
        onProgress: (done, total) => Object.assign(job.status, { done, total }),
        isCancelled: () => Atomics.load(job.cancel, 0) === 1,
      },
      (m, e) => this.#log(m, e),
    );
  }

  #startWorker(job: Job, request: JobRequest, workerPath: string): void {
    const data: WorkerJob = {
      kind: request.kind,
      input: request.input,
      dbPath: request.dbPath,
      actor: request.actor,
      now: request.now.toISOString(),
      cancel: job.cancel.buffer as SharedArrayBuffer,
    };
    const worker = new Worker(workerPath, { workerData: data, execArgv: this.#options.execArgv ?? [] });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') Object.assign(job.status, { done: message.done, total: message.total });
      else this.#finish(job, message.outcome);
    });
    worker.on('error', (err) => {
      this.#log(`${request.kind} worker failed`, err);
      this.#finish(job, { state: 'failed', error: internalError() });
    });
    worker.on('exit', (code) => {
      // A worker that ends without its final message died (out of memory, killed): nothing was committed.
      if (job.status.state === 'running') {
        this.#log(`${request.kind} worker exited with code ${code} before finishing`, null);
        this.#finish(job, { state: 'failed', error: internalError() });
      }
    });
  }

  #finish(job: Job, outcome: JobOutcome): void {
    if (job.status.state !== 'running') return;
    job.finishedAt = Date.now();
    job.onFinish?.();
    if (outcome.state === 'done') {
      const payload = 'result' in outcome ? { result: outcome.result } : { posting: outcome.posting };
      job.status = { ...job.status, state: 'done', done: job.status.total, ...payload };
    }
    else if (outcome.state === 'cancelled') job.status = { ...job.status, state: 'cancelled' };
    else job.status = { ...job.status, state: 'failed', error: outcome.error };
  }

  #prune(): void {
    const finished = [...this.#jobs.entries()].filter(([, j]) => j.finishedAt !== null).sort(([, a], [, b]) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0));
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.#jobs.delete(id);
  }
}

const RUNNERS = new WeakMap<object, JobRunner>();

/**
 * The one runner of an application environment: every kind of job is started on it, so
 * `jobs.status` and `jobs.cancel` find any job. The TypeScript worker source (tests) needs tsx.
 */
export function jobRunnerFor(env: { jobWorkerPath?: string }): JobRunner {
  let runner = RUNNERS.get(env);
  if (!runner) {
    const workerPath = env.jobWorkerPath;
    runner = new JobRunner({
      ...(workerPath ? { workerPath } : {}),
      ...(workerPath?.endsWith('.ts') ? { execArgv: ['--import', 'tsx'] } : {}),
    });
    RUNNERS.set(env, runner);
  }
  return runner;
}
