import type { BoardVisit } from '../electron/contract/dispatch';
import { expect, type Host } from './fixtures';

/**
 * A small, fixed world for the board's tests: one dispatch team with two technicians working Monday
 * to Friday 08:00–17:00 (Europe/Riga, UTC+2 in January), four orders in the queue and two visits on
 * Monday 4 January 2027: Jānis 10:00–11:00 and Pēteris 12:00–13:00 local time.
 */

export const DAY = '2027-01-04';

/** Local time on DAY (UTC+2) as the instant the API stores. */
export const at = (hhmm: string): string => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return new Date(Date.UTC(2027, 0, 4, h - 2, m)).toISOString();
};

export interface BoardWorld {
  janis: number;
  peteris: number;
  /** Queue orders: dragged in, blocked, warned, dispatched by keyboard. */
  queued: { a: Order; b: Order; c: Order; d: Order };
  /** Visits: Jānis 10:00–11:00, Pēteris 12:00–13:00. */
  placed: { p: Order; q: Order };
}

export interface Order {
  id: number;
  number: string;
}

export async function createBoardWorld(host: Host): Promise<BoardWorld> {
  await host.apiValue('system.startEmpty', {});
  const team = await host.apiValue('teams.create', { code: 'ZIEM', name: 'Ziemeļu komanda' });
  const technician = async (code: string, name: string) => {
    const w = await host.apiValue('workers.create', { code, name, kind: 'technician', teamId: team.id, costPriceCents: 2500, salesPriceCents: 4500 });
    for (const weekday of ['mon', 'tue', 'wed', 'thu', 'fri'] as const) {
      await host.apiValue('workerHours.create', { workerId: w.id, weekday, startTime: '08:00', endTime: '17:00' });
    }
    return w.id;
  };
  const janis = await technician('T001', 'Jānis Bērziņš');
  const peteris = await technician('T002', 'Pēteris Ozols');
  const customer = await host.apiValue('customers.create', { name: 'SIA Rīgas Siltums', city: 'Rīga' });
  await host.apiValue('stages.create', { code: 'JAUNS', description: 'Jauns', sortOrder: 10 });
  const order = async (description: string): Promise<Order & { version: number }> => {
    const o = await host.apiValue('orders.create', { description, customerId: customer.id, preferredDate: DAY, serviceCity: 'Rīga' });
    return { id: o.id, number: o.number, version: o.version };
  };
  const a = await order('Katla apkope');
  const b = await order('Sūkņa remonts');
  const c = await order('Ventilācijas pārbaude');
  const d = await order('Radiatora nomaiņa');
  const p = await order('Skaitītāja nolasīšana');
  const q = await order('Filtru maiņa');
  await host.apiValue('dispatch.schedule', {
    changes: [
      { orderId: p.id, version: p.version, workerId: janis, start: at('10:00'), end: at('11:00') },
      { orderId: q.id, version: q.version, workerId: peteris, start: at('12:00'), end: at('13:00') },
    ],
  });
  return { janis, peteris, queued: { a, b, c, d }, placed: { p, q } };
}

/** The order's visit on DAY as stored, or null when it is not scheduled. */
export async function storedVisit(host: Host, orderId: number): Promise<Pick<BoardVisit, 'workerId' | 'start' | 'end'> | null> {
  const visits = await host.apiValue('dispatch.visits', { from: at('00:00'), to: at('24:00') });
  const v = visits.find((x) => x.orderId === orderId);
  return v ? { workerId: v.workerId, start: v.start, end: v.end } : null;
}

export async function inQueue(host: Host, orderId: number): Promise<boolean> {
  const queue = await host.apiValue('dispatch.queue', { pageSize: 100 });
  return queue.rows.some((r) => r.orderId === orderId);
}

/** Waits until the stored visit is as expected (the board saves asynchronously after a drop). */
export async function expectStored(host: Host, orderId: number, expected: Pick<BoardVisit, 'workerId' | 'start' | 'end'> | null): Promise<void> {
  await expect.poll(() => storedVisit(host, orderId)).toEqual(expected);
}
