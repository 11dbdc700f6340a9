/**
 * The print view's address: `#/board/print/<by>/<span>/<date>[/<teamId>]`. Each part is optional
 * from the right, so a bare `#/board/print` opens today's per-technician day sheet.
 */
import { isCalendarDate } from '../board-route';

export const PRINT_LAYOUTS = ['technician', 'team'] as const;
export type PrintLayout = (typeof PRINT_LAYOUTS)[number];

export const PRINT_SPANS = ['day', 'week'] as const;
export type PrintSpan = (typeof PRINT_SPANS)[number];

export interface PrintRoute {
  by: PrintLayout;
  span: PrintSpan;
  /** A local calendar date (YYYY-MM-DD) in the company's time zone. */
  date: string;
  /** Only this dispatch team's technicians; null for all teams. */
  teamId: number | null;
}

function oneOf<T extends string>(values: readonly T[], text: string | undefined, fallback: T): T {
  return values.find((v) => v === text) ?? fallback;
}

/** Reads the route parts after `board/print`; anything unreadable falls back to its default. */
export function parsePrintRoute(parts: readonly string[], today: string): PrintRoute {
  const [by, span, date, team] = parts;
  const teamId = team !== undefined && /^[1-9]\d*$/.test(team) ? Number(team) : null;
  return {
    by: oneOf(PRINT_LAYOUTS, by, 'technician'),
    span: oneOf(PRINT_SPANS, span, 'day'),
    date: date !== undefined && isCalendarDate(date) ? date : today,
    teamId,
  };
}

/** The route parts (for `href('board', 'print', ...parts)`) that open this print view. */
export function printRouteParts(route: PrintRoute): string[] {
  const parts = [route.by, route.span, route.date];
  return route.teamId === null ? parts : [...parts, String(route.teamId)];
}
