/**
 * The demo company: a heating, ventilation and lift service firm with three dispatch teams,
 * about forty customers across Latvia, their equipment, agreements and this fortnight's orders.
 * Everything is drawn from a fixed seed, so only the dates (relative to `now`) differ between runs.
 */
import type { Database } from 'better-sqlite3';
import { DEMO_CUSTOMERS, DEMO_OFFICE, DEMO_TEAMS, type DemoCustomer } from './demo-data';
import {
  AGREEMENT_TITLES, GROUPS, SECTOR_GROUPS, SECTOR_SITE_NAMES, groupSpec, serialNumber,
  type GroupCode, type GroupSpec, type Sector,
} from './equipment';
import {
  CONTACT_ROLES, cityByName, companyDomain, emailLocal, landline, mobilePhone, nearCity, personName,
  registrationNumber, streetAddress, type Region,
} from './names';
import { DayPlanner } from './planner';
import { Random } from './random';
import { countRows, formatNumber, seedWriter, type AgreementStatus, type OrderSeed, type SeedWriter } from './rows';
import { ZonedClock, addDays, addMonths, addYears, isWeekend, localDate, mondayOf } from './time';

const DEMO_SEED = 20_260_401;
const STAFF_DOMAIN = 'tehserviss.lv';

interface Staff {
  teams: { id: number; region: Region; technicianIds: number[] }[];
  dispatcherId: number;
  managerId: number;
}

interface DemoObject {
  id: number;
  group: GroupSpec;
  manufacturer: string;
  model: string;
  serialNo: string;
}

interface DemoSite {
  id: number;
  city: string;
  region: Region;
  objects: DemoObject[];
}

interface DemoCustomerRow {
  id: number;
  name: string;
  spec: DemoCustomer;
  sites: DemoSite[];
}

const LOCATIONS: Record<GroupCode, readonly string[]> = {
  KATLI: ['katlu telpa', 'pagrabs'],
  SILTUMSUKNI: ['pagalms', 'tehniskā telpa'],
  LIFTI: ['1. kāpņu telpa', '2. kāpņu telpa', 'galvenā ieeja'],
  VENTILACIJA: ['jumts', 'pagrabs', 'bēniņi'],
  KONDICIONIERI: ['servera telpa', '2. stāvs', 'sanāksmju zāle'],
  UGUNSDZESIBA: ['visa ēka', 'sūkņu telpa'],
};

function insertStaff(w: SeedWriter, rng: Random): Staff {
  let technicians = 0;
  let office = 0;
  const staffMember = (name: string, kind: 'technician' | 'office', teamId: number | null, senior: boolean) =>
    w.worker({
      // T = tehniķis, B = birojs: the codes dispatchers type on the board.
      code: kind === 'technician' ? formatNumber('T', ++technicians, 3) : formatNumber('B', ++office, 3),
      name,
      kind,
      teamId,
      phone: mobilePhone(rng),
      email: `${emailLocal(name)}@${STAFF_DOMAIN}`,
      // Hourly rates in cents: leads cost and bill more than the rest of the team.
      costPriceCents: kind === 'office' ? 1900 : senior ? 2600 : rng.pick([2000, 2200, 2400]),
      salesPriceCents: kind === 'office' ? 0 : senior ? 5200 : rng.pick([4200, 4500, 4800]),
    });
  const teams = DEMO_TEAMS.map((t) => {
    const id = w.team(t.code, t.name);
    const technicianIds = t.technicians.map((name, i) => staffMember(name, 'technician', id, i === 0));
    w.setTeamOwner(id, technicianIds[0] as number);
    return { id, region: t.region, technicianIds };
  });
  const [dispatcher, manager] = DEMO_OFFICE;
  return {
    teams,
    dispatcherId: staffMember(dispatcher.name, 'office', null, false),
    managerId: staffMember(manager.name, 'office', null, false),
  };
}

function siteCount(rng: Random, sector: Sector): number {
  if (sector === 'private' || sector === 'hotel') return 1;
  if (sector === 'housing' || sector === 'public') return rng.int(1, 3);
  return rng.chance(0.6) ? 1 : 2;
}

interface ObjectContext {
  today: string;
  groupIds: Map<GroupCode, number>;
  next: () => number;
}

function insertObjects(w: SeedWriter, rng: Random, ctx: ObjectContext, customerId: number, siteId: number, sector: Sector): DemoObject[] {
  const choices = SECTOR_GROUPS[sector];
  const codes: GroupCode[] = [choices[0] as GroupCode];
  if (rng.chance(0.55)) codes.push(rng.pick(choices.slice(1)));
  const objects: DemoObject[] = [];
  for (const code of codes) {
    const group = groupSpec(code);
    const spec = rng.pick(group.models);
    const installedOn = addDays(ctx.today, -rng.int(60, 12 * 365));
    const objectCode = formatNumber('IEK-', ctx.next(), 5);
    const serialNo = serialNumber(rng, spec.serialPattern);
    const id = w.object({
      code: objectCode,
      description: `${group.unit}, ${rng.pick(LOCATIONS[code])}`,
      groupId: ctx.groupIds.get(code) as number,
      customerId,
      siteId,
      parentId: null,
      manufacturer: spec.manufacturer,
      model: spec.model,
      serialNo,
      installedOn,
      warrantyEnd: addYears(installedOn, group.warrantyYears),
    });
    // Components share the parent's make and dates; they are serviced and replaced on their own.
    group.components.forEach((c, i) =>
      w.object({
        code: `${objectCode}-${i + 1}`,
        description: c.description,
        groupId: ctx.groupIds.get(code) as number,
        customerId,
        siteId,
        parentId: id,
        manufacturer: spec.manufacturer,
        model: c.model,
        serialNo: serialNumber(rng, c.serialPattern),
        installedOn,
        warrantyEnd: addYears(installedOn, group.warrantyYears),
      }),
    );
    objects.push({ id, group, manufacturer: spec.manufacturer, model: spec.model, serialNo });
  }
  return objects;
}

