import type { DateSpanApi, EventApi } from '@fullcalendar/core';
import type { ResourceApi } from '@fullcalendar/resource';
import type { BoardVisit, QueueOrder } from '../../electron/contract/dispatch';
import type { BoardData } from './board-data';
import type { BoardFormat } from './board-format';
import { shiftInstant, wallDelta, type WallDelta } from './board-time';
import type { CheckOutcome, Move } from './conflict-adapter';
import { describeWithOrder, type ConflictContext } from './conflict-text';
import type { IndicatorMessage, IndicatorStore } from './drag-indicator';
import { changesSomething, type DropTracker } from './drop-tracker';
import type { AbsenceEventProps, VisitEventProps } from './events';
import type { QueueDragProps } from './QueuePanel';
import { technicianResourceId, type RowProps } from './resources';
import type { TimelineHandlers } from './Timeline';
import type { Placement } from './undo-stack';
import type { Selection } from './useSelection';

/**
 * What the board does when FullCalendar reports a drag, a drop, a resize or a click. Built anew on
 * every render of the page (it closes over the latest state) and handed to the calendar through a ref.
 */

/** One order's change as the board plans it: where it was and where it goes. */
export interface PlannedMove {
  order: Move['order'] & { version: number };
  before: Placement;
  after: { workerId: number; start: string; end: string };
}

export interface HandlerDeps {
  data: BoardData;
  zone: string;
  indicator: IndicatorStore;
  ctx: ConflictContext;
  format: BoardFormat;
  technicianName(workerId: number): string;
  selection: Selection;
  queuePanel: () => HTMLElement | null;
  calendarEvent: (eventId: string) => EventApi | null;
  boardRoot: () => HTMLElement | null;
  /** Saves the moves; on refusal calls `revert` (which may be handed over after the call). */
  submit(moves: PlannedMove[], revert: () => void): void;
  drops: DropTracker;
  unschedule(visits: BoardVisit[]): void;
  openDialog(visit: BoardVisit): void;
  onDates: TimelineHandlers['datesSet'];
  onEventsFetched(): void;
  onFetchFailed(error: Error): void;
}

type EventProps = Partial<VisitEventProps | AbsenceEventProps | QueueDragProps>;

const propsOf = (event: EventApi | null): EventProps => (event?.extendedProps ?? {}) as EventProps;

function technicianOf(resource: ResourceApi | undefined | null): number | null {
  const row = resource?.extendedProps as RowProps | undefined;
  return row?.kind === 'technician' ? row.technician.id : null;
}

const placementOf = (v: BoardVisit): Placement => ({ workerId: v.workerId, start: v.start, end: v.end });
const queuePlacement = (o: QueueOrder): Placement => ({ workerId: o.workerId, start: null, end: null });

function pointInside(el: HTMLElement | null, x: number, y: number): boolean {
  if (!el) return false;
  const r = el.getBoundingClientRect();
  return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
}

