import type { ScheduleChange, ScheduledOrder } from '../../electron/contract/dispatch';

/**
 * Undo and redo of board changes. A step is what one schedule call changed: each order's place
 * before and after. Undo sends the places before, with the versions the last schedule call returned,
 * so a change someone else made in between is refused as a conflict instead of being overwritten.
 * Pure: the board keeps the state and calls the main process itself.
 */

export const UNDO_LIMIT = 50;

export interface Placement {
  workerId: number | null;
  start: string | null;
  end: string | null;
}

export const UNSCHEDULED: Placement = { workerId: null, start: null, end: null };

export interface StepChange {
  orderId: number;
  before: Placement;
  after: Placement;
}

export type Step = readonly StepChange[];

export interface UndoState {
  past: readonly Step[];
  future: readonly Step[];
  /** The latest version of each order this board wrote. */
  versions: ReadonlyMap<number, number>;
}

export const emptyUndo: UndoState = { past: [], future: [], versions: new Map() };

function withVersions(versions: ReadonlyMap<number, number>, saved: readonly ScheduledOrder[]): Map<number, number> {
  const next = new Map(versions);
  for (const o of saved) next.set(o.orderId, o.version);
  return next;
}

/** A placement the contract accepts: all set, or all null (back to the queue). */
function normalized(p: Placement): Placement {
  return p.workerId === null || p.start === null || p.end === null ? UNSCHEDULED : p;
}

function changesOf(step: Step, side: 'before' | 'after', versions: ReadonlyMap<number, number>): ScheduleChange[] {
  return step.map((c) => ({ orderId: c.orderId, version: versions.get(c.orderId) ?? 0, ...normalized(c[side]) }));
}

/** A new change was saved: it becomes the last undo step and the redo list is forgotten. */
export function record(state: UndoState, step: Step, saved: readonly ScheduledOrder[]): UndoState {
  const past = [...state.past, step];
  return { past: past.slice(Math.max(0, past.length - UNDO_LIMIT)), future: [], versions: withVersions(state.versions, saved) };
}

export const canUndo = (state: UndoState): boolean => state.past.length > 0;
export const canRedo = (state: UndoState): boolean => state.future.length > 0;

/** The schedule changes that undo the last step, or null when there is nothing to undo. */
export function undoChanges(state: UndoState): ScheduleChange[] | null {
  const step = state.past.at(-1);
  return step ? changesOf(step, 'before', state.versions) : null;
}

export function redoChanges(state: UndoState): ScheduleChange[] | null {
  const step = state.future.at(-1);
  return step ? changesOf(step, 'after', state.versions) : null;
}

/** The undo was saved: the step moves to the redo list. */
export function undone(state: UndoState, saved: readonly ScheduledOrder[]): UndoState {
  const step = state.past.at(-1);
  if (!step) return state;
  return { past: state.past.slice(0, -1), future: [...state.future, step], versions: withVersions(state.versions, saved) };
}

export function redone(state: UndoState, saved: readonly ScheduledOrder[]): UndoState {
  const step = state.future.at(-1);
  if (!step) return state;
  return { past: [...state.past, step], future: state.future.slice(0, -1), versions: withVersions(state.versions, saved) };
}

/**
 * The step could not be applied (someone changed those orders, or a rule now blocks it): it is
 * dropped, so the stack never holds a step that can only fail again.
 */
export function dropUndo(state: UndoState): UndoState {
  return { ...state, past: state.past.slice(0, -1) };
}

export function dropRedo(state: UndoState): UndoState {
  return { ...state, future: state.future.slice(0, -1) };
}
