/**
 * The board benchmark's data, drawn from a fixed seed so the bare FullCalendar page and our board
 * get exactly the same week: technicians in teams of about twenty, each with the same number of
 * visits spread over Monday to Friday inside 08:00–17:00 (company time), never overlapping.
 */
import { GROUPS } from '../../db/seed/equipment';
import { CITIES, companyName, personName, streetAddress, type City } from '../../db/seed/names';
import { Random } from '../../db/seed/random';
import { ZonedClock, addDays } from '../../db/seed/time';

export const TECHNICIANS_PER_TEAM = 20;
export const WORKDAY_OPEN_MINUTE = 8 * 60;
export const WORKDAY_CLOSE_MINUTE = 17 * 60;
const WORKDAYS = 5;
const VISITS_PER_CUSTOMER = 10;

export interface BenchSize {
  technicians: number;
  visits: number;
}

export interface BenchTeam {
  code: string;
  name: string;
}

export interface BenchTechnician {
  code: string;
  name: string;
  teamIndex: number;
}

export interface BenchCustomer {
  code: string;
  name: string;
  city: string;
  address: string;
}

export interface BenchVisit {
  number: string;
  description: string;
  priority: 'high' | 'normal' | 'low';
  technicianIndex: number;
  customerIndex: number;
  /** Day of the week, 0 = Monday, and minutes after local midnight: what the drop planner needs. */
  weekday: number;
  startMinute: number;
  endMinute: number;
  /** The same times as UTC instants, as the database stores them. */
  start: string;
  end: string;
}

export interface BenchDataset {
  monday: string;
  teams: BenchTeam[];
  technicians: BenchTechnician[];
  customers: BenchCustomer[];
  visits: BenchVisit[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Rīga holds about half of the work, as it does for real service companies. */
function pickCity(rng: Random): City {
  return rng.chance(0.45) ? (CITIES[0] as City) : rng.pick(CITIES.slice(1));
}

/**
 * Each workday is cut into as many equal segments as the technician has visits that day; a visit
 * starts up to an hour into its segment and lasts one to two and a half hours, so it always ends
 * inside the segment and visits of one technician never overlap.
 */
function technicianVisits(rng: Random, perTechnician: number): { weekday: number; startMinute: number; endMinute: number }[] {
  const perDay = Math.ceil(perTechnician / WORKDAYS);
  const segment = Math.floor((WORKDAY_CLOSE_MINUTE - WORKDAY_OPEN_MINUTE) / perDay);
  const out: { weekday: number; startMinute: number; endMinute: number }[] = [];
  for (let k = 0; k < perTechnician; k++) {
    const weekday = k % WORKDAYS;
    const segmentStart = WORKDAY_OPEN_MINUTE + Math.floor(k / WORKDAYS) * segment;
    const offset = Math.min(rng.pick([0, 30, 60]), Math.max(0, segment - 60));
    const length = Math.min(rng.pick([60, 90, 120, 150]), segment - offset);
    out.push({ weekday, startMinute: segmentStart + offset, endMinute: segmentStart + offset + length });
  }
  return out;
}

/** The dataset for one size, for the week starting on `monday` (a local date). */
export function generateDataset(size: BenchSize, monday: string, seed = 6): BenchDataset {
  if (size.visits % size.technicians !== 0) throw new Error('Visits must be a whole multiple of technicians');
  const rng = new Random(seed);
  const clock = new ZonedClock();
  const teamCount = Math.max(1, Math.round(size.technicians / TECHNICIANS_PER_TEAM));
  const teams: BenchTeam[] = Array.from({ length: teamCount }, (_, t) => ({
    code: `BR${pad(t + 1, 3)}`,
    name: `${(CITIES[t % CITIES.length] as City).name} ${Math.floor(t / CITIES.length) + 1}`,
  }));
  const technicians: BenchTechnician[] = Array.from({ length: size.technicians }, (_, i) => ({
    code: `T${pad(i + 1, 4)}`,
    name: personName(rng, rng.chance(0.12)),
    teamIndex: Math.floor(i / TECHNICIANS_PER_TEAM) % teamCount,
  }));
  const customers: BenchCustomer[] = Array.from({ length: Math.max(1, size.visits / VISITS_PER_CUSTOMER) }, (_, i) => {
    const city = pickCity(rng);
    return { code: `K${pad(i + 1, 6)}`, name: companyName(rng).name, city: city.name, address: streetAddress(rng, city) };
  });
  const visits: BenchVisit[] = [];
  const perTechnician = size.visits / size.technicians;
  technicians.forEach((_, technicianIndex) => {
    for (const slot of technicianVisits(rng, perTechnician)) {
      const date = addDays(monday, slot.weekday);
      visits.push({
        number: `SP${pad(visits.length + 1, 6)}`,
        description: rng.pick(rng.pick(GROUPS).routine),
        priority: rng.weighted([['high', 2], ['normal', 6], ['low', 2]] as const),
        technicianIndex,
        customerIndex: rng.int(0, customers.length - 1),
        ...slot,
        start: clock.toUtcIso(date, slot.startMinute),
        end: clock.toUtcIso(date, slot.endMinute),
      });
    }
  });
  return { monday, teams, technicians, customers, visits };
}
