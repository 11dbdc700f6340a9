/**
 * The baseline: FullCalendar's resource timeline with nothing of ours. Every technician and every
 * visit of the week is handed over as arrays, rows grouped by team; events are editable (the
 * interaction plugin), as on our board, but there is no custom content. The root gets
 * data-board-state="ready" once every event is in the DOM, the same signal our board gives.
 */
import { Calendar } from '@fullcalendar/core';
import interactionPlugin from '@fullcalendar/interaction';
import luxon3Plugin from '@fullcalendar/luxon3';
import resourceTimelinePlugin from '@fullcalendar/resource-timeline';
import { BARE_DATA_PATH, type BareData } from './bare-data';

function calendarElement(): HTMLElement {
  const el = document.getElementById('calendar');
  if (!el) throw new Error('The page has no #calendar element');
  return el;
}

const root = calendarElement();

function markReadyOnceRendered(expected: number, eventsSeen: () => boolean): void {
  const check = () => {
    const rendered = root.querySelectorAll('.fc-timeline-event:not(.fc-event-mirror)').length;
    if (eventsSeen() && rendered >= expected) root.dataset.boardState = 'ready';
    else requestAnimationFrame(check);
  };
  check();
}

async function start(): Promise<void> {
  const data = (await (await fetch(BARE_DATA_PATH)).json()) as BareData;
  let eventsSet = false;
  const calendar = new Calendar(root, {
    plugins: [resourceTimelinePlugin, interactionPlugin, luxon3Plugin],
    schedulerLicenseKey: 'GPL-My-Project-Is-Open-Source',
    timeZone: data.timeZone,
    initialView: 'resourceTimelineWeek',
    initialDate: data.monday,
    height: '100%',
    editable: true,
    resourceGroupField: 'team',
    resources: data.resources,
    events: data.events,
    eventsSet: () => {
      eventsSet = true;
    },
  });
  calendar.render();
  markReadyOnceRendered(data.events.length, () => eventsSet);
}

void start();
