import type FullCalendar from '@fullcalendar/react';
import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardVisit, QueueOrder } from '../../electron/contract/dispatch';
import type { BoardData } from './board-data';
import { findOrder } from './board-find';
import { instantToLocal } from './board-time';
import { teamKeyOf, type Roster } from './resources';
import type { Selection } from './useSelection';

interface FindDeps {
  data: BoardData;
  calendarRef: RefObject<FullCalendar | null>;
  rootRef: RefObject<HTMLElement | null>;
  zone: string;
  range: { start: Date; end: Date } | null;
  roster: Roster | null;
  expanded: ReadonlySet<string>;
  selection: Selection;
  toggleTeam: (key: string) => void;
  showInQueue: (order: QueueOrder) => void;
  notFound: (message: string) => void;
}

const HOUR_MS = 3_600_000;

/**
 * The search box's action: find the order and show it where it is. A bar is revealed after its days
 * and its team's rows are loaded (`revealPending` runs when the loaded visits change): scrolled to,
 * selected and focused.
 */
export function useFindOrder(deps: FindDeps) {
  const { t } = useTranslation();
  const latest = useRef(deps);
  useEffect(() => {
    latest.current = deps;
  });
  const pending = useRef<number | null>(null);

  /** Shows a loaded bar; false while it is not loaded yet. */
  const show = (orderId: number): boolean => {
    const { data, calendarRef, rootRef, zone, selection } = latest.current;
    const visit = data.visit(orderId);
    const calendar = calendarRef.current?.getApi();
    if (!visit || !calendar) return false;
    pending.current = null;
    const local = instantToLocal(visit.start, zone);
    calendar.scrollToTime({ milliseconds: Math.max(0, Date.parse(`1970-01-01T${local.time}:00Z`) - HOUR_MS) });
    selection.only(orderId);
    const bar = rootRef.current?.querySelector<HTMLElement>(`.board-bar[data-order-id="${orderId}"]`);
    bar?.scrollIntoView({ block: 'center', inline: 'nearest' });
    bar?.focus({ preventScroll: true });
    return true;
  };

  const reveal = (visit: BoardVisit) => {
    const { roster, expanded, range, zone, calendarRef, toggleTeam } = latest.current;
    const calendar = calendarRef.current?.getApi();
    pending.current = visit.orderId;
    const technician = roster?.technicians.find((x) => x.id === visit.workerId);
    const outside = range !== null && (Date.parse(visit.start) >= range.end.getTime() || Date.parse(visit.end) <= range.start.getTime());
    if (technician && !expanded.has(teamKeyOf(technician))) toggleTeam(teamKeyOf(technician));
    else if (outside) calendar?.gotoDate(instantToLocal(visit.start, zone).date);
    else if (!show(visit.orderId)) calendar?.refetchEvents();
  };

  const find = (typed: string) => {
    const { data, range } = latest.current;
    if (!range) return;
    void findOrder(typed, data.loadedVisits(), range).then((result) => {
      const d = latest.current;
      if (result.kind === 'visit') reveal(result.visit);
      else if (result.kind === 'queue') d.showInQueue(result.order);
      else if (result.kind === 'unplaced') d.notFound(t('board.find.unplaced', { number: result.number }));
      else d.notFound(t('board.find.notFound', { number: typed }));
    });
  };

  const revealPending = () => {
    if (pending.current !== null) show(pending.current);
  };

  return { find, revealPending };
}
