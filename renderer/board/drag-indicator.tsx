import { useSyncExternalStore } from 'react';

/**
 * What the drop target under the pointer would do, announced to screen readers. FullCalendar asks
 * eventAllow on every hover frame; writing the answer into this small store (and re-rendering only
 * the indicator, only when the text changes) keeps the calendar itself from re-rendering.
 */

export type IndicatorSeverity = 'hint' | 'ok' | 'warn' | 'block';

export interface IndicatorMessage {
  severity: IndicatorSeverity;
  title: string;
  lines: readonly string[];
}

export interface IndicatorStore {
  get(): IndicatorMessage | null;
  set(message: IndicatorMessage | null): void;
  subscribe(listener: () => void): () => void;
}

const sameMessage = (a: IndicatorMessage | null, b: IndicatorMessage | null): boolean =>
  a === b || (a !== null && b !== null && a.severity === b.severity && a.title === b.title && a.lines.join('\n') === b.lines.join('\n'));

export function createIndicatorStore(): IndicatorStore {
  let current: IndicatorMessage | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(message) {
      if (sameMessage(current, message)) return;
      current = message;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function DragIndicator({ store, label, idle }: { store: IndicatorStore; label: string; idle: string }) {
  const message = useSyncExternalStore(store.subscribe, store.get);
  const severity = message?.severity ?? 'hint';
  return (
    <div className={`board-indicator board-indicator-${severity}`} role="status" aria-live="polite" aria-label={label}>
      <span className="board-indicator-icon" aria-hidden="true" />
      {message ? (
        <span>
          <strong>{message.title}</strong>
          {message.lines.length > 0 && ' '}
          {message.lines.join(' · ')}
        </span>
      ) : (
        <span>{idle}</span>
      )}
    </div>
  );
}
