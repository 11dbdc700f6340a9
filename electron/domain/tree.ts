/** Parent links of a tree of records (an object and its components), kept free of cycles. */

/** The parent of a record, or null at the top (or when the record is unknown). */
export type ParentOf = (id: number) => number | null;

/**
 * True when giving record `id` the parent `newParentId` would close a loop: the parent is the
 * record itself or sits somewhere below it. A new record (`id` null) has nothing below it yet.
 * A loop already present in the stored links must not hang the check, so each step is visited once.
 */
export function wouldCreateCycle(id: number | null, newParentId: number | null, parentOf: ParentOf): boolean {
  if (id === null || newParentId === null) return false;
  const seen = new Set<number>();
  for (let current: number | null = newParentId; current !== null; current = parentOf(current)) {
    if (current === id) return true;
    if (seen.has(current)) return false;
    seen.add(current);
  }
  return false;
}
