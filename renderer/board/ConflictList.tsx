import type { DescribedConflict } from './conflict-text';

/** The conflicts a place has, each marked block or warn: in the dispatch dialogs and the confirmation. */
export function ConflictList({ conflicts, label }: { conflicts: readonly DescribedConflict[]; label?: string }) {
  if (conflicts.length === 0) return null;
  return (
    <ul className="board-conflict-list" aria-label={label}>
      {conflicts.map((c, i) => (
        <li key={i} className={`conflict-${c.severity}`}>
          {c.text}
        </li>
      ))}
    </ul>
  );
}
