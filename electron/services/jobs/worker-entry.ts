/**
 * The background-job worker thread, bundled to dist-electron/job-worker.cjs. It opens its own
 * connection to the database file (WAL lets the main process keep reading and answering the UI
 * meanwhile), runs one job and reports progress and the outcome to the runner.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../../db/store';
import { executeJob } from './execute';
import type { WorkerJob, WorkerMessage } from './messages';

/** The run holds the write lock for its whole length; a short write of the UI may hold it first. */
const BUSY_TIMEOUT_MS = 60_000;

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

function run(job: WorkerJob): void {
  const cancel = new Int32Array(job.cancel);
  const db = openDatabase(job.dbPath);
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const outcome = executeJob(
      db,
      job.kind,
      job.input,
      {
        actor: job.actor,
        now: new Date(job.now),
        onProgress: (done, total) => post({ type: 'progress', done, total }),
        isCancelled: () => Atomics.load(cancel, 0) === 1,
      },
      (message, err) => console.error(message, err),
    );
    post({ type: 'finished', outcome });
  } finally {
    db.close();
  }
}

run(workerData as WorkerJob);
