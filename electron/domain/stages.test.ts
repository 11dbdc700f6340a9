import { describe, expect, it } from 'vitest';
import { conflictingRoot, nextStages, previousStage, rootDeleteBlocked, type StageNode } from './stages';

const stage = (id: number, code: string, parentId: number | null, sortOrder = 10): StageNode => ({ id, code, parentId, sortOrder });

// JAUNS -> PLANOTS -> PROCESA -> PABEIGTS, with ATCELTS under JAUNS and GAIDA under PROCESA.
const TREE = [
  stage(1, 'JAUNS', null),
  stage(2, 'PLANOTS', 1, 10),
  stage(3, 'PROCESA', 2),
  stage(4, 'PABEIGTS', 3, 10),
  stage(5, 'ATCELTS', 1, 90),
  stage(6, 'GAIDA', 3, 20),
];

describe('conflictingRoot', () => {
  it('names the existing root when a second stage without parent is saved', () => {
    expect(conflictingRoot({ id: null, parentId: null }, TREE)?.code).toBe('JAUNS');
  });

  it('lets the first stage be the root', () => {
    expect(conflictingRoot({ id: null, parentId: null }, [])).toBeUndefined();
  });

  it('lets the root itself be saved again', () => {
    expect(conflictingRoot({ id: 1, parentId: null }, TREE)).toBeUndefined();
  });

  it('does not concern stages with a parent', () => {
    expect(conflictingRoot({ id: null, parentId: 3 }, TREE)).toBeUndefined();
  });
});

describe('rootDeleteBlocked', () => {
  it('keeps the root while other stages exist', () => {
    expect(rootDeleteBlocked({ parentId: null }, 2)).toBe(true);
  });

  it('lets the last stage go, and any non-root stage', () => {
    expect(rootDeleteBlocked({ parentId: null }, 1)).toBe(false);
    expect(rootDeleteBlocked({ parentId: 1 }, 6)).toBe(false);
  });
});

describe('moving along the tree', () => {
  it('offers the children as next stages, by sort order', () => {
    expect(nextStages(TREE, 1).map((s) => s.code)).toEqual(['PLANOTS', 'ATCELTS']);
    expect(nextStages(TREE, 3).map((s) => s.code)).toEqual(['PABEIGTS', 'GAIDA']);
    expect(nextStages(TREE, 4)).toEqual([]);
  });

  it('breaks sort order ties by code', () => {
    const tied = [stage(1, 'R', null), stage(2, 'B', 1, 5), stage(3, 'A', 1, 5)];
    expect(nextStages(tied, 1).map((s) => s.code)).toEqual(['A', 'B']);
  });

  it('steps back to the parent, and nowhere from the root', () => {
    expect(previousStage(TREE, 6)?.code).toBe('PROCESA');
    expect(previousStage(TREE, 1)).toBeUndefined();
    expect(previousStage(TREE, 99)).toBeUndefined();
  });
});
