import type { Database } from 'better-sqlite3';
import { queueOrders } from '../../../db/queries/dispatch-queue';
import type { ApiOutput, ApiParsedInput } from '../../contract';
import { loadCardExtras, toCard } from './cards';

/** Minutes for hundredths of an hour, rounded up to a whole minute. */
const minutesOf = (hoursX100: number) => Math.ceil((hoursX100 * 60) / 100);

/** How long a dropped order's visit lasts: its planned hours, else its tasks' default hours, else one hour. */
export function visitMinutes(plannedHoursX100: number, taskDefaultHoursX100: number): number {
  if (plannedHoursX100 > 0) return minutesOf(plannedHoursX100);
  if (taskDefaultHoursX100 > 0) return minutesOf(taskDefaultHoursX100);
  return 60;
}

export function dispatchQueue(db: Database, input: ApiParsedInput<'dispatch.queue'>): ApiOutput<'dispatch.queue'> {
  const { rows, total } = queueOrders(db, input);
  const extras = loadCardExtras(db, rows.map((r) => r.orderId));
  return {
    rows: rows.map((r) => {
      const more = extras(r.orderId);
      return {
        ...toCard(r, more),
        preferredDate: r.preferredDate,
        preferredStartTime: r.preferredStartTime,
        preferredWorker: r.preferredWorkerId === null ? null : { id: r.preferredWorkerId, code: r.preferredWorkerCode ?? '', name: r.preferredWorkerName ?? '' },
        workerId: r.workerId,
        durationMinutes: visitMinutes(r.plannedHoursX100, more.defaultHoursX100),
      };
    }),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}
