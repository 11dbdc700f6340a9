import type { Store } from '../../../db/store';
import type { Handlers } from '../context';
import { refreshMissingDeadlines } from '../lifecycle-stages/sla-deadline';
import { boardTechnicians, boardVisit, boardVisits } from './board';
import { dispatchQueue } from './queue';
import { dataRevision, revisionAfterWrite } from './revision';
import { scheduleVisits } from './schedule';
import { changeDispatchSettings, readDispatchSettings } from './settings';

type DispatchHandlers = Pick<
  Handlers,
  'dispatch.settings' | 'dispatch.updateSettings' | 'dispatch.technicians' | 'dispatch.visits' | 'dispatch.visit' | 'dispatch.queue' | 'dispatch.schedule' | 'dispatch.revision'
>;

/**
 * Orders stored without their deadline get it before the board shows them. Skipped while a background
 * job holds the write lock: a read must not wait for it, and the next poll fills them in.
 */
function withDeadlines(store: Store): void {
  if (store.backgroundWriter === null) refreshMissingDeadlines(store.db);
}

/** The dispatch board (contract: electron/contract/dispatch.ts). */
export const dispatchHandlers: DispatchHandlers = {
  'dispatch.settings': (_input, ctx) => readDispatchSettings(ctx.store.db),
  'dispatch.updateSettings': (input, ctx) => changeDispatchSettings(ctx.store.db, input, ctx),
  'dispatch.technicians': (input, ctx) => boardTechnicians(ctx.store.db, input),
  'dispatch.visits': (input, ctx) => {
    withDeadlines(ctx.store);
    return boardVisits(ctx.store.db, input);
  },
  'dispatch.visit': (input, ctx) => {
    withDeadlines(ctx.store);
    return boardVisit(ctx.store.db, input.orderId);
  },
  'dispatch.queue': (input, ctx) => {
    withDeadlines(ctx.store);
    return dispatchQueue(ctx.store.db, input);
  },
  'dispatch.schedule': (input, ctx) => ({ ...scheduleVisits(ctx.store.db, input, ctx), revision: revisionAfterWrite(ctx.store) }),
  'dispatch.revision': (_input, ctx) => ({ revision: dataRevision(ctx.store) }),
};
