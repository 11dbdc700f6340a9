import type { EventInput } from '@fullcalendar/core';
import type { BoardVisit, DispatchSettings } from '../../electron/contract/dispatch';
import { MAX_BOARD_DAYS } from '../../electron/contract/dispatch';
import type { ORDER_PRIORITIES } from '../../electron/contract/order-entities';
import type { ApiError } from '../../electron/contract/result';
import { call } from '../api/client';
import { ConflictChecker } from './conflict-adapter';
import { absenceEvents, visitEvent, type AbsenceEventProps } from './events';
import { initialExpanded, visibleTechnicians, type Roster } from './resources';

/**
 * Where the board's data comes from: the rows (technicians with hours, absences and skills) and the
 * visits of the shown days and open teams. FullCalendar asks through `fetchEvents` (its events
 * function) whenever the days change or the board calls refetchEvents; everything else about the
 * fetch (filters, open teams, the live revision) is read from here, so the calendar's props never change.
 */

export type Priority = (typeof ORDER_PRIORITIES)[number];

export interface BoardFilters {
  teamId: number | null;
  skillId: number | null;
  city: string;
  priority: Priority | null;
  stageId: number | null;
}

export const NO_FILTERS: BoardFilters = { teamId: null, skillId: null, city: '', priority: null, stageId: null };

/** A refused read, kept whole so its translated message can be shown. */
export class BoardLoadError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

const DAY_MS = 86_400_000;

/** Reloaded visits of some technicians: the bars to show, and all of them when a filter hides some (else null). */
export interface RowVisits {
  shown: BoardVisit[];
  all: BoardVisit[] | null;
}

interface CachedRoster {
  key: string;
  from: number;
  to: number;
  roster: Roster;
}

/** The roster is asked for a day more on each side, so any time zone's local days are covered. */
function rosterRange(start: Date, end: Date): { from: string; to: string } {
  const from = start.getTime() - DAY_MS;
  const to = Math.min(end.getTime() + DAY_MS, from + MAX_BOARD_DAYS * DAY_MS);
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

async function value<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: ApiError }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new BoardLoadError(r.error);
  return r.value;
}

export class BoardData {
  filters: BoardFilters = NO_FILTERS;
  expanded: ReadonlySet<string> | null = null;
  settings: DispatchSettings | null = null;
  /** Bumped by the live revision: cached rows are then stale. */
  private generation = 0;
  private cached: CachedRoster | null = null;
  private visits = new Map<number, BoardVisit>();
  /**
   * With a priority, stage or town filter on, the shown bars are only some of the technicians' visits;
   * the conflict check needs all of them, or a drop next to a hidden visit would look free.
   */
  private unfiltered: Map<number, BoardVisit> | null = null;
  private checkerCache: ConflictChecker | null = null;
  private loadedRoster: Roster | null = null;
  private prefetched: { start: number; end: number; events: EventInput[] } | null = null;
  private absenceLabel: (kind: AbsenceEventProps['absenceKind']) => string = (kind) => kind;

  constructor(private readonly onRoster: (roster: Roster, expanded: ReadonlySet<string>) => void) {}

  private rosterKey(): string {
    return JSON.stringify([this.generation, this.filters.teamId, this.filters.skillId]);
  }

  setFilters(filters: BoardFilters): void {
    this.filters = filters;
  }

  /** Absences are titled in the user's language; the board refetches when it changes. */
  setAbsenceLabel(label: (kind: AbsenceEventProps['absenceKind']) => string): void {
    this.absenceLabel = label;
  }

  setExpanded(expanded: ReadonlySet<string>): void {
    this.expanded = expanded;
  }

  invalidate(): void {
    this.generation++;
  }

  /** The rows for these days: cached while the filters and the revision are the same and the days are covered. */
  async rosterFor(start: Date, end: Date): Promise<Roster> {
    const key = this.rosterKey();
    const c = this.cached;
    if (c && c.key === key && c.from <= start.getTime() && c.to >= end.getTime()) return c.roster;
    const range = rosterRange(start, end);
    const { teamId, skillId } = this.filters;
    const roster = await value(
      call('dispatch.technicians', {
        ...range,
        ...(teamId !== null ? { teamIds: [teamId] } : {}),
        ...(skillId !== null ? { skillId } : {}),
      }),
    );
    this.cached = { key, from: Date.parse(range.from), to: Date.parse(range.to), roster };
    this.loadedRoster = roster;
    this.checkerCache = null;
    if (this.expanded === null) this.expanded = initialExpanded(roster);
    else if (teamId !== null && !this.expanded.has(String(teamId))) this.expanded = new Set([...this.expanded, String(teamId)]);
    this.onRoster(roster, this.expanded);
    return roster;
  }

