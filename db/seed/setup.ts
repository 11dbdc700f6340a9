import type { Database } from 'better-sqlite3';
import { loadDemoCompany } from './demo';
import { seedAgreementLines } from './setup-agreements';
import { seedCalendars } from './setup-calendars';
import { seedObjects } from './setup-objects';
import { seedPeople } from './setup-people';
import { seedPricing } from './setup-pricing';
import { seedStages } from './setup-stages';

/**
 * The demo company's setup data, in dependency order: calendars and SLAs, prices and tax, skills
 * and tasks, stages and repair codes, then the workers' hours, skills and absences (which need the
 * skills), and last the agreements' lines and relations (which need all of it). Returns the rows
 * added per table.
 */
export function seedSetup(db: Database, now: Date, actor: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const seed of [seedCalendars, seedPricing, seedObjects, seedStages, seedPeople, seedAgreementLines]) {
    for (const [table, n] of Object.entries(seed(db, now, actor))) counts[table] = (counts[table] ?? 0) + n;
  }
  return counts;
}

/** The whole demo: the company (customers, staff, equipment, agreements, orders) and its setup. */
export function loadDemo(db: Database, opts: { now: Date; actor: string }): Record<string, number> {
  return { ...loadDemoCompany(db, opts), ...seedSetup(db, opts.now, opts.actor) };
}
