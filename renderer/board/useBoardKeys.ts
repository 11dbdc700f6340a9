import { useEffect, useRef } from 'react';

interface BoardKeys {
  undo: () => void;
  redo: () => void;
  clearSelection: () => void;
  /** Off while a dialog is open: its fields have their own Ctrl+Z. */
  enabled: boolean;
}

const isEditable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo, Escape clears the selection — except while typing in a field. */
export function useBoardKeys(keys: BoardKeys): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = latest.current;
      if (!k.enabled || isEditable(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'z' && !e.shiftKey) k.undo();
      else if (mod && (key === 'y' || (key === 'z' && e.shiftKey))) k.redo();
      else if (key === 'escape') k.clearSelection();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
