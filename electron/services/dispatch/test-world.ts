import type { ApiInput } from '../../contract';
import type { apiHarness } from '../test-harness';

type Api = ReturnType<typeof apiHarness>;

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/**
 * A small dispatch company for the board tests (harness now: Monday 2 March 2026 09:00 UTC; Riga is
 * UTC+2 until 29 March, so the 08:00–17:00 working day is 06:00–15:00 UTC):
 * - teams "Centrs" and "Pierīga"; skills GAS (levelled) and ELEC;
 * - Anna (Centrs; GAS level 3 until the end of 2026, ELEC level 1 expired 2026-02-28), Boris (Pierīga,
 *   no skills), Dace (no team, works Saturdays too), an office worker and a former technician;
 * - tasks BOILER (1.5 h default, needs GAS level 2) and CHECK (no default hours, needs ELEC);
 * - customers in Cēsis (by site) and Rīga.
 */
export async function dispatchWorld(api: Api) {
  api.store.db.prepare('UPDATE app_settings SET allow_orders_without_agreement = 1').run();
  const centrs = await api.callOk('teams.create', { code: 'C', name: 'Centrs' });
  const pieriga = await api.callOk('teams.create', { code: 'P', name: 'Pierīga' });
  const gas = await api.callOk('skills.create', { code: 'GAS', description: 'Gāzes iekārtas' });
  const elec = await api.callOk('skills.create', { code: 'ELEC', description: 'Elektrība' });

  const technician = async (code: string, name: string, teamId: number | null, days: readonly string[] = WEEKDAYS) => {
    const worker = await api.callOk('workers.create', { code, name, kind: 'technician', ...(teamId === null ? {} : { teamId }) } as ApiInput<'workers.create'>);
    for (const weekday of days) {
      await api.callOk('workerHours.create', { workerId: worker.id, weekday, startTime: '08:00', endTime: '17:00' } as ApiInput<'workerHours.create'>);
    }
    return worker;
  };
  const anna = await technician('T1', 'Anna Bērziņa', centrs.id);
  const boris = await technician('T2', 'Boris Ozols', pieriga.id);
  const dace = await technician('T3', 'Dace Kalniņa', null, [...WEEKDAYS, 'sat']);
  // Sunday stored without times: a day off like a missing weekday.
  await api.callOk('workerHours.create', { workerId: dace.id, weekday: 'sun', startTime: null, endTime: null } as ApiInput<'workerHours.create'>);
  const office = await api.callOk('workers.create', { code: 'B1', name: 'Biroja Ilze', kind: 'office' } as ApiInput<'workers.create'>);
  const former = await api.callOk('workers.create', { code: 'T9', name: 'Bijušais Jānis', kind: 'technician', status: 'terminated' } as ApiInput<'workers.create'>);
  await api.callOk('workerSkills.create', { workerId: anna.id, skillId: gas.id, level: 3, validTo: '2026-12-31' } as ApiInput<'workerSkills.create'>);
  await api.callOk('workerSkills.create', { workerId: anna.id, skillId: elec.id, level: 1, validTo: '2026-02-28' } as ApiInput<'workerSkills.create'>);

  const boiler = await api.callOk('tasks.create', { code: 'BOILER', description: 'Katla apkope', defaultHours: 150 } as ApiInput<'tasks.create'>);
  await api.callOk('taskSkills.create', { taskId: boiler.id, skillId: gas.id, minLevel: 2 } as ApiInput<'taskSkills.create'>);
  const check = await api.callOk('tasks.create', { code: 'CHECK', description: 'Elektrības pārbaude' } as ApiInput<'tasks.create'>);
  await api.callOk('taskSkills.create', { taskId: check.id, skillId: elec.id } as ApiInput<'taskSkills.create'>);

  const cesis = await api.callOk('customers.create', { name: 'Cēsu Nami', city: 'Cēsis' });
  const cesisSite = await api.callOk('sites.create', { customerId: cesis.id, code: 'S1', name: 'Birojs', address: 'Rīgas iela 1', city: 'Cēsis' } as ApiInput<'sites.create'>);
  const riga = await api.callOk('customers.create', { name: 'Rīgas Siltums', city: 'Rīga' });

  return { centrs, pieriga, gas, elec, anna, boris, dace, office, former, boiler, check, cesis, cesisSite, riga };
}

export type DispatchWorld = Awaited<ReturnType<typeof dispatchWorld>>;

/** A new open order of the Rīga customer (or whatever `values` say), with its related tasks. */
export async function newOrder(api: Api, w: DispatchWorld, values: Partial<ApiInput<'orders.create'>> = {}, taskIds: readonly number[] = []) {
  const order = await api.callOk('orders.create', { description: 'Apkope', customerId: w.riga.id, ...values } as ApiInput<'orders.create'>);
  for (const taskId of taskIds) await api.callOk('orderTasks.create', { orderId: order.id, taskId } as ApiInput<'orderTasks.create'>);
  return { id: order.id, number: order.number, version: order.version };
}

/** The order's stored version (relations and clock writes may bump it after creation). */
export const versionOf = (api: Api, orderId: number) => api.store.db.prepare('SELECT version FROM service_orders WHERE id = ?').pluck().get(orderId) as number;

/** Riga wall-clock time on a March 2026 day before the DST change (UTC+2) as a UTC instant. */
export const riga = (day: number, time: string) => {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return new Date(Date.UTC(2026, 2, day, h - 2, m)).toISOString();
};

/** One placement (or, with workerId null, unscheduling) of an order at its current stored version. */
export function change(api: Api, orderId: number, workerId: number | null, start: string | null = null, end: string | null = null) {
  return { orderId, version: versionOf(api, orderId), workerId, start, end };
}
