/**
 * A company the size of the biggest customers we plan for (500 technicians, 20,000 customers,
 * 200,000 orders over a year), for benchmarks. Rows depend only on the seed and on the company-time
 * week holding `now`: dates are laid out around that week's Monday, so two runs in the same week
 * give identical rows apart from the audit timestamps.
 */
import type { Database } from 'better-sqlite3';
import { AGREEMENT_TITLES, GROUPS, SECTOR_GROUPS, SECTOR_SITE_NAMES, serialNumber, type GroupSpec, type Sector } from './equipment';
import {
  CITIES, CONTACT_ROLES, companyDomain, companyName, emailLocal, landline, mobilePhone, nearCity, personName,
  publicBodyName, registrationNumber, streetAddress, type City,
} from './names';
import { DayPlanner } from './planner';
import { Random } from './random';
import { countRows, formatNumber, seedWriter, type AgreementStatus, type OrderSeed, type SeedWriter } from './rows';
import { ZonedClock, addDays, addMonths, addYears, isWeekend, mondayOf } from './time';

export interface LargeOptions {
  seed: number;
  technicians?: number;
  customers?: number;
  orders?: number;
  now: Date;
  actor: string;
  onProgress?: (done: number, total: number) => void;
}

export const LARGE_DEFAULTS = { technicians: 500, customers: 20_000, orders: 200_000 } as const;

/** Orders fall within this many days either side of the anchor week. */
const HALF_YEAR_DAYS = 182;
const TECHNICIANS_PER_TEAM = 20;
const COMPANY_SECTORS: readonly Sector[] = ['housing', 'housing', 'office', 'industry', 'retail', 'hotel', 'medical'];

interface Team {
  id: number;
  technicianIds: number[];
}

interface CustomerInfo {
  id: number;
  name: string;
  city: City;
  siteId: number;
  teams: readonly Team[];
  objects: { id: number; group: GroupSpec; label: string; serialNo: string }[];
  /** The customer's running agreement; generated orders fall only within its validity. */
  agreement: { id: number; from: string; to: string | null } | null;
}

/** Rīga holds about half of the work, as it does for real service companies. */
function pickCity(rng: Random): City {
  return rng.chance(0.45) ? (CITIES[0] as City) : rng.pick(CITIES.slice(1));
}

function insertStaff(w: SeedWriter, rng: Random, technicians: number) {
  const teamCount = Math.max(1, Math.round(technicians / TECHNICIANS_PER_TEAM));
  const perCity = new Map<string, number>();
  const teams: (Team & { city: City })[] = [];
  for (let t = 0; t < teamCount; t++) {
    // Every other team works in Rīga; the rest go round the regional towns.
    const city = t % 2 === 0 ? (CITIES[0] as City) : (CITIES[1 + (Math.floor(t / 2) % (CITIES.length - 1))] as City);
    const n = (perCity.get(city.name) ?? 0) + 1;
    perCity.set(city.name, n);
    teams.push({ id: w.team(formatNumber('BR', t + 1, 3), `${city.name} ${n}`), technicianIds: [], city });
  }
  for (let i = 0; i < technicians; i++) {
    const team = teams[i % teamCount] as (typeof teams)[number];
    const name = personName(rng, rng.chance(0.12));
    const senior = team.technicianIds.length === 0;
    const id = w.worker({
      code: formatNumber('T', i + 1, 4),
      name,
      kind: 'technician',
      teamId: team.id,
      phone: mobilePhone(rng),
      email: `${emailLocal(name)}.${i + 1}@tehserviss.lv`,
      costPriceCents: senior ? 2600 : rng.pick([2000, 2200, 2400]),
      salesPriceCents: senior ? 5200 : rng.pick([4200, 4500, 4800]),
    });
    if (senior) w.setTeamOwner(team.id, id);
    team.technicianIds.push(id);
  }
  const office: number[] = [];
  for (let i = 0; i < Math.max(1, Math.round(technicians / 50)); i++) {
    const name = personName(rng, rng.chance(0.7));
    office.push(
      w.worker({
        code: formatNumber('B', i + 1, 4),
        name,
        kind: 'office',
        teamId: null,
        phone: mobilePhone(rng),
        email: `${emailLocal(name)}.b${i + 1}@tehserviss.lv`,
        costPriceCents: 1900,
        salesPriceCents: 0,
      }),
    );
  }
  const byCity = new Map<string, Team[]>();
  for (const t of teams) byCity.set(t.city.name, [...(byCity.get(t.city.name) ?? []), t]);
  // Towns without a team of their own are served by every team, as the regional crews would be.
  const teamsFor = (city: City): readonly Team[] => byCity.get(city.name) ?? teams;
  return { teams, office, teamsFor };
}

