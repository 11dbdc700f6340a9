import type { CalendarApi, EventApi } from '@fullcalendar/core';
import type { BoardVisit } from '../../electron/contract/dispatch';
import { endsLate, visitEvent, visitEventId, type Colours, type VisitEventProps } from './events';
import { diffVisits, type ShownBar } from './visit-diff';

/** A visit bar as the calendar holds it (after an optimistic drop its place is already the new one). */
function shownBar(event: EventApi): ShownBar | null {
  const props = event.extendedProps as Partial<VisitEventProps>;
  const visit = props.kind === 'visit' ? props.visit : undefined;
  const resource = event.getResources()[0];
  if (!visit || !resource || !event.start || !event.end) return null;
  return {
    orderId: visit.orderId,
    workerId: Number(resource.id),
    start: event.start.toISOString(),
    end: event.end.toISOString(),
    version: visit.version,
    priority: visit.priority,
    late: props.late === true,
  };
}

/** One render for several changes; the calendar class has it, its API interface does not declare it. */
function batched(calendar: CalendarApi, work: () => void): void {
  if ('batchRendering' in calendar && typeof calendar.batchRendering === 'function') calendar.batchRendering(work);
  else work();
}

/**
 * Brings the bars of some technicians in line with their freshly loaded visits: a changed bar is
 * replaced, a new one added to the events source (so the next full refetch replaces it rather than
 * doubling it), a gone one removed — all in one render.
 */
export function applyVisits(calendar: CalendarApi, workerIds: ReadonlySet<number>, fresh: readonly BoardVisit[], colours: Colours): void {
  const freshIds = new Set(fresh.map((v) => v.orderId));
  const bars: ShownBar[] = [];
  for (const event of calendar.getEvents()) {
    const bar = shownBar(event);
    if (bar && (workerIds.has(bar.workerId) || freshIds.has(bar.orderId))) bars.push(bar);
  }
  const diff = diffVisits(bars, fresh, endsLate);
  if (diff.add.length + diff.update.length + diff.remove.length === 0) return;
  const source = calendar.getEventSources()[0];
  batched(calendar, () => {
    for (const orderId of diff.remove) calendar.getEventById(visitEventId(orderId))?.remove();
    for (const v of diff.update) {
      calendar.getEventById(visitEventId(v.orderId))?.remove();
      calendar.addEvent(visitEvent(v, colours), source);
    }
    for (const v of diff.add) calendar.addEvent(visitEvent(v, colours), source);
  });
}
