import type { ApiOutput } from '../../contract';
import { requestsEntity } from '../../contract/requests';
import type { CallContext } from '../context';
import { entityService } from '../entities/entity-service';
import { notFound } from '../errors';
import { requestState } from './read';
import { receivedInstant, requestRules } from './rules';

/** The generic service of the intake fields; the request handlers add the rest around it. */
export const requestService = entityService(requestsEntity, requestRules);

/** The intake fields as the form edits them, plus where the request stands. */
export function requestRow(ctx: CallContext, id: number): ApiOutput<'requests.get'> {
  const db = ctx.store.db;
  const state = requestState(db, id);
  if (!state) throw notFound();
  const base = requestService.get({ id }, ctx);
  return {
    ...(base as unknown as ApiOutput<'requests.get'>),
    status: state.status,
    receivedAt: receivedInstant(db, state.receivedDate, state.receivedTime),
    rejectReasonId: state.rejectReasonId,
    rejectReasonLabel: state.rejectReasonLabel,
    rejectNote: state.rejectNote,
    orderId: state.orderId,
    orderNumber: state.orderNumber,
  };
}
