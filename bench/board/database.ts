/**
 * Writes a board dataset into a fresh database, straight through SQL as the seed generators do:
 * the workflow stages (every visit sits in a stage that allows changes), teams, technicians with
 * Mon–Fri 08:00–17:00 hours, one site per customer, and the visits as open orders with a
 * technician and planned times. No SLA, skills or absences, so a drop inside working hours onto a
 * free slot raises no conflict and needs no confirmation.
 */
import { cityByName } from '../../db/seed/names';
import { seedWriter } from '../../db/seed/rows';
import { seedStages } from '../../db/seed/setup-stages';
import { markOnboarded } from '../../db/queries/settings';
import { Store } from '../../db/store';
import type { BenchDataset } from './dataset';

const ACTOR = 'bench';
const OPEN_STAGE = 'PROCESA';
const WORKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** Database ids of the dataset's rows, index for index. */
export interface BenchIds {
  teamIds: number[];
  workerIds: number[];
  orderIds: number[];
}

export function writeDataset(file: string, data: BenchDataset, now: Date): BenchIds {
  const store = Store.open(file);
  try {
    const db = store.db;
    return db.transaction((): BenchIds => {
      seedStages(db, now, ACTOR);
      const w = seedWriter(db, { now, actor: ACTOR });
      const at = now.toISOString();
      const teamIds = data.teams.map((t) => w.team(t.code, t.name));
      const workerIds = data.technicians.map((t) =>
        w.worker({
          code: t.code,
          name: t.name,
          kind: 'technician',
          teamId: teamIds[t.teamIndex] ?? null,
          phone: '+371 20000000',
          email: `${t.code.toLowerCase()}@bench.lv`,
          costPriceCents: 2200,
          salesPriceCents: 4500,
        }),
      );
      const hours = db.prepare(
        `INSERT INTO worker_hours (worker_id, weekday, start_time, end_time, version, created_at, updated_at, updated_by)
         VALUES (?, ?, '08:00', '17:00', 0, ?, ?, ?)`,
      );
      for (const id of workerIds) for (const day of WORKDAYS) hours.run(id, day, at, at, ACTOR);

      const customers = data.customers.map((c) => {
        const city = cityByName(c.city);
        const customerId = w.customer({
          code: c.code, name: c.name, regNo: null, vatNo: null, billingAddress: c.address, city: c.city,
          postcode: city.postcodes[0] ?? 'LV-1001', phone: null, email: null, language: 'lv', priceGroup: null, notes: null,
        });
        const siteId = w.site({
          customerId, code: '01', name: 'Objekts', address: c.address, city: c.city, postcode: city.postcodes[0] ?? 'LV-1001',
          latitude: city.lat, longitude: city.lon, notes: null,
        });
        return { customerId, siteId, name: c.name, city: c.city };
      });

      const orderIds = data.visits.map((v) => {
        const customer = customers[v.customerIndex];
        if (!customer) throw new Error(`Visit ${v.number} names a missing customer`);
        return w.order({
          number: v.number,
          description: v.description,
          customerId: customer.customerId,
          siteId: customer.siteId,
          agreementId: null,
          serviceObjectId: null,
          priority: v.priority,
          origin: 'manual',
          progress: 'in_process',
          preferredDate: v.start.slice(0, 10),
          responsibleWorkerId: null,
          workerId: workerIds[v.technicianIndex] ?? null,
          plannedStart: v.start,
          plannedEnd: v.end,
          plannedHoursX100: Math.round(((v.endMinute - v.startMinute) / 60) * 100),
          search: { customerName: customer.name, siteCity: customer.city, objectSerial: null },
        });
      });
      db.prepare('UPDATE service_orders SET stage_id = (SELECT id FROM service_stages WHERE code = ?)').run(OPEN_STAGE);
      w.advanceSequence('order', data.visits.length);
      w.advanceSequence('customer', data.customers.length);
      markOnboarded(db, ACTOR, at);
      return { teamIds, workerIds, orderIds };
    })();
  } finally {
    store.close();
  }
}
