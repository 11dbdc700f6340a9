import type { BoardTechnician } from '../../electron/contract/dispatch';

/**
 * The board's rows, built here rather than by FullCalendar's own grouping: a header row per dispatch
 * team (with the collapse toggle) followed by the technicians of expanded teams only, so a board of a
 * thousand technicians hands FullCalendar just the rows a person has opened.
 */

export interface TeamRef {
  id: number;
  code: string;
  name: string;
}

export interface Roster {
  timeZone: string;
  teams: readonly TeamRef[];
  technicians: readonly BoardTechnician[];
}

/** Technicians without a team are grouped under this key. */
export const NO_TEAM = 'none';

/** Above this many technicians only the first team opens at start. */
export const EXPAND_ALL_LIMIT = 60;

export interface TeamRow {
  kind: 'team';
  key: string;
  team: TeamRef | null;
  count: number;
  expanded: boolean;
}

export interface TechnicianRow {
  kind: 'technician';
  key: string;
  technician: BoardTechnician;
}

export type RowProps = TeamRow | TechnicianRow;

interface BusinessHoursSpan {
  daysOfWeek: number[];
  startTime: string;
  endTime: string;
}

export interface RowResource {
  id: string;
  title: string;
  order: number;
  businessHours?: BusinessHoursSpan[];
  extendedProps: RowProps;
}

export const teamKeyOf = (tech: BoardTechnician): string => (tech.team === null ? NO_TEAM : String(tech.team.id));

export const technicianResourceId = (workerId: number): string => String(workerId);
export const teamResourceId = (key: string): string => `team:${key}`;

/** Teams in the roster's order, then "no team" when some technicians have none. */
export function groupTechnicians(roster: Roster): { key: string; team: TeamRef | null; technicians: BoardTechnician[] }[] {
  const byKey = new Map<string, BoardTechnician[]>();
  for (const tech of roster.technicians) {
    const key = teamKeyOf(tech);
    const list = byKey.get(key);
    if (list) list.push(tech);
    else byKey.set(key, [tech]);
  }
  const groups: { key: string; team: TeamRef | null; technicians: BoardTechnician[] }[] = roster.teams.map((team) => ({
    key: String(team.id),
    team,
    technicians: byKey.get(String(team.id)) ?? [],
  }));
  const loose = byKey.get(NO_TEAM);
  if (loose) groups.push({ key: NO_TEAM, team: null, technicians: loose });
  return groups;
}

/** All teams open on a small board; on a large one only the first team that has technicians. */
export function initialExpanded(roster: Roster): Set<string> {
  const groups = groupTechnicians(roster);
  if (roster.technicians.length <= EXPAND_ALL_LIMIT) return new Set(groups.map((g) => g.key));
  const first = groups.find((g) => g.technicians.length > 0);
  return new Set(first ? [first.key] : []);
}

/** FullCalendar numbers weekdays from Sunday = 0; the contract uses ISO 1 (Monday) … 7 (Sunday). */
export function businessHoursOf(hours: BoardTechnician['hours']): BusinessHoursSpan[] {
  return hours.map((h) => ({ daysOfWeek: [h.weekday % 7], startTime: h.open, endTime: h.close }));
}

export function buildResources(roster: Roster, expanded: ReadonlySet<string>): RowResource[] {
  const rows: RowResource[] = [];
  for (const group of groupTechnicians(roster)) {
    const open = expanded.has(group.key);
    rows.push({
      id: teamResourceId(group.key),
      title: group.team ? group.team.name : '',
      order: rows.length,
      extendedProps: { kind: 'team', key: group.key, team: group.team, count: group.technicians.length, expanded: open },
    });
    if (!open) continue;
    for (const technician of group.technicians) {
      rows.push({
        id: technicianResourceId(technician.id),
        title: technician.name,
        order: rows.length,
        // An empty list shades the whole row: a technician without hours never works.
        businessHours: technician.hours.length > 0 ? businessHoursOf(technician.hours) : [{ daysOfWeek: [], startTime: '00:00', endTime: '00:00' }],
        extendedProps: { kind: 'technician', key: group.key, technician },
      });
    }
  }
  return rows;
}

/** The technicians whose rows are shown: the ones whose visits the board loads. */
export function visibleTechnicians(roster: Roster, expanded: ReadonlySet<string>): BoardTechnician[] {
  return roster.technicians.filter((t) => expanded.has(teamKeyOf(t)));
}

/**
 * What the rows depend on, ignoring absences and skills (they change with the date range but draw no
 * row), so navigating keeps the same resources and FullCalendar does not rebuild the grid.
 */
export function rowsSignature(roster: Roster): string {
  return JSON.stringify([roster.teams, roster.technicians.map((t) => [t.id, t.code, t.name, t.team?.id ?? null, t.hours])]);
}