function insertCustomers(w: SeedWriter, rng: Random, today: string, groupIds: Map<GroupCode, number>): DemoCustomerRow[] {
  let objectNo = 0;
  const objectCtx = { today, groupIds, next: () => ++objectNo };
  return DEMO_CUSTOMERS.map((spec, index) => {
    const city = cityByName(spec.city);
    const billingAddress = streetAddress(rng, city);
    const postcode = rng.pick(city.postcodes);
    const regNo =
      spec.kind === 'company' ? registrationNumber(rng, '40003') : spec.kind === 'municipality' ? registrationNumber(rng, '90000') : null;
    const domain = spec.kind === 'person' ? null : companyDomain(spec.name);
    const id = w.customer({
      code: formatNumber('K', index + 1),
      name: spec.name,
      regNo,
      vatNo: regNo && `LV${regNo}`,
      billingAddress,
      city: city.name,
      postcode,
      phone: spec.kind === 'person' ? mobilePhone(rng) : landline(rng, city),
      email: domain ? `${spec.kind === 'municipality' ? 'pasts' : 'info'}@${domain}` : `${emailLocal(spec.name)}@inbox.lv`,
      language: spec.language ?? 'lv',
      priceGroup: spec.priceGroup ?? null,
      notes: spec.notes ?? null,
    });
    if (domain) {
      for (let c = 0; c < (spec.kind === 'company' ? rng.int(1, 2) : 1); c++) {
        const name = personName(rng);
        w.contact({ customerId: id, name, role: rng.pick(CONTACT_ROLES), phone: mobilePhone(rng), email: `${emailLocal(name)}@${domain}` });
      }
    }
    const labels = SECTOR_SITE_NAMES[spec.sector];
    const sites: DemoSite[] = [];
    for (let s = 0; s < siteCount(rng, spec.sector); s++) {
      // A private customer's site is their home; companies' sites are elsewhere in the same town.
      const address = s === 0 && spec.kind === 'person' ? billingAddress : streetAddress(rng, city);
      const label = labels[s % labels.length] as string;
      const point = nearCity(rng, city);
      const siteId = w.site({
        customerId: id,
        code: String(s + 1).padStart(2, '0'),
        name: spec.sector === 'housing' ? `${label}, ${address}` : label,
        address,
        city: city.name,
        postcode: s === 0 ? postcode : rng.pick(city.postcodes),
        latitude: point.lat,
        longitude: point.lon,
        notes: s === 0 && spec.sector === 'housing' ? 'Atslēgas pie mājas vecākā, tālrunis uz ziņojumu dēļa.' : null,
      });
      sites.push({ id: siteId, city: city.name, region: city.region, objects: insertObjects(w, rng, objectCtx, id, siteId, spec.sector) });
    }
    return { id, name: spec.name, spec, sites };
  });
}

interface DemoAgreement {
  id: number;
  siteId: number;
  status: AgreementStatus;
}

function insertAgreements(w: SeedWriter, rng: Random, today: string, staff: Staff, customers: DemoCustomerRow[]): DemoAgreement[] {
  // Customers on contract prices first: they are the ones with service agreements.
  const candidates = [
    ...customers.filter((c) => c.spec.priceGroup),
    ...customers.filter((c) => !c.spec.priceGroup && c.spec.kind !== 'person'),
  ];
  const statuses: AgreementStatus[] = [
    ...Array<AgreementStatus>(19).fill('active'), 'draft', 'draft', 'expired', 'expired', 'suspended', 'cancelled',
  ];
  const thisMonth = `${today.slice(0, 7)}-01`;
  return statuses.map((status, i) => {
    const customer = candidates[i % candidates.length] as DemoCustomerRow;
    const site = customer.sites[Math.floor(i / candidates.length) % customer.sites.length] as DemoSite;
    const group = site.objects[0]?.group ?? (GROUPS[0] as GroupSpec);
    let validFrom = addMonths(thisMonth, -rng.int(1, 18));
    let validTo: string | null = rng.chance(0.3) ? null : addDays(addYears(validFrom, rng.pick([1, 2, 3])), -1);
    // A running agreement must still cover next week's visits generated from it.
    if (status === 'active' && validTo !== null && validTo <= addDays(today, 31)) validTo = addDays(addYears(validFrom, 3), -1);
    if (status === 'draft') {
      validFrom = addMonths(thisMonth, 1);
      validTo = addDays(addYears(validFrom, 1), -1);
    }
    if (status === 'expired') {
      validFrom = addYears(thisMonth, -3);
      validTo = addDays(addYears(validFrom, 2), -1);
    }
    const team = staff.teams.find((t) => t.region === site.region);
    const id = w.agreement({
      number: formatNumber('L', i + 1),
      description: `${AGREEMENT_TITLES[group.code]} ${validFrom.slice(0, 4)}`,
      customerId: customer.id,
      siteId: site.id,
      status,
      validFrom,
      validTo,
      responsibleWorkerId: staff.managerId,
      preferredWorkerId: team ? rng.pick(team.technicianIds) : null,
    });
    return { id, siteId: site.id, status };
  });
}

