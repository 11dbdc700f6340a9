/**
 * The service stage tree: one root (the stage every new order starts in), and branching where a
 * stage has several children. Moving "next" goes to a child, "previous" to the parent. A parent
 * must exist when a stage is saved and never changes afterwards, so the links cannot form a loop.
 */
export interface StageNode {
  id: number;
  code: string;
  parentId: number | null;
  sortOrder: number;
}

/**
 * The existing root that a candidate stage would compete with: set only when the candidate has
 * no parent and another stage already is the root.
 */
export function conflictingRoot<S extends StageNode>(candidate: { id: number | null; parentId: number | null }, stages: readonly S[]): S | undefined {
  if (candidate.parentId !== null) return undefined;
  return stages.find((s) => s.parentId === null && s.id !== candidate.id);
}

/** The root goes last: while other stages exist, orders still need it as their starting stage. */
export function rootDeleteBlocked(stage: { parentId: number | null }, stageCount: number): boolean {
  return stage.parentId === null && stageCount > 1;
}

const bySortOrder = (a: StageNode, b: StageNode) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code);

/** The stages an order may advance to from `currentId`, in the order they are offered. */
export function nextStages<S extends StageNode>(stages: readonly S[], currentId: number): S[] {
  return stages.filter((s) => s.parentId === currentId).sort(bySortOrder);
}

/** The stage an order steps back to from `currentId`; undefined at the root. */
export function previousStage<S extends StageNode>(stages: readonly S[], currentId: number): S | undefined {
  const current = stages.find((s) => s.id === currentId);
  return current?.parentId == null ? undefined : stages.find((s) => s.id === current.parentId);
}
