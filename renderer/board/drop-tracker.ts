import type { PlannedMove } from './board-handlers';

/**
 * One bar drag, across FullCalendar's callbacks. FullCalendar reports a drop (eventDrop) only after
 * redrawing the whole timeline with the bar in its new place; the board starts the save earlier, when
 * the drag stops, from the last place eventAllow accepted, and eventDrop then only hands over its
 * revert in case the save is refused. Lives outside React state: a drag spans several renders.
 */
export class DropTracker {
  private last: { eventId: string; moves: PlannedMove[] | null } | null = null;
  private released = new Set<string>();
  private early = new Set<string>();
  private reverts = new Map<string, () => void>();

  /**
   * A new drag. Reverts of earlier drags are dropped: if such a save is refused after this, the board
   * reloads everything anyway, and an old revert must never undo this drag's move.
   */
  reset(): void {
    this.last = null;
    this.released.clear();
    this.early.clear();
    this.reverts.clear();
  }

  /** What eventAllow decided for the place under the pointer: the moves, or null when blocked. */
  allowed(eventId: string, moves: PlannedMove[] | null): void {
    this.last = { eventId, moves };
  }

  lastAllowed(eventId: string): PlannedMove[] | null {
    return this.last?.eventId === eventId ? this.last.moves : null;
  }

  /** True the first time the drag of this bar is reported released. */
  release(eventId: string): boolean {
    if (this.released.has(eventId)) return false;
    this.released.add(eventId);
    return true;
  }

  savedEarly(eventId: string): void {
    this.early.add(eventId);
  }

  /** True once for a drag whose save already started; eventDrop then only keeps its revert. */
  takeEarly(eventId: string): boolean {
    return this.early.delete(eventId);
  }

  keepRevert(eventId: string, revert: () => void): void {
    this.reverts.set(eventId, revert);
  }

  /** Undoes FullCalendar's optimistic move of a refused save (if it made one). */
  revert(eventId: string): void {
    const revert = this.reverts.get(eventId);
    this.reverts.delete(eventId);
    revert?.();
  }
}

/** A drop that would change nothing (released where it started) is not saved. */
export function changesSomething(moves: readonly PlannedMove[]): boolean {
  return moves.some(
    (m) =>
      m.before.workerId !== m.after.workerId ||
      m.before.start === null ||
      m.before.end === null ||
      Date.parse(m.before.start) !== Date.parse(m.after.start) ||
      Date.parse(m.before.end) !== Date.parse(m.after.end),
  );
}
