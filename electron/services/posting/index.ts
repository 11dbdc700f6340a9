import type { AppEnvironment, Handlers } from '../context';
import { notFound } from '../errors';
import { jobRunnerFor } from '../jobs/runner';
import { checkBatchInput } from './batch';
import { orderJournal } from './journal';
import { postOrder } from './post-order';
import { reverseTransaction } from './reverse';

type PostingHandlers = Pick<Handlers, 'postings.postOrder' | 'postings.reverse' | 'postings.list' | 'postings.startBatch'>;

/** Posting of service orders: one order now, or a period as a background job on the shared runner. */
export function postingHandlers(env: AppEnvironment): PostingHandlers {
  const runner = jobRunnerFor(env);
  return {
    'postings.postOrder': (input, ctx) => postOrder(ctx.store.db, input, ctx),
    'postings.reverse': (input, ctx) => reverseTransaction(ctx.store.db, input.transactionId, ctx),
    'postings.list': (input, ctx) => {
      if (!ctx.store.db.prepare('SELECT 1 FROM service_orders WHERE id = ?').get(input.orderId)) throw notFound();
      return { rows: orderJournal(ctx.store.db, input.orderId) };
    },
    'postings.startBatch': (input, ctx) => {
      checkBatchInput(input);
      const store = ctx.store;
      // Set before start: an inline job finishes inside start() and clears it again. While it is
      // set every other write (another batch or a generation run included) is refused.
      store.backgroundWriter = 'posting';
      const jobId = runner.start({
        kind: 'posting',
        input,
        db: store.db,
        dbPath: store.path,
        actor: ctx.actor,
        now: ctx.now(),
        onFinish: () => {
          store.backgroundWriter = null;
        },
      });
      return { jobId };
    },
  };
}
