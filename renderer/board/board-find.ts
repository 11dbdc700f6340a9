import type { BoardVisit, QueueOrder } from '../../electron/contract/dispatch';
import { call } from '../api/client';
import { localToInstant } from './board-time';

/**
 * Finding an order by its number: first among the bars already loaded, then among all technicians'
 * visits of the shown days (collapsed teams included), then in the queue, and last around the order's
 * preferred date.
 */

export type FindResult =
  | { kind: 'visit'; visit: BoardVisit }
  | { kind: 'queue'; order: QueueOrder }
  | { kind: 'unplaced'; orderId: number; number: string }
  | { kind: 'none' };

const normalize = (text: string) => text.trim().toLowerCase();

/** An exact number wins; otherwise a single number ending in what was typed ("123" finds "S-00123"). */
export function matchNumber<T extends { number: string }>(rows: Iterable<T>, typed: string): T | null {
  const needle = normalize(typed);
  const endsWith: T[] = [];
  for (const row of rows) {
    const number = normalize(row.number);
    if (number === needle) return row;
    if (number.endsWith(needle)) endsWith.push(row);
  }
  return endsWith.length === 1 ? (endsWith[0] ?? null) : null;
}

const WEEK_DAYS = 7;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export async function findOrder(typed: string, loaded: Iterable<BoardVisit>, range: { start: Date; end: Date }, zone: string): Promise<FindResult> {
  const here = matchNumber(loaded, typed);
  if (here) return { kind: 'visit', visit: here };

  const shown = await call('dispatch.visits', { from: range.start.toISOString(), to: range.end.toISOString() });
  const inRange = shown.ok ? matchNumber(shown.value, typed) : null;
  if (inRange) return { kind: 'visit', visit: inRange };

  const queued = await call('dispatch.queue', { search: typed.trim(), pageSize: 20 });
  const inQueue = queued.ok ? matchNumber(queued.value.rows, typed) : null;
  if (inQueue) return { kind: 'queue', order: inQueue };

  const orders = await call('orders.list', { search: typed.trim(), pageSize: 20, progress: 'in_process' });
  const order = orders.ok ? matchNumber(orders.value.rows, typed) : null;
  if (!order) return { kind: 'none' };
  if (order.preferredDate) {
    const from = localToInstant(addDays(order.preferredDate, -WEEK_DAYS), '00:00', zone);
    const to = localToInstant(addDays(order.preferredDate, WEEK_DAYS), '00:00', zone);
    if (from && to) {
      const near = await call('dispatch.visits', { from, to });
      const found = near.ok ? near.value.find((v) => v.orderId === order.id) : undefined;
      if (found) return { kind: 'visit', visit: found };
    }
  }
  return { kind: 'unplaced', orderId: order.id, number: order.number };
}