interface CustomerContext {
  w: SeedWriter;
  rng: Random;
  teamsFor: (c: City) => readonly Team[];
  groupIds: readonly number[];
  today: string;
  objectNo: { n: number };
}

function insertCustomer(ctx: CustomerContext, index: number): CustomerInfo {
  const { w, rng, today } = ctx;
  const city = pickCity(rng);
  const roll = rng.next();
  const kind = roll < 0.83 ? 'company' : roll < 0.86 ? 'public' : 'person';
  const sector: Sector = kind === 'person' ? 'private' : kind === 'public' ? 'public' : rng.pick(COMPANY_SECTORS);
  const name = kind === 'company' ? companyName(rng).name : kind === 'public' ? publicBodyName(rng, city) : personName(rng);
  const regNo = kind === 'person' ? null : registrationNumber(rng, kind === 'public' ? '90000' : '40003');
  const domain = kind === 'company' ? companyDomain(name) : null;
  const address = streetAddress(rng, city);
  const postcode = rng.pick(city.postcodes);
  const id = w.customer({
    code: formatNumber('K', index + 1),
    name,
    regNo,
    vatNo: regNo && kind === 'company' ? `LV${regNo}` : null,
    billingAddress: address,
    city: city.name,
    postcode,
    phone: kind === 'person' ? mobilePhone(rng) : landline(rng, city),
    email: domain ? `info@${domain}` : kind === 'person' ? `${emailLocal(name)}@inbox.lv` : null,
    language: rng.chance(0.03) ? 'en' : 'lv',
    priceGroup: null,
    notes: null,
  });
  if (domain) {
    const contact = personName(rng);
    const email = `${emailLocal(contact)}@${domain}`;
    w.contact({ customerId: id, name: contact, role: rng.pick(CONTACT_ROLES), phone: mobilePhone(rng), email });
  }
  const point = nearCity(rng, city);
  const siteId = w.site({
    customerId: id,
    code: '01',
    name: rng.pick(SECTOR_SITE_NAMES[sector]),
    address: kind === 'person' ? address : streetAddress(rng, city),
    city: city.name,
    postcode,
    latitude: point.lat,
    longitude: point.lon,
    notes: null,
  });
  const info: CustomerInfo = { id, name, city, siteId, teams: ctx.teamsFor(city), objects: [], agreement: null };
  const objectCount = rng.chance(0.38) ? 2 : 1;
  for (let k = 0; k < objectCount; k++) {
    const groupCode = rng.pick(SECTOR_GROUPS[sector]);
    const groupIndex = GROUPS.findIndex((g) => g.code === groupCode);
    const group = GROUPS[groupIndex] as GroupSpec;
    const spec = rng.pick(group.models);
    const installedOn = addDays(today, -rng.int(30, 15 * 365));
    const code = formatNumber('IEK-', ++ctx.objectNo.n, 6);
    const serialNo = serialNumber(rng, spec.serialPattern);
    const base = {
      groupId: ctx.groupIds[groupIndex] as number,
      customerId: id,
      siteId,
      manufacturer: spec.manufacturer,
      installedOn,
      warrantyEnd: addYears(installedOn, group.warrantyYears),
    };
    const objectId = w.object({ ...base, code, description: group.unit, parentId: null, model: spec.model, serialNo });
    for (const [c, component] of group.components.entries()) {
      const serial = serialNumber(rng, component.serialPattern);
      w.object({ ...base, code: `${code}-${c + 1}`, description: component.description, parentId: objectId, model: component.model, serialNo: serial });
    }
    info.objects.push({ id: objectId, group, label: `${spec.manufacturer} ${spec.model}`, serialNo });
  }
  return info;
}

