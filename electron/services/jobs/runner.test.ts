import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempStore } from '../../../db/test-helpers';
import type { ApiInput, ApiName, ApiOutput } from '../../contract';
import type { JobStatus } from '../../contract/jobs';
import type { CallContext } from '../context';
import { fx } from '../generation/test-fixtures';
import { createHandlers } from '../handlers';
import { invoke } from '../invoke';

/** The worker from its TypeScript source: the handlers give it `--import tsx` for a .ts path. */
const WORKER = fileURLToPath(new URL('./worker-entry.ts', import.meta.url));

describe('generation jobs in a worker thread', () => {
  let env: ReturnType<typeof tempStore>;
  let ctx: CallContext;
  let handlers: ReturnType<typeof createHandlers>;

  beforeEach(() => {
    handlers = createHandlers({ appVersion: 't', osUser: 'u', jobWorkerPath: WORKER });
    env = tempStore();
    ctx = { store: env.store, actor: 'Anna', now: () => new Date('2026-03-02T09:00:00Z') };
  });
  afterEach(() => env.cleanup());

  async function callOk<N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
    const result = await invoke(handlers, ctx, name, input, () => undefined);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.value as ApiOutput<N>;
  }

  /** Polls like the UI does, calling `each` with every status seen while the job runs. */
  async function waitFor(jobId: string, each: (s: JobStatus) => Promise<void> | void = () => undefined): Promise<JobStatus> {
    for (;;) {
      const status = await callOk('jobs.status', { jobId });
      if (status.state !== 'running') return status;
      await each(status);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Many agreements with a weekly line: a year of them is long enough to watch and to cancel. */
  function manyAgreements(count: number): number {
    const db = env.store.db;
    const customer = fx.customer(db);
    const weekly = fx.interval(db, 'week', 1);
    db.transaction(() => {
      for (let i = 0; i < count; i++) fx.line(db, fx.agreement(db, { customer_id: customer }), 1, { interval_id: weekly });
    })();
    return customer;
  }

  // 1 January 2026 is a Thursday, and so is 31 December: 53 weekly visits.
  const input = { scope: {}, from: '2026-01-01', to: '2026-12-31', transactionTypes: ['hour' as const] };
  const count = (table: string) => (env.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  it('runs in the worker, reports progress, commits, and the main thread keeps answering', async () => {
    manyAgreements(400);
    const { jobId } = await callOk('generation.start', input);
    const seen: number[] = [];
    const status = await waitFor(jobId, async (s) => {
      seen.push(s.done);
      // Reads go on in the main thread while the worker writes (WAL), and see all or nothing of the run.
      expect([0, 400 * 53]).toContain((await callOk('orders.list', {})).total);
    });
    expect(status).toMatchObject({ state: 'done', done: 400, total: 400, result: { ordersCreated: 400 * 53, agreements: 400 } });
    expect(count('service_orders')).toBe(400 * 53);
    expect(seen.length).toBeGreaterThan(0);
  });

  it('refuses a second run and every other write while one is running, and writes again after it', async () => {
    manyAgreements(400);
    const { jobId } = await callOk('generation.start', input);
    const second = await invoke(handlers, ctx, 'generation.start', input, () => undefined);
    expect(second.ok ? null : second.error.details.key).toBe('background_write');
    const edit = await invoke(handlers, ctx, 'customers.create', { name: 'SIA Steidzami' }, () => undefined);
    expect(edit.ok ? null : edit.error.details.key).toBe('background_write');
    await waitFor(jobId);
    expect(ctx.store.backgroundWriter).toBeNull();
    expect((await callOk('customers.create', { name: 'SIA Steidzami' })).name).toBe('SIA Steidzami');
  });

  it('rolls back everything when cancelled mid-run', async () => {
    manyAgreements(2000);
    const { jobId } = await callOk('generation.start', input);
    let cancelledAt = -1;
    const status = await waitFor(jobId, async (s) => {
      if (cancelledAt < 0 && s.done > 0) {
        cancelledAt = s.done;
        expect((await callOk('jobs.cancel', { jobId })).state).toBe('running');
      }
    });
    expect(cancelledAt).toBeGreaterThan(0);
    expect(status.state).toBe('cancelled');
    expect(status.done).toBeLessThan(2000);
    expect(count('service_orders')).toBe(0);
    expect(count('service_order_lines')).toBe(0);
    // The lock is released: the next run can start and finish.
    const again = await waitFor((await callOk('generation.start', { ...input, to: '2026-01-31' })).jobId);
    expect(again.state).toBe('done');
    expect((await callOk('jobs.cancel', { jobId })).state).toBe('cancelled');
  });
});