export function createHandlers(deps: HandlerDeps): TimelineHandlers {
  const { data, zone, indicator, ctx, selection } = deps;
  const t = ctx.t;

  /** The dragged visit and, when it is part of a multi-selection, the other selected visits moved by the same wall-clock delta. */
  function groupMoves(visit: BoardVisit, workerId: number, start: string, end: string, delta: WallDelta): PlannedMove[] {
    const moves: PlannedMove[] = [{ order: visit, before: placementOf(visit), after: { workerId, start, end } }];
    if (!selection.has(visit.orderId) || selection.size() < 2) return moves;
    for (const id of selection.current()) {
      const other = id === visit.orderId ? undefined : data.visit(id);
      if (!other) continue;
      moves.push({
        order: other,
        before: placementOf(other),
        after: { workerId: other.workerId, start: shiftInstant(other.start, delta, zone), end: shiftInstant(other.end, delta, zone) },
      });
    }
    return moves;
  }

  function message(outcome: CheckOutcome, moves: readonly PlannedMove[]): IndicatorMessage {
    const many = moves.length > 1;
    const lines = outcome.conflicts.map((c) => describeWithOrder(ctx, c, many).text);
    if (outcome.blocked) return { severity: 'block', title: t('board.indicator.blocked'), lines };
    if (lines.length > 0) return { severity: 'warn', title: t('board.indicator.warned'), lines };
    const [first] = moves;
    const where = first ? `${deps.technicianName(first.after.workerId)}, ${deps.format.span(first.after.start, first.after.end)}` : '';
    return { severity: 'ok', title: t('board.indicator.free'), lines: many ? [where, t('board.indicator.together', { count: moves.length })] : [where] };
  }

  function check(moves: PlannedMove[]): boolean {
    const checker = data.checker();
    if (!checker) return true;
    const outcome = checker.check(moves.map((m) => ({ order: m.order, ...m.after })));
    indicator.set(message(outcome, moves));
    return !outcome.blocked;
  }

  /**
   * The technician row under a release point, or null outside the timeline lanes (row labels, team
   * headers, the empty space below the last row, outside the board). The release saves only onto the
   * row eventAllow last accepted: FullCalendar asks eventAllow nothing over empty space, so its last
   * answer alone may belong to a place the pointer has already left.
   */
  function rowUnder(x: number, y: number): string | null {
    const body = deps.boardRoot()?.querySelector('.fc-timeline-body') ?? null;
    if (!body) return null;
    for (const el of document.elementsFromPoint(x, y)) {
      if (!body.contains(el)) continue;
      const row = el.closest<HTMLElement>('[data-resource-id]');
      if (row) return row.dataset.resourceId ?? null;
    }
    return null;
  }

  function planned(dragged: EventApi | null, workerId: number, start: Date, end: Date): PlannedMove[] | null {
    const p = propsOf(dragged);
    if (p.kind === 'queue' && p.order) {
      return [{ order: p.order, before: queuePlacement(p.order), after: { workerId, start: start.toISOString(), end: end.toISOString() } }];
    }
    if (p.kind === 'visit' && p.visit && dragged?.start) {
      const visit = data.visit(p.visit.orderId) ?? p.visit;
      const resized = dragged.end !== null && end.getTime() - start.getTime() !== dragged.end.getTime() - dragged.start.getTime();
      if (resized) return [{ order: visit, before: placementOf(visit), after: { workerId, start: start.toISOString(), end: end.toISOString() } }];
      return groupMoves(visit, workerId, start.toISOString(), end.toISOString(), wallDelta(dragged.start, start, zone));
    }
    return null;
  }

  /**
   * The dragged bar was released (reported by the mouse, or by FullCalendar for touch): onto the
   * queue it is unscheduled, onto a place eventAllow accepted it is saved. Once per drag.
   */
  function release(eventId: string, x: number, y: number): void {
    if (!deps.drops.release(eventId)) return;
    const event = deps.calendarEvent(eventId);
    const p = propsOf(event);
    if (p.kind !== 'visit' || !p.visit) return;
    if (pointInside(deps.queuePanel(), x, y)) {
      const visit = data.visit(p.visit.orderId) ?? p.visit;
      const group = selection.has(visit.orderId) ? selection.current().map((id) => data.visit(id)).filter((v): v is BoardVisit => v !== undefined) : [visit];
      indicator.set(null);
      deps.unschedule(group.length > 0 ? group : [visit]);
      return;
    }
    const moves = deps.drops.lastAllowed(eventId);
    const [first] = moves ?? [];
    if (moves && first && rowUnder(x, y) === technicianResourceId(first.after.workerId) && changesSomething(moves)) {
      deps.drops.savedEarly(eventId);
      deps.submit(moves, () => deps.drops.revert(eventId));
    }
  }

  return {
    fetchEvents: (start, end) => data.fetchEvents(start, end),
    readyEvents: (start, end) => data.takePrefetched(start, end),
    eventsFetched: deps.onEventsFetched,
    fetchFailed: deps.onFetchFailed,
    allow(span: DateSpanApi, dragged: EventApi | null) {
      const resource = span.resource ?? dragged?.getResources()[0];
      const workerId = technicianOf(resource);
      if (workerId === null) {
        indicator.set({ severity: 'block', title: t('board.indicator.blocked'), lines: [t('board.indicator.onTechnician')] });
        if (dragged?.id) deps.drops.allowed(dragged.id, null);
        return false;
      }
      const moves = planned(dragged, workerId, span.start, span.end);
      const ok = moves !== null && check(moves);
      if (dragged?.id && propsOf(dragged).kind === 'visit') deps.drops.allowed(dragged.id, ok ? moves : null);
      return ok;
    },
    click(arg) {
      arg.jsEvent.preventDefault();
      const p = propsOf(arg.event);
      if (p.kind !== 'visit' || !p.visit) return;
      const visit = data.visit(p.visit.orderId) ?? p.visit;
      const { jsEvent } = arg;
      const adds = jsEvent.ctrlKey || jsEvent.metaKey || jsEvent.shiftKey;
      // FullCalendar reports Enter and Space on a focused bar as a click with the key event: Enter
      // opens the dialog, Space acts as the mouse does (with Ctrl or Shift it adds to the selection).
      if (jsEvent instanceof KeyboardEvent && jsEvent.key === 'Enter') {
        selection.only(visit.orderId);
        deps.openDialog(visit);
      } else if (adds) selection.toggle(visit.orderId);
      else selection.only(visit.orderId);
    },
    drop(arg) {
      if (deps.drops.takeEarly(arg.event.id)) {
        deps.drops.keepRevert(arg.event.id, arg.revert);
        return;
      }
      const p = propsOf(arg.event);
      const workerId = arg.newResource ? technicianOf(arg.newResource) : p.kind === 'visit' && p.visit ? p.visit.workerId : null;
      const moves = workerId !== null && arg.event.start && arg.event.end ? planned(arg.oldEvent, workerId, arg.event.start, arg.event.end) : null;
      if (!moves || !changesSomething(moves)) {
        arg.revert();
        return;
      }
      deps.submit(moves, arg.revert);
    },
    resize(arg) {
      const p = propsOf(arg.event);
      if (p.kind !== 'visit' || !p.visit || !arg.event.start || !arg.event.end) {
        arg.revert();
        return;
      }
      const visit = data.visit(p.visit.orderId) ?? p.visit;
      deps.submit([{ order: visit, before: placementOf(visit), after: { workerId: visit.workerId, start: arg.event.start.toISOString(), end: arg.event.end.toISOString() } }], arg.revert);
    },
    receive(arg) {
      const p = propsOf(arg.event);
      const workerId = technicianOf(arg.event.getResources()[0]);
      const start = arg.event.start;
      // The received copy is removed at once: the saved visit comes back with its row's reload, never twice.
      arg.revert();
      if (p.kind !== 'queue' || !p.order || workerId === null || !start) return;
      const end = arg.event.end ?? new Date(start.getTime() + p.order.durationMinutes * 60_000);
      const moves = planned(arg.event, workerId, start, end);
      if (moves) deps.submit(moves, () => undefined);
    },
    dragStart(arg) {
      deps.drops.reset();
      indicator.set(null);
      deps.boardRoot()?.classList.add('is-dragging');
      // FullCalendar finishes a drag a frame after the button is released; the board acts on the
      // release itself, so the save is on its way while the calendar redraws.
      const id = arg.event.id;
      window.addEventListener('mouseup', (e) => release(id, e.clientX, e.clientY), { capture: true, once: true });
    },
    dragStop(arg) {
      deps.boardRoot()?.classList.remove('is-dragging');
      release(arg.event.id, arg.jsEvent.clientX, arg.jsEvent.clientY);
    },
    datesSet: deps.onDates,
    isSelected: (orderId) => selection.has(orderId),
  };
}
