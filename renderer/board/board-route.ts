/**
 * The board's place in the address: `#/board/<YYYY-MM-DD>/<view>`, so a reload, a bookmark or the
 * benchmark opens the same days. Unreadable parts fall back to today and the week view.
 */

export const BOARD_VIEWS = ['day', '3days', 'week', '2weeks'] as const;
export type BoardView = (typeof BOARD_VIEWS)[number];

export interface BoardPlace {
  /** A local calendar date in the company's time zone. */
  date: string;
  view: BoardView;
}

const DEFAULT_VIEW: BoardView = 'week';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text);
}

/** Reads the route parts after `board`. */
export function parseBoardRoute(parts: readonly string[], today: string): BoardPlace {
  const [date, view] = parts;
  return {
    date: date !== undefined && isCalendarDate(date) ? date : today,
    view: BOARD_VIEWS.find((v) => v === view) ?? DEFAULT_VIEW,
  };
}

/**
 * Whether an address is the interactive board's (`#/board`, `#/board/<date>/<view>`): the board writes
 * its place back only there, never over an address the person has already moved to (another screen,
 * the print view) while the board was still drawing.
 */
export function isBoardHash(hash: string): boolean {
  const [first, second] = hash.replace(/^#\/?/, '').split('/');
  return (first === '' || first === 'board') && second !== 'print';
}

export function boardHash(place: BoardPlace): string {
  return `#/board/${place.date}/${place.view}`;
}

/** The print view (owned by renderer/board/print) for the same days. */
export function printHash(by: 'technician' | 'team', span: 'day' | 'week', date: string, teamId: number | null): string {
  return `#/board/print/${by}/${span}/${date}${teamId === null ? '' : `/${teamId}`}`;
}
