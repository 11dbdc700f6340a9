import { describe, expect, it } from 'vitest';
import { wouldCreateCycle, type ParentOf } from './tree';

/** A lift (1) with a drive (2) whose motor (3) has a brake (4); a boiler (5) stands alone. */
const links = new Map<number, number | null>([
  [1, null],
  [2, 1],
  [3, 2],
  [4, 3],
  [5, null],
]);
const parentOf: ParentOf = (id) => links.get(id) ?? null;

describe('wouldCreateCycle', () => {
  it('allows no parent, a new record under anything, and a move to an unrelated branch', () => {
    expect(wouldCreateCycle(3, null, parentOf)).toBe(false);
    expect(wouldCreateCycle(null, 4, parentOf)).toBe(false);
    expect(wouldCreateCycle(3, 5, parentOf)).toBe(false);
    expect(wouldCreateCycle(1, 5, parentOf)).toBe(false);
  });

  it('allows keeping or moving to an ancestor', () => {
    expect(wouldCreateCycle(4, 3, parentOf)).toBe(false);
    expect(wouldCreateCycle(4, 1, parentOf)).toBe(false);
  });

  it('refuses the record as its own parent', () => {
    expect(wouldCreateCycle(2, 2, parentOf)).toBe(true);
  });

  it('refuses a child or any deeper descendant as the parent', () => {
    expect(wouldCreateCycle(1, 2, parentOf)).toBe(true);
    expect(wouldCreateCycle(1, 4, parentOf)).toBe(true);
    expect(wouldCreateCycle(2, 4, parentOf)).toBe(true);
  });

  it('ends on a loop already in the stored links instead of walking forever', () => {
    const looped = new Map<number, number>([
      [10, 11],
      [11, 10],
    ]);
    expect(wouldCreateCycle(1, 10, (id) => looped.get(id) ?? null)).toBe(false);
    expect(wouldCreateCycle(11, 10, (id) => looped.get(id) ?? null)).toBe(true);
  });
});
