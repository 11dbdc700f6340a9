import type { DatesSetArg } from '@fullcalendar/core';
import type FullCalendar from '@fullcalendar/react';
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { boardHash, isBoardHash, type BoardPlace } from './board-route';
import { instantToLocal } from './board-time';
import { VIEW_SPECS, viewOfName } from './views';

export interface ShownRange {
  /** FullCalendar's title of the shown days, in the user's language. */
  title: string;
  place: BoardPlace;
  start: Date;
  end: Date;
}

/**
 * Keeps the address and the calendar in step: what the calendar shows is written to the address
 * (replaceState, so moving through days does not fill the history), and an address changed from
 * outside (back, forward, a link) moves the calendar.
 */
export function useBoardRoute(calendarRef: RefObject<FullCalendar | null>, place: BoardPlace, zone: string) {
  const [shown, setShown] = useState<ShownRange | null>(null);

  const onDates = useCallback(
    (arg: DatesSetArg) => {
      const view = viewOfName(arg.view.type) ?? 'week';
      const next: BoardPlace = { date: instantToLocal(arg.view.currentStart.toISOString(), zone).date, view };
      setShown({ title: arg.view.title, place: next, start: arg.start, end: arg.end });
      const hash = boardHash(next);
      if (window.location.hash !== hash && isBoardHash(window.location.hash)) window.history.replaceState(null, '', hash);
    },
    [zone],
  );

  // The shell's route parts may lag behind replaceState, so the calendar moves only when the address
  // names a day or view it does not already show.
  useEffect(() => {
    const calendar = calendarRef.current?.getApi();
    if (!calendar) return;
    const { view } = calendar;
    const day = Date.parse(`${place.date}T12:00:00Z`);
    const showing = viewOfName(view.type) === place.view && day >= view.currentStart.getTime() && day < view.currentEnd.getTime();
    if (!showing) calendar.changeView(VIEW_SPECS[place.view].name, place.date);
  }, [calendarRef, place.date, place.view]);

  return { shown, onDates };
}