const AGREEMENT_STATUSES: readonly (readonly [AgreementStatus, number])[] = [
  ['active', 91], ['expired', 4], ['draft', 2], ['suspended', 2], ['cancelled', 1],
];

function insertAgreement(
  w: SeedWriter,
  rng: Random,
  index: number,
  customer: CustomerInfo,
  today: string,
  responsible: number,
): { id: number; status: AgreementStatus; from: string; to: string | null } {
  const status = rng.weighted(AGREEMENT_STATUSES);
  const thisMonth = `${today.slice(0, 7)}-01`;
  const monthsAgo = status === 'draft' ? -1 : status === 'expired' ? rng.int(25, 36) : rng.int(0, 23);
  const validFrom = addMonths(thisMonth, -monthsAgo);
  const years = status === 'expired' ? 2 : rng.pick([1, 2, 3]);
  let validTo: string | null = rng.chance(0.25) && status !== 'expired' ? null : addDays(addYears(validFrom, years), -1);
  if (status === 'active' && validTo !== null && validTo <= today) validTo = addDays(addYears(validFrom, 3), -1);
  const group = customer.objects[0]?.group ?? (GROUPS[0] as GroupSpec);
  const team = rng.pick(customer.teams);
  const id = w.agreement({
    number: formatNumber('L', index + 1),
    description: `${AGREEMENT_TITLES[group.code]} ${validFrom.slice(0, 4)}`,
    customerId: customer.id,
    siteId: customer.siteId,
    status,
    validFrom,
    validTo,
    responsibleWorkerId: responsible,
    preferredWorkerId: rng.pick(team.technicianIds),
  });
  return { id, status, from: validFrom, to: validTo };
}

/** Weekdays within half a year either side of the anchor: orders only fall on working days. */
function workdaysAround(anchor: string): string[] {
  const days: string[] = [];
  for (let d = -HALF_YEAR_DAYS; d <= HALF_YEAR_DAYS; d++) {
    const date = addDays(anchor, d);
    if (!isWeekend(date)) days.push(date);
  }
  return days;
}

function orderFor(rng: Random, number: string, date: string, today: string, customer: CustomerInfo, responsible: number): OrderSeed {
  const object = customer.objects.length > 0 && rng.chance(0.85) ? rng.pick(customer.objects) : null;
  const group = object?.group ?? rng.pick(GROUPS);
  const agreement = customer.agreement;
  const covered = agreement !== null && date >= agreement.from && (agreement.to === null || date <= agreement.to);
  const origin: OrderSeed['origin'] = covered && rng.chance(0.7) ? 'generated' : rng.chance(0.6) ? 'request' : 'manual';
  const past = date < today;
  const roll = rng.next();
  let progress: OrderSeed['progress'] = 'in_process';
  if (past && roll < 0.7) progress = 'posted';
  else if (past ? roll < 0.75 : roll < 0.01) progress = 'cancelled';
  const routine = `${rng.pick(group.routine)}${object ? ` — ${object.label}` : ''}`;
  return {
    number,
    description: origin === 'request' ? rng.pick(group.faults) : routine,
    customerId: customer.id,
    siteId: customer.siteId,
    agreementId: origin === 'generated' ? (agreement?.id ?? null) : null,
    serviceObjectId: object?.id ?? null,
    priority: origin === 'request' ? (rng.chance(0.4) ? 'high' : 'normal') : rng.chance(0.2) ? 'low' : 'normal',
    origin,
    progress,
    preferredDate: date,
    responsibleWorkerId: responsible,
    workerId: null,
    plannedStart: null,
    plannedEnd: null,
    plannedHoursX100: rng.pick(group.hours),
    search: { customerName: customer.name, siteCity: customer.city.name, objectSerial: object?.serialNo ?? null },
  };
}

/** Past work was all planned; the next four weeks mostly are; further ahead only a little. */
function wantsSchedule(rng: Random, order: OrderSeed, date: string, today: string, horizon: string): boolean {
  if (order.progress === 'cancelled') return false;
  if (date < today) return true;
  return rng.chance(date <= horizon ? 0.7 : 0.1);
}

