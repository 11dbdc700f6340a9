import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';

/** Marks a bar selected or not, for the eye (the class) and for screen readers (aria-pressed). */
function markSelected(bar: HTMLElement, selected: boolean): void {
  bar.classList.toggle('is-selected', selected);
  bar.setAttribute('aria-pressed', String(selected));
}

/**
 * The selected bars. The set lives in a ref that FullCalendar's eventClassNames and eventDidMount
 * read on its own renders, and the bars are marked directly, so selecting a bar never re-renders the
 * calendar; React state carries the same ids for the details panel.
 */
export function useSelection(rootRef: RefObject<HTMLElement | null>) {
  const selected = useRef<ReadonlySet<number>>(new Set());
  const [ids, setIds] = useState<readonly number[]>([]);

  const apply = useCallback(
    (next: ReadonlySet<number>) => {
      const root = rootRef.current;
      if (root) {
        root.querySelectorAll<HTMLElement>('.board-bar.is-selected').forEach((el) => {
          if (!next.has(Number(el.dataset.orderId))) markSelected(el, false);
        });
        for (const id of next) {
          root.querySelectorAll<HTMLElement>(`.board-bar[data-order-id="${id}"]`).forEach((el) => markSelected(el, true));
        }
      }
      selected.current = next;
      setIds([...next]);
    },
    [rootRef],
  );

  return useMemo(
    () => ({
      ids,
      has: (id: number) => selected.current.has(id),
      size: () => selected.current.size,
      current: () => [...selected.current],
      only: (id: number) => apply(new Set([id])),
      toggle: (id: number) => {
        const next = new Set(selected.current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        apply(next);
      },
      set: (next: Iterable<number>) => apply(new Set(next)),
      clear: () => apply(new Set()),
    }),
    [ids, apply],
  );
}

export type Selection = ReturnType<typeof useSelection>;
