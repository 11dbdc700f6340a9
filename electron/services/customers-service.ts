import { countReferences } from '../../db/queries/audit';
import * as q from '../../db/queries/customers';
import { takeNextNumber } from '../../db/queries/settings';
import type { CustomerInput } from '../contract/customers';
import type { CallContext, Handlers } from './context';
import { ServiceError, fieldError, notFound } from './errors';
import { isoNow, refuseStaleWrite } from './write';

type CustomerHandlers = Pick<
  Handlers,
  'customers.list' | 'customers.get' | 'customers.create' | 'customers.update' | 'customers.delete'
>;

function assertCodeFree(ctx: CallContext, code: string, selfId?: number): void {
  const owner = q.findCustomerIdByCode(ctx.store.db, code);
  if (owner !== undefined && owner !== selfId) throw fieldError('code', 'duplicate', { value: code });
}

/** A number typed by hand may already hold the next one in the sequence; skip past such numbers. */
function nextFreeNumber(ctx: CallContext): string {
  for (;;) {
    const code = takeNextNumber(ctx.store.db, 'customer');
    if (q.findCustomerIdByCode(ctx.store.db, code) === undefined) return code;
  }
}

function load(ctx: CallContext, id: number): q.CustomerRow {
  const row = q.getCustomer(ctx.store.db, id);
  if (!row) throw notFound();
  return row;
}

export const customerHandlers: CustomerHandlers = {
  'customers.list': (input, ctx) => {
    const { rows, total } = q.listCustomers(ctx.store.db, input);
    return { rows, total, page: input.page, pageSize: input.pageSize };
  },

  'customers.get': (input, ctx) => load(ctx, input.id),

  'customers.create': (input: CustomerInput, ctx) => {
    const db = ctx.store.db;
    const id = db.transaction(() => {
      const code = input.code ?? nextFreeNumber(ctx);
      assertCodeFree(ctx, code);
      return q.insertCustomer(db, { ...input, code }, ctx.actor, isoNow(ctx));
    })();
    return load(ctx, id);
  },

  'customers.update': (input, ctx) => {
    const db = ctx.store.db;
    const { id, version, ...values } = input;
    db.transaction(() => {
      const current = load(ctx, id);
      const code = values.code ?? current.code;
      assertCodeFree(ctx, code, id);
      if (!q.updateCustomer(db, id, version, { ...values, code }, ctx.actor, isoNow(ctx))) {
        refuseStaleWrite(db, 'customers', id);
      }
    })();
    return load(ctx, id);
  },

  'customers.delete': (input, ctx) => {
    const db = ctx.store.db;
    db.transaction(() => {
      const refs = countReferences(db, q.CUSTOMER_REFERENCES, input.id);
      if (refs.length > 0) {
        throw new ServiceError('referenced', 'referenced_deactivate', { refs: refs.map((r) => `${r.table}=${r.count}`).join(';') });
      }
      if (!q.deleteCustomer(db, input.id, input.version)) refuseStaleWrite(db, 'customers', input.id);
    })();
    return { id: input.id };
  },
};
