import * as q from '../../db/queries/parameters';
import type { NUMBER_SEQUENCES } from '../contract/parameters';
import { checkSequenceChange, formatSequenceNumber, isKnownTimeZone } from '../domain/numbering';
import type { CallContext, Handlers } from './context';
import { conflict, fieldError, notFound } from './errors';
import { isoNow, refuseStaleWrite } from './write';

type ParameterHandlers = Pick<Handlers, 'parameters.get' | 'parameters.update' | 'sequences.list' | 'sequences.update'>;
type SequenceCode = (typeof NUMBER_SEQUENCES)[number];

function describe(ctx: CallContext, row: q.SequenceRow) {
  return {
    ...row,
    code: row.code as SequenceCode,
    lastUsed: q.highestUsedNumber(ctx.store.db, row.code, row.prefix),
    example: formatSequenceNumber(row.prefix, row.nextNumber, row.width),
  };
}

export const parameterHandlers: ParameterHandlers = {
  'parameters.get': (_input, ctx) => q.getParameters(ctx.store.db),

  'parameters.update': (input, ctx) => {
    const db = ctx.store.db;
    const { version, ...values } = input;
    if (!isKnownTimeZone(values.timeZone)) throw fieldError('timeZone', 'invalid_value');
    if (!q.updateParameters(db, values, version, ctx.actor, isoNow(ctx))) refuseStaleWrite(db, 'app_settings', 1);
    return q.getParameters(db);
  },

  'sequences.list': (_input, ctx) => q.listSequences(ctx.store.db).map((row) => describe(ctx, row)),

  'sequences.update': (input, ctx) => {
    const db = ctx.store.db;
    return db.transaction(() => {
      const current = q.listSequences(db).find((s) => s.code === input.code);
      if (!current) throw notFound();
      const problem = checkSequenceChange(input.code, current, input, q.highestUsedNumber(db, input.code, input.prefix));
      if (problem) throw fieldError(problem.field, problem.key, 'params' in problem ? problem.params : {});
      if (!q.updateSequence(db, input, ctx.actor, isoNow(ctx))) {
        const stamp = q.sequenceStamp(db, input.code);
        throw stamp ? conflict(stamp.updatedBy, stamp.updatedAt) : notFound();
      }
      const updated = q.listSequences(db).find((s) => s.code === input.code);
      if (!updated) throw notFound();
      return describe(ctx, updated);
    })();
  },
};
