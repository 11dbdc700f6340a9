import type { Database } from 'better-sqlite3';
import { activeTechnicians, dispatchTeams, scheduledVisit, scheduledVisits, type VisitRaw } from '../../../db/queries/dispatch';
import { MAX_BOARD_DAYS, type BoardTechnician, type BoardVisit } from '../../contract/dispatch';
import type { ApiOutput, ApiParsedInput } from '../../contract';
import { formatInstant, parseInstant } from '../../domain/sla/working-time';
import { loadCardExtras, toCard } from './cards';
import { NO_CALENDAR, checkedRange, companyTimeZone, loadWorkerCalendars, localDates } from './load-facts';
import { MAX_VISIT_MS } from './limits';

/** The board's rows and bars for a date range. */

export function boardTechnicians(db: Database, input: ApiParsedInput<'dispatch.technicians'>): ApiOutput<'dispatch.technicians'> {
  const range = checkedRange(input, MAX_BOARD_DAYS);
  const timeZone = companyTimeZone(db);
  const { fromDate, toDate } = localDates(range.from, range.to, timeZone);
  const rows = activeTechnicians(db, input);
  const calendars = loadWorkerCalendars(db, rows.map((r) => r.id), fromDate, toDate);
  const technicians: BoardTechnician[] = rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    team: r.teamId === null ? null : { id: r.teamId, code: r.teamCode ?? '', name: r.teamName ?? '' },
    ...(calendars.get(r.id) ?? NO_CALENDAR),
  }));
  return { timeZone, teams: dispatchTeams(db), technicians };
}

export function boardVisits(db: Database, input: ApiParsedInput<'dispatch.visits'>): BoardVisit[] {
  const range = checkedRange(input, MAX_BOARD_DAYS);
  const rows = scheduledVisits(db, {
    ...input,
    ...range,
    earliestStart: formatInstant(parseInstant(range.from) - MAX_VISIT_MS),
  });
  return withCards(db, rows);
}

/** One order's visit on any date: the board's search goes to it. */
export function boardVisit(db: Database, orderId: number): BoardVisit | null {
  const row = scheduledVisit(db, orderId);
  return row ? (withCards(db, [row])[0] ?? null) : null;
}

function withCards(db: Database, rows: readonly VisitRaw[]): BoardVisit[] {
  const extras = loadCardExtras(db, rows.map((r) => r.orderId));
  return rows.map((r) => ({ ...toCard(r, extras(r.orderId)), workerId: r.workerId, start: r.start, end: r.end }));
}