  async loadSettings(): Promise<DispatchSettings> {
    this.settings = await value(call('dispatch.settings', {}));
    this.checkerCache = null;
    return this.settings;
  }

  /** Visits and absences of the open teams' technicians for FullCalendar's range. */
  async fetchEvents(start: Date, end: Date): Promise<EventInput[]> {
    const settings = this.settings ?? (await this.loadSettings());
    const roster = await this.rosterFor(start, end);
    const shown = visibleTechnicians(roster, this.expanded ?? new Set());
    const query = { from: start.toISOString(), to: end.toISOString(), workerIds: shown.map((t) => t.id) };
    const filters = this.visitFilters();
    const filtered = Object.keys(filters).length > 0;
    const [visits, all] =
      shown.length === 0
        ? [[], null]
        : await Promise.all([value(call('dispatch.visits', { ...query, ...filters })), filtered ? value(call('dispatch.visits', query)) : null]);
    this.visits = new Map(visits.map((v) => [v.orderId, v]));
    this.unfiltered = all === null ? null : new Map(all.map((v) => [v.orderId, v]));
    this.checkerCache = null;
    const events: EventInput[] = visits.map((v) => visitEvent(v, settings.colours));
    for (const tech of shown) if (tech.absences.length > 0) events.push(...absenceEvents(tech, this.absenceLabel));
    return events;
  }

  /**
   * Loads the first view's events before the calendar exists, so its first render draws rows and bars
   * together instead of rows first and everything again when the events arrive.
   */
  async prefetch(start: Date, end: Date): Promise<void> {
    this.prefetched = { start: start.getTime(), end: end.getTime(), events: await this.fetchEvents(start, end) };
  }

  /** The prefetched events when the calendar asks for exactly that range (once). */
  takePrefetched(start: Date, end: Date): EventInput[] | null {
    const p = this.prefetched;
    this.prefetched = null;
    return p && p.start === start.getTime() && p.end === end.getTime() ? p.events : null;
  }

  /**
   * The visits of these technicians (those whose rows are shown) in the range: with the board's filters
   * (the bars), and all of them when a filter is on (for the conflict check).
   */
  async visitsOf(workerIds: readonly number[], start: Date, end: Date): Promise<RowVisits> {
    const shown = new Set(visibleTechnicians(this.loadedRoster ?? { timeZone: '', teams: [], technicians: [] }, this.expanded ?? new Set()).map((t) => t.id));
    const ids = workerIds.filter((id) => shown.has(id));
    if (ids.length === 0) return { shown: [], all: null };
    const query = { from: start.toISOString(), to: end.toISOString(), workerIds: ids };
    const filters = this.visitFilters();
    const [bars, all] = await Promise.all([
      value(call('dispatch.visits', { ...query, ...filters })),
      Object.keys(filters).length > 0 ? value(call('dispatch.visits', query)) : null,
    ]);
    return { shown: bars, all };
  }

  /** Takes in reloaded visits of some technicians (see visitsOf). */
  replaceVisitsOf(workerIds: ReadonlySet<number>, fresh: RowVisits): void {
    const replace = (map: Map<number, BoardVisit>, visits: readonly BoardVisit[]) => {
      for (const [id, v] of map) if (workerIds.has(v.workerId)) map.delete(id);
      for (const v of visits) map.set(v.orderId, v);
    };
    replace(this.visits, fresh.shown);
    if (this.unfiltered !== null) {
      if (fresh.all === null) this.unfiltered = null;
      else replace(this.unfiltered, fresh.all);
    }
    this.checkerCache = null;
  }

  private visitFilters() {
    const { priority, stageId, city } = this.filters;
    return {
      ...(priority !== null ? { priority } : {}),
      ...(stageId !== null ? { stageId } : {}),
      ...(city.trim() !== '' ? { city: city.trim() } : {}),
    };
  }

  visit(orderId: number): BoardVisit | undefined {
    return this.visits.get(orderId);
  }

  /** A loaded visit, shown or hidden by a filter: what a conflict message names. */
  anyVisit(orderId: number): BoardVisit | undefined {
    return this.visits.get(orderId) ?? this.unfiltered?.get(orderId);
  }

  loadedVisits(): IterableIterator<BoardVisit> {
    return this.visits.values();
  }

  /** The conflict checker over what is loaded now, with the configured policy. */
  checker(): ConflictChecker | null {
    if (this.checkerCache) return this.checkerCache;
    const roster = this.loadedRoster;
    if (!roster || !this.settings) return null;
    this.checkerCache = new ConflictChecker(roster.technicians, [...(this.unfiltered ?? this.visits).values()], roster.timeZone, this.settings.rules);
    return this.checkerCache;
  }
}
