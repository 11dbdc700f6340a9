import type { Database } from 'better-sqlite3';
import type { AppEnvironment, Handlers } from '../context';
import { ServiceError, fieldError, notFound } from '../errors';
import { jobRunnerFor } from '../jobs/runner';
import { checkGenerationInput } from './service';

type GenerationHandlers = Pick<Handlers, 'generation.start' | 'jobs.status' | 'jobs.cancel'>;

function assertExists(db: Database, table: string, id: number | undefined, field: string): void {
  if (id === undefined) return;
  if (db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) === undefined) throw fieldError(field, 'ref_missing');
}

/**
 * Generation runs as a background job: the call answers at once with a job id, and the UI polls
 * `jobs.status`. The TypeScript worker source (tests) needs tsx to load; the bundled .cjs does not.
 */
export function generationHandlers(env: AppEnvironment): GenerationHandlers {
  const runner = jobRunnerFor(env);
  return {
    'generation.start': (input, ctx) => {
      const db = ctx.store.db;
      checkGenerationInput(input);
      const scope = input.scope;
      if ('agreementId' in scope) assertExists(db, 'agreements', scope.agreementId, 'scope.agreementId');
      else {
        assertExists(db, 'agreement_groups', scope.agreementGroupId, 'scope.agreementGroupId');
        assertExists(db, 'customers', scope.customerId, 'scope.customerId');
        assertExists(db, 'dispatch_teams', scope.teamId, 'scope.teamId');
      }
      // Two runs would queue on the write lock and the second would plan against stale members.
      if (runner.isRunning('generation')) throw new ServiceError('rule', 'job_running');
      const store = ctx.store;
      // Set before start: an inline job finishes inside start() and clears it again.
      store.backgroundWriter = 'generation';
      const jobId = runner.start({
        kind: 'generation',
        input,
        db,
        dbPath: store.path,
        actor: ctx.actor,
        now: ctx.now(),
        onFinish: () => {
          store.backgroundWriter = null;
        },
      });
      return { jobId };
    },

    'jobs.status': (input) => {
      const status = runner.status(input.jobId);
      if (!status) throw notFound();
      return status;
    },

    'jobs.cancel': (input) => {
      const state = runner.cancel(input.jobId);
      if (!state) throw notFound();
      return { state };
    },
  };
}
