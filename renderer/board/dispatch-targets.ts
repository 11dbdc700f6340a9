import type { BoardVisit, QueueOrder } from '../../electron/contract/dispatch';
import { minutesBetween } from './board-time';
import type { DispatchTarget } from './DispatchDialog';

/** What the dispatch dialog starts from: a bar's current place, or a queue order's preferences. */

export function targetOfVisit(visit: BoardVisit): DispatchTarget {
  const place = { workerId: visit.workerId, start: visit.start, end: visit.end };
  return {
    orderId: visit.orderId,
    version: visit.version,
    number: visit.number,
    customer: visit.customer,
    placed: place,
    before: place,
    suggestedWorkerId: visit.workerId,
    suggestedDate: null,
    suggestedTime: null,
    durationMinutes: minutesBetween(visit.start, visit.end),
  };
}

export function targetOfQueue(order: QueueOrder): DispatchTarget {
  return {
    orderId: order.orderId,
    version: order.version,
    number: order.number,
    customer: order.customer,
    placed: null,
    before: { workerId: order.workerId, start: null, end: null },
    suggestedWorkerId: order.workerId ?? order.preferredWorker?.id ?? null,
    suggestedDate: order.preferredDate,
    suggestedTime: order.preferredStartTime,
    durationMinutes: order.durationMinutes,
  };
}