function workdays(from: string, count: number): string[] {
  const days: string[] = [];
  for (let d = from; days.length < count; d = addDays(d, 1)) if (!isWeekend(d)) days.push(d);
  return days;
}

function insertOrders(
  w: SeedWriter,
  rng: Random,
  now: Date,
  staff: Staff,
  customers: DemoCustomerRow[],
  agreements: DemoAgreement[],
): number {
  const today = localDate(now);
  // At the weekend the demo opens on the coming week, so the board shows work ahead, not behind.
  const monday = isWeekend(today) ? addDays(mondayOf(now), 7) : mondayOf(now);
  const lastWeek = workdays(addDays(monday, -7), 5);
  const fortnight = workdays(monday, 10);
  const upcoming = workdays(addDays(today, 1), 12);
  const planner = new DayPlanner(rng, new ZonedClock());
  const everyObject = customers.flatMap((c) => c.sites.flatMap((s) => s.objects.map((o) => ({ customer: c, site: s, object: o }))));
  const visits = rng.shuffle(everyObject);
  const TOTAL = 60;
  for (let i = 0; i < TOTAL; i++) {
    const { customer, site, object } = visits[i % visits.length] as (typeof visits)[number];
    const agreement = agreements.find((a) => a.siteId === site.id && a.status === 'active');
    const fromRequest = !agreement && rng.chance(0.6);
    const progress: OrderSeed['progress'] = i < 8 ? 'posted' : i < 10 ? 'cancelled' : 'in_process';
    const hours = rng.pick(object.group.hours);
    const order: OrderSeed = {
      number: formatNumber('SP', i + 1),
      description: fromRequest
        ? rng.pick(object.group.faults)
        : `${rng.pick(object.group.routine)} — ${object.manufacturer} ${object.model}`,
      customerId: customer.id,
      siteId: site.id,
      agreementId: agreement && !fromRequest ? agreement.id : null,
      serviceObjectId: object.id,
      priority: fromRequest ? rng.weighted([['high', 2], ['normal', 1]] as const) : rng.weighted([['normal', 4], ['low', 1]] as const),
      origin: agreement ? 'generated' : fromRequest ? 'request' : 'manual',
      progress,
      preferredDate: null,
      responsibleWorkerId: staff.dispatcherId,
      workerId: null,
      plannedStart: null,
      plannedEnd: null,
      plannedHoursX100: hours,
      search: { customerName: customer.name, siteCity: site.city, objectSerial: object.serialNo },
    };
    // Posted orders were done last week; the next 34 fill this week's and next week's board.
    const scheduled = progress === 'posted' || (progress === 'in_process' && i < 44);
    const team = staff.teams.find((t) => t.region === site.region) ?? staff.teams[0];
    if (scheduled && team) {
      const days = progress === 'posted' ? lastWeek : fortnight;
      for (let attempt = 0; attempt < 40 && !order.workerId; attempt++) {
        const workerId = rng.pick(team.technicianIds);
        const date = rng.pick(days);
        const slot = planner.place(workerId, date, hours);
        if (slot) Object.assign(order, { workerId, plannedStart: slot.start, plannedEnd: slot.end, preferredDate: date });
      }
    }
    if (!order.preferredDate) order.preferredDate = rng.pick(progress === 'cancelled' ? lastWeek : upcoming);
    w.order(order);
  }
  return TOTAL;
}

export function loadDemoCompany(db: Database, opts: { now: Date; actor: string }): Record<string, number> {
  const before = countRows(db);
  const rng = new Random(DEMO_SEED);
  const w = seedWriter(db, opts);
  const today = localDate(opts.now);
  const groupIds = new Map<GroupCode, number>(GROUPS.map((g) => [g.code, w.group(g.code, g.description)]));
  const staff = insertStaff(w, rng);
  const customers = insertCustomers(w, rng, today, groupIds);
  const agreements = insertAgreements(w, rng, today, staff, customers);
  const orders = insertOrders(w, rng, opts.now, staff, customers, agreements);
  w.advanceSequence('customer', customers.length);
  w.advanceSequence('agreement', agreements.length);
  w.advanceSequence('order', orders);
  const after = countRows(db);
  return Object.fromEntries(Object.entries(after).map(([table, n]) => [table, n - (before[table] ?? 0)]));
}
