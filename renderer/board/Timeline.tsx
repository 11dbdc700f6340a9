import type {
  CalendarOptions,
  DatesSetArg,
  DateSpanApi,
  EventApi,
  EventClickArg,
  EventContentArg,
  EventDropArg,
  EventMountArg,
  EventSourceFuncArg,
  EventInput,
  FormatterInput,
} from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import lvLocale from '@fullcalendar/core/locales/lv';
import interactionPlugin, { type EventDragStartArg, type EventDragStopArg, type EventReceiveArg, type EventResizeDoneArg } from '@fullcalendar/interaction';
import luxonPlugin from '@fullcalendar/luxon3';
import FullCalendar from '@fullcalendar/react';
import type { ResourceLabelContentArg, ResourceLaneContentArg } from '@fullcalendar/resource';
import resourceTimelinePlugin from '@fullcalendar/resource-timeline';
import { memo, useMemo, useState, type RefObject } from 'react';
import type { Language } from '../../electron/contract/messages';
import type { BoardPlace } from './board-route';
import type { AbsenceEventProps, VisitEventProps } from './events';
import type { RowProps, RowResource } from './resources';
import { barContent, rowLabel, type ContentLabels } from './timeline-content';
import { VIEW_SPECS, slotDuration, slotLabelInterval, slotMinWidth, snapDuration, type ZoomMinutes } from './views';

/**
 * The FullCalendar resource timeline, created once. Its props change only with the time zone, the
 * language, the zoom and the rows; everything that happens on the board goes through `handlers`
 * (a ref, so the callbacks FullCalendar holds never change) and the calendar API.
 */

export interface TimelineHandlers {
  fetchEvents(start: Date, end: Date): Promise<EventInput[]>;
  /** Events already loaded for exactly this range, handed over at once (the first view's). */
  readyEvents(start: Date, end: Date): EventInput[] | null;
  /** The fetched events were handed to the calendar. */
  eventsFetched(): void;
  fetchFailed(error: Error): void;
  allow(span: DateSpanApi, dragged: EventApi | null): boolean;
  click(arg: EventClickArg): void;
  drop(arg: EventDropArg): void;
  resize(arg: EventResizeDoneArg): void;
  receive(arg: EventReceiveArg): void;
  dragStart(arg: EventDragStartArg): void;
  dragStop(arg: EventDragStopArg): void;
  datesSet(arg: DatesSetArg): void;
  isSelected(orderId: number): boolean;
}

interface TimelineProps {
  timeZone: string;
  language: Language;
  initialPlace: BoardPlace;
  zoom: ZoomMinutes;
  resources: RowResource[];
  labels: ContentLabels;
  resourceHeader: string;
  /** Set by the page before the calendar mounts (the page renders its loading state first). */
  handlers: RefObject<TimelineHandlers | null>;
  calendarRef: RefObject<FullCalendar | null>;
}

export const SCHEDULER_LICENSE_KEY = 'GPL-My-Project-Is-Open-Source';

const plugins = [resourceTimelinePlugin, interactionPlugin, luxonPlugin];

const HOURS: FormatterInput = { hour: '2-digit', minute: '2-digit', hour12: false };

/** The header rows: a day (two weeks leave no room for the month), then the hours. */
function slotLabels(days: number): FormatterInput[] {
  if (days === 1) return [HOURS];
  const day: FormatterInput = days > 7 ? { weekday: 'short', day: 'numeric' } : { weekday: 'short', day: 'numeric', month: 'numeric' };
  return [day, HOURS];
}

const views: CalendarOptions['views'] = Object.fromEntries(
  Object.values(VIEW_SPECS).map((spec) => [
    spec.name,
    {
      type: 'resourceTimeline',
      duration: { days: spec.days },
      ...(spec.alignToWeek ? { dateAlignment: 'week' } : {}),
      slotLabelFormat: slotLabels(spec.days),
    },
  ]),
);

const propsOf = (event: EventApi) => event.extendedProps as Partial<VisitEventProps | AbsenceEventProps> & { orderId?: number };

