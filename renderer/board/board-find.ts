import type { BoardVisit, QueueOrder } from '../../electron/contract/dispatch';
import { call } from '../api/client';

/**
 * Finding an order by its number: first among the bars already loaded, then among all technicians'
 * visits of the shown days (collapsed teams included), then in the queue, and last wherever the order is
 * planned.
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

export async function findOrder(typed: string, loaded: Iterable<BoardVisit>, range: { start: Date; end: Date }): Promise<FindResult> {
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
  const placed = await call('dispatch.visit', { orderId: order.id });
  if (placed.ok && placed.value) return { kind: 'visit', visit: placed.value };
  return { kind: 'unplaced', orderId: order.id, number: order.number };
}
