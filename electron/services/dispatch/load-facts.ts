import type { Database } from 'better-sqlite3';
import { getParameters } from '../../../db/queries/parameters';
import { workerAbsences, workerHours, workerSkills } from '../../../db/queries/dispatch';
import type { BoardTechnician } from '../../contract/dispatch';
import type { ScheduledVisit, TechnicianFacts } from '../../domain/dispatch/types';
import { formatInstant, instantToZoned, parseInstant } from '../../domain/sla/working-time';
import { WEEKDAY_NUMBERS } from '../../contract/setup/people';
import { fieldError } from '../errors';

/**
 * Technician data the board draws and the conflict rules check, loaded for many technicians at once.
 * Hours, absences and certificate dates are local to the company's time zone (the parameters).
 */

export type WorkerCalendar = Pick<BoardTechnician, 'hours' | 'absences' | 'skills'>;

/** A technician with no working days, absences or skills on record. */
export const NO_CALENDAR: WorkerCalendar = Object.freeze({ hours: [], absences: [], skills: [] });

export const companyTimeZone = (db: Database): string => getParameters(db).timeZone;

/** Local dates of [from, to) in the zone: the date of `from` and of the instant just before `to`. */
export function localDates(from: string, to: string, timeZone: string): { fromDate: string; toDate: string } {
  return { fromDate: instantToZoned(from, timeZone).date, toDate: instantToZoned(formatInstant(parseInstant(to) - 1), timeZone).date };
}

/** A board range: canonical UTC instants, `to` after `from` and at most `maxDays` later. */
export function checkedRange(range: { from: string; to: string }, maxDays: number): { from: string; to: string } {
  const fromMs = Date.parse(range.from);
  const toMs = Date.parse(range.to);
  if (toMs <= fromMs) throw fieldError('to', 'time_order', { other: 'from' });
  if (toMs - fromMs > maxDays * 86_400_000) throw fieldError('to', 'dispatch_range_too_long', { max: maxDays });
  return { from: formatInstant(fromMs), to: formatInstant(toMs) };
}

/** Weekly hours, absences touching the local dates, and skills of each technician (empty lists for none). */
export function loadWorkerCalendars(db: Database, workerIds: readonly number[], fromDate: string, toDate: string): Map<number, WorkerCalendar> {
  const byWorker = new Map<number, WorkerCalendar>(workerIds.map((id) => [id, { hours: [], absences: [], skills: [] }]));
  if (workerIds.length === 0) return byWorker;
  for (const h of workerHours(db, workerIds)) byWorker.get(h.workerId)?.hours.push({ weekday: WEEKDAY_NUMBERS[h.weekday], open: h.open, close: h.close });
  for (const a of workerAbsences(db, workerIds, fromDate, toDate)) byWorker.get(a.workerId)?.absences.push({ from: a.from, to: a.to, kind: a.kind });
  for (const s of workerSkills(db, workerIds)) byWorker.get(s.workerId)?.skills.push({ skillId: s.skillId, level: s.level, validTo: s.validTo });
  for (const calendar of byWorker.values()) calendar.hours.sort((a, b) => a.weekday - b.weekday);
  return byWorker;
}

/** The conflict rules' view of a technician: their calendar as maps, and their other visits. */
export function technicianFacts(workerId: number, calendar: WorkerCalendar, timeZone: string, visits: readonly ScheduledVisit[]): TechnicianFacts {
  return {
    workerId,
    timeZone,
    hours: new Map(calendar.hours.map((h) => [h.weekday, { open: h.open, close: h.close }])),
    absences: calendar.absences,
    skills: new Map(calendar.skills.map((s) => [s.skillId, { level: s.level, validTo: s.validTo }])),
    visits,
  };
}
