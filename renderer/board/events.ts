import type { EventInput } from '@fullcalendar/core';
import type { BoardTechnician, BoardVisit, DispatchSettings } from '../../electron/contract/dispatch';
import { technicianResourceId } from './resources';

/** Bars and blocked time as FullCalendar events; plain data, built once per fetch. */

export type Colours = DispatchSettings['colours'];

export interface VisitEventProps {
  kind: 'visit';
  visit: BoardVisit;
  late: boolean;
}

export interface AbsenceEventProps {
  kind: 'absence';
  absenceKind: BoardTechnician['absences'][number]['kind'];
}

export const visitEventId = (orderId: number): string => `visit:${orderId}`;

/** The visit ends after the order's SLA deadline. */
export function endsLate(visit: Pick<BoardVisit, 'end' | 'slaDeadline'>): boolean {
  return visit.slaDeadline !== null && Date.parse(visit.end) > Date.parse(visit.slaDeadline);
}

/** Black or white text, whichever reads better on the bar colour (WCAG relative luminance). */
export function textColourOn(background: string): string {
  const channel = (i: number) => {
    const c = parseInt(background.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  // Contrast with black (L+0.05)/0.05 against white 1.05/(L+0.05): equal at L ≈ 0.179.
  return luminance > 0.179 ? '#111827' : '#ffffff';
}

export function visitEvent(visit: BoardVisit, colours: Colours): EventInput {
  const late = endsLate(visit);
  const colour = colours[visit.priority];
  const extendedProps: VisitEventProps = { kind: 'visit', visit, late };
  return {
    id: visitEventId(visit.orderId),
    resourceId: technicianResourceId(visit.workerId),
    start: visit.start,
    end: visit.end,
    title: visit.number,
    backgroundColor: colour,
    borderColor: colour,
    textColor: textColourOn(colour),
    classNames: late ? ['board-bar', 'is-late'] : ['board-bar'],
    extendedProps,
  };
}

/** Absences are whole local days: date-only events are read in the calendar's (the company's) zone. */
export function absenceEvents(technician: BoardTechnician, label: (kind: AbsenceEventProps['absenceKind']) => string): EventInput[] {
  return technician.absences.map((a, i) => {
    const extendedProps: AbsenceEventProps = { kind: 'absence', absenceKind: a.kind };
    return {
      id: `absence:${technician.id}:${i}`,
      resourceId: technicianResourceId(technician.id),
      start: a.from,
      end: nextDate(a.to),
      allDay: true,
      title: label(a.kind),
      display: 'background',
      classNames: ['board-absence', `board-absence-${a.kind}`],
      extendedProps,
    };
  });
}

export function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