interface Sizes {
  technicians: number;
  customers: number;
  agreements: number;
  orders: number;
}

function populate(w: SeedWriter, rng: Random, sizes: Sizes, now: Date, progress: (n: number) => void): void {
  // "Today" for the data is the Monday of the current week, so runs within one week agree.
  const today = mondayOf(now);
  const horizon = addDays(today, 28);
  const groupIds = GROUPS.map((g) => w.group(g.code, g.description));
  const staff = insertStaff(w, rng, sizes.technicians);
  progress(sizes.technicians);

  const customers: CustomerInfo[] = [];
  const ctx: CustomerContext = { w, rng, teamsFor: staff.teamsFor, groupIds, today, objectNo: { n: 0 } };
  for (let i = 0; i < sizes.customers; i++) {
    customers.push(insertCustomer(ctx, i));
    if ((i + 1) % 5000 === 0) progress(5000);
  }
  progress(sizes.customers % 5000);

  rng.shuffle(customers).slice(0, sizes.agreements).forEach((c, i) => {
    const agreement = insertAgreement(w, rng, i, c, today, rng.pick(staff.office));
    // Only a running agreement generates orders.
    c.agreement = agreement.status === 'active' ? agreement : null;
  });
  progress(sizes.agreements);

  // Draw every order's day first and sort, so order numbers rise with dates as they would in use.
  const days = workdaysAround(today);
  const dayIndex = new Uint16Array(sizes.orders);
  for (let i = 0; i < sizes.orders; i++) dayIndex[i] = rng.int(0, days.length - 1);
  dayIndex.sort();
  const planner = new DayPlanner(rng, new ZonedClock());
  const contracted = customers.filter((c) => c.agreement !== null);
  for (let i = 0; i < sizes.orders; i++) {
    const date = days[dayIndex[i] as number] as string;
    const customer = contracted.length > 0 && rng.chance(0.5) ? rng.pick(contracted) : rng.pick(customers);
    const order = orderFor(rng, formatNumber('SP', i + 1), date, today, customer, rng.pick(staff.office));
    if (wantsSchedule(rng, order, date, today, horizon)) {
      for (let attempt = 0; attempt < 10 && order.workerId === null; attempt++) {
        const workerId = rng.pick(rng.pick(customer.teams).technicianIds);
        const slot = planner.place(workerId, date, order.plannedHoursX100);
        if (slot) Object.assign(order, { workerId, plannedStart: slot.start, plannedEnd: slot.end });
      }
      // Work nobody could fit in was never done: it stays open as backlog rather than posted.
      if (order.workerId === null && order.progress === 'posted') order.progress = 'in_process';
    }
    w.order(order);
    if ((i + 1) % 5000 === 0) progress(5000);
  }
  progress(sizes.orders % 5000);

  w.advanceSequence('customer', sizes.customers);
  w.advanceSequence('agreement', sizes.agreements);
  w.advanceSequence('order', sizes.orders);
}

/** Generates everything in one transaction of its own and returns the rows added per table. */
export function generateLarge(db: Database, opts: LargeOptions): Record<string, number> {
  const technicians = opts.technicians ?? LARGE_DEFAULTS.technicians;
  const customers = opts.customers ?? LARGE_DEFAULTS.customers;
  const orders = opts.orders ?? LARGE_DEFAULTS.orders;
  if (!(technicians >= 1 && customers >= 1 && orders >= 0)) throw new Error('Sizes must be at least 1 technician, 1 customer, 0 orders');
  const sizes: Sizes = { technicians, customers, agreements: Math.round(customers * 0.55), orders };
  const total = technicians + customers + sizes.agreements + orders;
  let done = 0;
  const progress = (n: number) => {
    done += n;
    opts.onProgress?.(done, total);
  };
  const before = countRows(db);
  // The default 2 MB page cache spills index pages mid-transaction over and over; a large one for
  // the duration cuts the CPU time by about a third. Restored afterwards for the caller.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -131072');
  try {
    db.transaction(() => populate(seedWriter(db, opts), new Random(opts.seed), sizes, opts.now, progress))();
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
  const after = countRows(db);
  return Object.fromEntries(Object.entries(after).map(([table, n]) => [table, n - (before[table] ?? 0)]));
}
