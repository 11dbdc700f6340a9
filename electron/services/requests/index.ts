import type { Handlers } from '../context';
import { convertRequest, rejectRequest } from './decide';
import { listRequests } from './read';
import { requestRow, requestService } from './row';
import { refuseFutureReceipt, withReceivedDefaults } from './rules';

/**
 * Customer request calls. Create and update are the generic entity writes with the checks that
 * need the call's clock (received time not in the future, empty meaning now) run before them.
 */
export const requestHandlers = {
  'requests.list': (input, ctx) => listRequests(ctx.store.db, input),
  'requests.get': (input, ctx) => requestRow(ctx, input.id),
  'requests.create': (input, ctx) => {
    const values = withReceivedDefaults(ctx.store.db, input, ctx);
    refuseFutureReceipt(ctx.store.db, values, ctx);
    return requestService.create(values, ctx) as ReturnType<Handlers['requests.create']>;
  },
  'requests.update': (input, ctx) => {
    refuseFutureReceipt(ctx.store.db, input, ctx);
    return requestService.update(input, ctx) as ReturnType<Handlers['requests.update']>;
  },
  'requests.delete': (input, ctx) => requestService.delete(input, ctx),
  'requests.reject': rejectRequest,
  'requests.convert': convertRequest,
} satisfies Partial<Handlers>;

/** Where requests are stored and which column names one where another record refers to it. */
export const requestTables: Record<string, { table: string; labelColumn: string }> = {
  requests: { table: 'customer_requests', labelColumn: 'number' },
};
