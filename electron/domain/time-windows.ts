import type { TimeWindowKind } from '../contract/setup/calendars';

/** How far a generated agreement line may move from its calculated date. */
export interface TimeWindow {
  kind: TimeWindowKind;
  daysBefore: number;
  daysAfter: number;
}

/**
 * A week or month window is the whole calendar week or month of the calculated date, so days
 * before/after would be ignored; storing them would mislead whoever reads the window later.
 * Returns the first field that must be 0 but is not.
 */
export function strayWindowDays(w: TimeWindow): 'daysBefore' | 'daysAfter' | null {
  if (w.kind === 'manual') return null;
  if (w.daysBefore !== 0) return 'daysBefore';
  if (w.daysAfter !== 0) return 'daysAfter';
  return null;
}
