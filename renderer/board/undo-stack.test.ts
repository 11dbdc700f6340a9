import { describe, expect, it } from 'vitest';
import {
  UNDO_LIMIT,
  UNSCHEDULED,
  canRedo,
  canUndo,
  dropRedo,
  dropUndo,
  emptyUndo,
  record,
  redoChanges,
  redone,
  undoChanges,
  undone,
  type Step,
} from './undo-stack';

const at9 = { workerId: 1, start: '2027-01-04T07:00:00.000Z', end: '2027-01-04T08:00:00.000Z' };
const at11 = { workerId: 2, start: '2027-01-04T09:00:00.000Z', end: '2027-01-04T10:00:00.000Z' };
const move: Step = [{ orderId: 10, before: at9, after: at11 }];
const saved = (version: number) => [{ orderId: 10, version, ...at11 }];

describe('undo stack', () => {
  it('undoes a move with the version the save returned, then redoes it', () => {
    let state = record(emptyUndo, move, saved(4));
    expect(canUndo(state)).toBe(true);
    expect(canRedo(state)).toBe(false);
    expect(undoChanges(state)).toEqual([{ orderId: 10, version: 4, ...at9 }]);

    state = undone(state, [{ orderId: 10, version: 5, ...at9 }]);
    expect(canUndo(state)).toBe(false);
    expect(redoChanges(state)).toEqual([{ orderId: 10, version: 5, ...at11 }]);

    state = redone(state, saved(6));
    expect(undoChanges(state)).toEqual([{ orderId: 10, version: 6, ...at9 }]);
    expect(canRedo(state)).toBe(false);
  });

  it('sends all-null places for an order that came from the queue', () => {
    const fromQueue: Step = [{ orderId: 7, before: { workerId: 3, start: null, end: null }, after: at9 }];
    const state = record(emptyUndo, fromQueue, [{ orderId: 7, version: 1, ...at9 }]);
    expect(undoChanges(state)).toEqual([{ orderId: 7, version: 1, ...UNSCHEDULED }]);
  });

  it('forgets the redo list when a new change is made', () => {
    let state = record(emptyUndo, move, saved(1));
    state = undone(state, saved(2));
    state = record(state, [{ orderId: 11, before: at9, after: at11 }], [{ orderId: 11, version: 1, ...at11 }]);
    expect(canRedo(state)).toBe(false);
    expect(state.past).toHaveLength(1);
  });

  it(`keeps the last ${UNDO_LIMIT} steps`, () => {
    let state = emptyUndo;
    for (let i = 1; i <= UNDO_LIMIT + 5; i++) state = record(state, [{ orderId: i, before: at9, after: at11 }], [{ orderId: i, version: 1, ...at11 }]);
    expect(state.past).toHaveLength(UNDO_LIMIT);
    expect(state.past[0]?.[0]?.orderId).toBe(6);
    expect(UNDO_LIMIT).toBeGreaterThanOrEqual(20);
  });

  it('drops a step that failed, keeping the others', () => {
    let state = record(emptyUndo, [{ orderId: 1, before: at9, after: at11 }], [{ orderId: 1, version: 1, ...at11 }]);
    state = record(state, move, saved(1));
    state = dropUndo(state);
    expect(undoChanges(state)?.[0]?.orderId).toBe(1);
    state = undone(state, [{ orderId: 1, version: 2, ...at9 }]);
    state = dropRedo(state);
    expect(canRedo(state)).toBe(false);
    expect(canUndo(state)).toBe(false);
  });

  it('does nothing when there is nothing to undo or redo', () => {
    expect(undoChanges(emptyUndo)).toBeNull();
    expect(redoChanges(emptyUndo)).toBeNull();
    expect(undone(emptyUndo, [])).toBe(emptyUndo);
    expect(redone(emptyUndo, [])).toBe(emptyUndo);
  });
});
