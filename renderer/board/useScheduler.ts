import { useCallback, useEffect, useRef, useState } from 'react';
import type { ScheduleChange } from '../../electron/contract/dispatch';
import type { ApiError, FieldIssue } from '../../electron/contract/result';
import { call } from '../api/client';
import type { DescribedConflict } from './conflict-text';
import { canRedo, canUndo, dropRedo, dropUndo, emptyUndo, record, redoChanges, redone, undoChanges, undone, type Step, type UndoState } from './undo-stack';

/**
 * Every board change goes through here: one dispatch.schedule call, the confirmation when rules
 * warn, the undo step when it is saved, and a refresh of the board. Undo and redo re-send with
 * confirmWarnings (the user already accepted those places), so only blocks and conflicts refuse them.
 */

export type ScheduleOutcome = { status: 'saved' } | { status: 'cancelled' } | { status: 'failed'; error: ApiError };

export interface ConfirmRequest {
  conflicts: DescribedConflict[];
  resolve: (confirmed: boolean) => void;
}

interface SchedulerDeps {
  describe(issues: readonly FieldIssue[]): DescribedConflict[];
  /** After a save (or a refused undo): reload the rows the step touches, and the queue. */
  refresh(step: Step): void;
  /** A refused undo or redo. */
  onUndoFailed(error: ApiError): void;
  /** A save went through: the data revision it left. */
  onSaved(revision: string): void;
}

const isConfirmRequest = (error: ApiError): boolean => error.details.key === 'dispatch_confirm';

export function useScheduler(deps: SchedulerDeps) {
  // Callers pass fresh functions on every render; the latest ones are read when needed.
  const depsRef = useRef(deps);
  useEffect(() => {
    depsRef.current = deps;
  });
  const [undo, setUndoState] = useState<UndoState>(emptyUndo);
  const undoRef = useRef(undo);
  const setUndo = useCallback((next: UndoState) => {
    undoRef.current = next;
    setUndoState(next);
  }, []);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const busy = useRef(false);

  const askConfirm = useCallback(
    (conflicts: DescribedConflict[]) =>
      new Promise<boolean>((resolve) =>
        setConfirm({
          conflicts,
          resolve: (confirmed) => {
            setConfirm(null);
            resolve(confirmed);
          },
        }),
      ),
    [],
  );

  /** The version to send: the newer of what the board loaded and what this board last wrote. */
  const versionOf = useCallback((orderId: number, loaded: number) => Math.max(loaded, undoRef.current.versions.get(orderId) ?? 0), []);

  /** One schedule call; warnings are shown and the call is sent again only if the dispatcher accepts them. */
  const send = useCallback(
    async (changes: ScheduleChange[]) => {
      const first = await call('dispatch.schedule', { changes, confirmWarnings: false });
      let result = first;
      if (!first.ok && isConfirmRequest(first.error)) {
        if (!(await askConfirm(depsRef.current.describe(first.error.details.issues ?? [])))) return null;
        result = await call('dispatch.schedule', { changes, confirmWarnings: true });
      }
      if (result.ok) depsRef.current.onSaved(result.value.revision);
      return result;
    },
    [askConfirm],
  );

  const schedule = useCallback(
    async (changes: ScheduleChange[], step: Step): Promise<ScheduleOutcome> => {
      const result = await send(changes);
      if (result === null) return { status: 'cancelled' };
      if (!result.ok) return { status: 'failed', error: result.error };
      setUndo(record(undoRef.current, step, result.value.orders));
      depsRef.current.refresh(step);
      return { status: 'saved' };
    },
    [send, setUndo],
  );

  const replay = useCallback(
    async (direction: 'undo' | 'redo') => {
      if (busy.current) return;
      const state = undoRef.current;
      const changes = direction === 'undo' ? undoChanges(state) : redoChanges(state);
      const step = direction === 'undo' ? state.past.at(-1) : state.future.at(-1);
      if (!changes || !step) return;
      busy.current = true;
      try {
        // Warnings are asked again: the place may have become risky since (a certificate expired, a deadline moved).
        const result = await send(changes);
        if (result === null) return;
        if (result.ok) {
          setUndo(direction === 'undo' ? undone(undoRef.current, result.value.orders) : redone(undoRef.current, result.value.orders));
          depsRef.current.refresh(step);
        } else {
          setUndo(direction === 'undo' ? dropUndo(undoRef.current) : dropRedo(undoRef.current));
          depsRef.current.onUndoFailed(result.error);
          depsRef.current.refresh(step);
        }
      } finally {
        busy.current = false;
      }
    },
    [send, setUndo],
  );

  return {
    schedule,
    versionOf,
    confirm,
    undo: useCallback(() => replay('undo'), [replay]),
    redo: useCallback(() => replay('redo'), [replay]),
    canUndo: canUndo(undo),
    canRedo: canRedo(undo),
  };
}