function TimelineComponent({ timeZone, language, initialPlace, zoom, resources, labels, resourceHeader, handlers, calendarRef }: TimelineProps) {
  // Only the first place matters: later navigation goes through the calendar API.
  const [initial] = useState(initialPlace);

  const callbacks = useMemo(() => {
    const h = (): TimelineHandlers => {
      const current = handlers.current;
      if (!current) throw new Error('The board sets its handlers before the calendar mounts');
      return current;
    };
    return {
      events: (info: EventSourceFuncArg, success: (events: EventInput[]) => void, failure: (error: Error) => void) => {
        const ready = h().readyEvents(info.start, info.end);
        if (ready) {
          success(ready);
          h().eventsFetched();
          return;
        }
        h().fetchEvents(info.start, info.end).then(
          (events) => {
            success(events);
            h().eventsFetched();
          },
          (error: unknown) => {
            const err = error instanceof Error ? error : new Error(String(error));
            failure(err);
            h().fetchFailed(err);
          },
        );
      },
      eventAllow: (span: DateSpanApi, dragged: EventApi | null) => h().allow(span, dragged),
      eventClick: (arg: EventClickArg) => h().click(arg),
      eventDrop: (arg: EventDropArg) => h().drop(arg),
      eventResize: (arg: EventResizeDoneArg) => h().resize(arg),
      eventReceive: (arg: EventReceiveArg) => h().receive(arg),
      eventDragStart: (arg: EventDragStartArg) => h().dragStart(arg),
      eventDragStop: (arg: EventDragStopArg) => h().dragStop(arg),
      datesSet: (arg: DatesSetArg) => h().datesSet(arg),
      eventClassNames: (arg: { event: EventApi }) => {
        const p = propsOf(arg.event);
        return p.kind === 'visit' && p.visit && h().isSelected(p.visit.orderId) ? ['is-selected'] : [];
      },
      eventDidMount: (arg: EventMountArg) => {
        const p = propsOf(arg.event);
        if (p.kind !== 'visit' || !p.visit) return;
        arg.el.dataset.orderId = String(p.visit.orderId);
        // A focusable <a> without href: a toggle button to screen readers, pressed while selected (useSelection keeps it current).
        arg.el.setAttribute('role', 'button');
        arg.el.setAttribute('aria-pressed', String(h().isSelected(p.visit.orderId)));
        arg.el.title = [p.visit.number, p.visit.customer, p.visit.city, p.visit.task ?? p.visit.description].filter(Boolean).join(' · ');
      },
    };
  }, [handlers]);

  const content = useMemo(
    () => ({
      eventContent: (arg: EventContentArg) => {
        const p = propsOf(arg.event);
        if (p.kind === 'visit' && p.visit) return barContent(p.visit, p.late === true, labels, arg.isMirror);
        return true;
      },
      resourceLabelContent: (arg: ResourceLabelContentArg) => {
        return rowLabel(arg.resource.extendedProps as RowProps, labels);
      },
      resourceLabelClassNames: (arg: ResourceLabelContentArg) => ((arg.resource.extendedProps as RowProps).kind === 'team' ? ['board-team-label'] : ['board-tech-label']),
      resourceLaneClassNames: (arg: ResourceLaneContentArg) => ((arg.resource.extendedProps as RowProps).kind === 'team' ? ['board-team-lane'] : []),
    }),
    [labels],
  );

  const locale = language === 'lv' ? lvLocale : enGbLocale;

  return (
    <FullCalendar
      ref={calendarRef}
      plugins={plugins}
      schedulerLicenseKey={SCHEDULER_LICENSE_KEY}
      timeZone={timeZone}
      locale={locale}
      initialView={VIEW_SPECS[initial.view].name}
      initialDate={initial.date}
      views={views}
      headerToolbar={false}
      height="100%"
      firstDay={1}
      nowIndicator
      editable
      droppable
      eventResourceEditable
      dragRevertDuration={0}
      dragScroll
      slotDuration={slotDuration(zoom)}
      snapDuration={snapDuration(zoom)}
      slotMinWidth={slotMinWidth(zoom)}
      slotLabelInterval={slotLabelInterval(zoom)}
      scrollTime="06:00:00"
      eventMinWidth={16}
      eventResizableFromStart={false}
      displayEventTime={false}
      resources={resources}
      resourceOrder="order"
      resourceAreaWidth="220px"
      resourceAreaHeaderContent={resourceHeader}
      lazyFetching
      progressiveEventRendering={false}
      rerenderDelay={8}
      {...callbacks}
      {...content}
    />
  );
}

export const Timeline = memo(TimelineComponent);
