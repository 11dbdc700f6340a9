import type { BoardView } from './board-route';

/**
 * The board's four views as FullCalendar custom resource-timeline views, and the zoom (slot length)
 * each starts with. Week views start on the locale's first day (Monday in lv and en-GB).
 */

export const ZOOM_MINUTES = [15, 30, 60, 120, 240] as const;
export type ZoomMinutes = (typeof ZOOM_MINUTES)[number];

interface ViewSpec {
  /** FullCalendar's view name. */
  name: string;
  days: number;
  defaultZoom: ZoomMinutes;
  alignToWeek: boolean;
}

export const VIEW_SPECS: Record<BoardView, ViewSpec> = {
  day: { name: 'boardDay', days: 1, defaultZoom: 30, alignToWeek: false },
  '3days': { name: 'board3Days', days: 3, defaultZoom: 120, alignToWeek: false },
  week: { name: 'boardWeek', days: 7, defaultZoom: 240, alignToWeek: true },
  '2weeks': { name: 'board2Weeks', days: 14, defaultZoom: 240, alignToWeek: true },
};

export function viewOfName(name: string): BoardView | null {
  const found = (Object.entries(VIEW_SPECS) as [BoardView, ViewSpec][]).find(([, spec]) => spec.name === name);
  return found ? found[0] : null;
}

export function isZoom(value: number): value is ZoomMinutes {
  return (ZOOM_MINUTES as readonly number[]).includes(value);
}

/** `00:30:00` for FullCalendar's slotDuration. */
export function slotDuration(minutes: ZoomMinutes): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00`;
}

/** Several ticks per slot: the header labels every slot, but a drag snaps to a quarter of an hour on a fine zoom. */
export function snapDuration(minutes: ZoomMinutes): string {
  return slotDuration(minutes <= 60 ? 15 : 30);
}

/**
 * The narrowest a slot may get: coarse zooms may shrink so a whole week fits the screen (FullCalendar
 * widens slots to fill the space), fine ones keep room for an hour label in each slot.
 */
export function slotMinWidth(minutes: ZoomMinutes): number {
  if (minutes <= 60) return 44;
  return minutes === 120 ? 24 : 16;
}

/** Labels every slot on fine zooms; on coarse ones every 6 or 12 hours, so labels never overlap. */
export function slotLabelInterval(minutes: ZoomMinutes): string {
  if (minutes <= 60) return slotDuration(minutes);
  return minutes === 120 ? '06:00:00' : '12:00:00';
}
