import { repairLinesEntity } from '../../contract/repair-lines';
import type { CallContext, Handlers } from '../context';
import { entityService } from '../entities/entity-service';
import { entityHandlers } from '../entities/handlers';
import { registerTables } from '../entities/registry';
import { isoNow } from '../write';
import { repairLineRules } from './rules';
import { suggestRepairs } from './suggestions';

registerTables({ repairLines: { table: 'repair_lines', labelColumn: 'line_no' } });

// The finish stamp needs the call's clock, which the generic rules do not receive, so each write
// gets a service whose rules close over the call's `now`. Reads need no rules.
const writes = (ctx: CallContext) => entityService(repairLinesEntity, repairLineRules(() => isoNow(ctx)));
type Call = 'create' | 'update' | 'delete';
// The contract derives these calls from the same definition, so the shapes agree by construction.
const write = <C extends Call>(call: C) =>
  ((input: never, ctx: CallContext) => (writes(ctx)[call] as (i: never, c: CallContext) => unknown)(input, ctx)) as unknown as Handlers[`repairLines.${C}`];

/** Repair lines of service orders: the five entity calls and the look-up of earlier fixes. */
export const repairLineHandlers = {
  ...entityHandlers(repairLinesEntity),
  'repairLines.create': write('create'),
  'repairLines.update': write('update'),
  'repairLines.delete': write('delete'),
  'repairLines.suggest': (input, ctx) => ({ suggestions: suggestRepairs(ctx.store.db, input) }),
} satisfies Partial<Handlers>;
