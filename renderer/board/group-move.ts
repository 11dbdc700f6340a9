import type { BoardVisit } from '../../electron/contract/dispatch';
import type { PlannedMove } from './board-handlers';
import { shiftInstant, type WallDelta } from './board-time';
import type { Move } from './conflict-adapter';

/**
 * Moving the selected visits together by a typed delta (the keyboard's path for a multi-select
 * drag): whole local days plus minutes, both on the wall clock, each technician kept.
 */

/** The minutes are in the board's finest snap, as a drag moves them. */
export const GROUP_MOVE_MINUTE_STEP = 5;
/** A year either way: beyond that the typed number is surely a slip. */
export const GROUP_MOVE_MAX_DAYS = 366;
/** A week either way: longer moves are typed in days. */
export const GROUP_MOVE_MAX_MINUTES = 7 * 24 * 60;

export type GroupDeltaProblem = 'days' | 'minutes' | 'nothing';

export type GroupDeltaResult = { ok: true; delta: WallDelta } | { ok: false; problems: GroupDeltaProblem[] };

/** A typed whole number; an empty field is 0. */
function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  return /^[-+]?\d+$/.test(trimmed) ? Number(trimmed) : null;
}

/** The delta the dialog's two fields describe, or which fields are wrong. */
export function parseGroupDelta(daysText: string, minutesText: string): GroupDeltaResult {
  const days = wholeNumber(daysText);
  const minutes = wholeNumber(minutesText);
  const problems: GroupDeltaProblem[] = [];
  if (days === null || Math.abs(days) > GROUP_MOVE_MAX_DAYS) problems.push('days');
  if (minutes === null || minutes % GROUP_MOVE_MINUTE_STEP !== 0 || Math.abs(minutes) > GROUP_MOVE_MAX_MINUTES) problems.push('minutes');
  if (problems.length > 0 || days === null || minutes === null) return { ok: false, problems };
  if (days === 0 && minutes === 0) return { ok: false, problems: ['nothing'] };
  return { ok: true, delta: { days, milliseconds: minutes * 60_000 } };
}

/** Every visit moved by the same wall-clock delta on its own technician's row (DST-correct, as a drag moves them). */
export function planGroupMove(visits: readonly BoardVisit[], delta: WallDelta, zone: string): PlannedMove[] {
  return visits.map((visit) => ({
    order: visit,
    before: { workerId: visit.workerId, start: visit.start, end: visit.end },
    after: { workerId: visit.workerId, start: shiftInstant(visit.start, delta, zone), end: shiftInstant(visit.end, delta, zone) },
  }));
}

/** The planned moves as the conflict checker reads them. */
export const checkedMoves = (moves: readonly PlannedMove[]): Move[] => moves.map((m) => ({ order: m.order, ...m.after }));
