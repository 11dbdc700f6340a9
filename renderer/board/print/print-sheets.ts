/** What the printed sheets are made of, grouped from the board's technicians and visits. */
import type { BoardTechnician, BoardVisit } from '../../../electron/contract/dispatch';
import { localDateOf } from './print-period';

type Team = NonNullable<BoardTechnician['team']>;

export interface TechnicianSheet {
  technician: BoardTechnician;
  /** By start, then order number. */
  visits: BoardVisit[];
  /** The visits' scheduled time, summed over real elapsed minutes (a DST night counts as it is). */
  minutes: number;
}

export interface TeamRow {
  technician: BoardTechnician;
  /** Local date -> the visits on that day, by start; a visit over midnight is listed on each day. */
  days: ReadonlyMap<string, BoardVisit[]>;
}

export interface TeamSheet {
  /** null: technicians without a dispatch team. */
  team: Team | null;
  rows: TeamRow[];
}

const MINUTE = 60_000;

function byStart(a: BoardVisit, b: BoardVisit): number {
  return Date.parse(a.start) - Date.parse(b.start) || a.number.localeCompare(b.number);
}

function visitsByWorker(visits: readonly BoardVisit[]): Map<number, BoardVisit[]> {
  const map = new Map<number, BoardVisit[]>();
  for (const visit of [...visits].sort(byStart)) {
    const list = map.get(visit.workerId);
    if (list) list.push(visit);
    else map.set(visit.workerId, [visit]);
  }
  return map;
}

export function scheduledMinutes(visits: readonly BoardVisit[]): number {
  return visits.reduce((sum, v) => sum + Math.max(0, Date.parse(v.end) - Date.parse(v.start)) / MINUTE, 0);
}

/** One sheet per technician, in the board's order, each with its visits (maybe none). */
export function technicianSheets(technicians: readonly BoardTechnician[], visits: readonly BoardVisit[]): TechnicianSheet[] {
  const byWorker = visitsByWorker(visits);
  return technicians.map((technician) => {
    const own = byWorker.get(technician.id) ?? [];
    return { technician, visits: own, minutes: scheduledMinutes(own) };
  });
}

/** The period's dates on which a visit is under way (its end is exclusive). */
export function visitDates(visit: BoardVisit, dates: readonly string[], timeZone: string): string[] {
  const first = localDateOf(visit.start, timeZone);
  const lastInstant = new Date(Math.max(Date.parse(visit.start), Date.parse(visit.end) - 1)).toISOString();
  const last = localDateOf(lastInstant, timeZone);
  return dates.filter((d) => d >= first && d <= last);
}

function teamRow(technician: BoardTechnician, visits: readonly BoardVisit[], dates: readonly string[], timeZone: string): TeamRow {
  const days = new Map<string, BoardVisit[]>(dates.map((d) => [d, []]));
  for (const visit of visits) {
    for (const d of visitDates(visit, dates, timeZone)) days.get(d)?.push(visit);
  }
  return { technician, days };
}

/**
 * One sheet per dispatch team that has technicians (in the board's team order), then one for
 * technicians without a team.
 */
export function teamSheets(
  teams: readonly Team[],
  technicians: readonly BoardTechnician[],
  visits: readonly BoardVisit[],
  dates: readonly string[],
  timeZone: string,
): TeamSheet[] {
  const byWorker = visitsByWorker(visits);
  const rowsOf = (members: readonly BoardTechnician[]) =>
    members.map((t) => teamRow(t, byWorker.get(t.id) ?? [], dates, timeZone));
  const ordered = new Map(teams.map((team) => [team.id, team]));
  for (const t of technicians) if (t.team && !ordered.has(t.team.id)) ordered.set(t.team.id, t.team);
  const sheets: TeamSheet[] = [...ordered.values()].map((team) => ({ team, rows: rowsOf(technicians.filter((t) => t.team?.id === team.id)) }));
  sheets.push({ team: null, rows: rowsOf(technicians.filter((t) => !t.team)) });
  return sheets.filter((sheet) => sheet.rows.length > 0);
}
