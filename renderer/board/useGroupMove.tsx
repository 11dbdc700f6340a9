import { useState, type ReactNode } from 'react';
import type { BoardVisit } from '../../electron/contract/dispatch';
import type { ApiError } from '../../electron/contract/result';
import type { BoardData } from './board-data';
import type { BoardFormat } from './board-format';
import type { PlannedMove } from './board-handlers';
import { describeWithOrder, type ConflictContext } from './conflict-text';
import { checkedMoves } from './group-move';
import { GroupMoveDialog } from './GroupMoveDialog';
import type { ScheduleOutcome } from './useScheduler';

interface GroupMoveDeps {
  /** The selected visits as loaded now. */
  visits: readonly BoardVisit[];
  data: BoardData;
  zone: string;
  format: BoardFormat;
  ctx: ConflictContext;
  describeError: (error: ApiError) => string[];
  /** The path a multi-select drop takes: confirmation of warnings, the refusal notice, the undo step. */
  submitMoves: (moves: PlannedMove[], revert: () => void) => Promise<ScheduleOutcome>;
}

/** The "Move selected…" dialog of the details panel: whether it is open, and the dialog itself. */
export function useGroupMove({ visits, data, zone, format, ctx, describeError, submitMoves }: GroupMoveDeps): { isOpen: boolean; open: () => void; dialog: ReactNode } {
  const [isOpen, setOpen] = useState(false);
  // The selected visits went away (reloaded elsewhere, unscheduled): a later selection must not reopen it.
  if (isOpen && visits.length === 0) setOpen(false);
  const shown = isOpen && visits.length > 0;

  const preview = (moves: readonly PlannedMove[]) =>
    (data.checker()?.check(checkedMoves(moves)).conflicts ?? []).map((c) => describeWithOrder(ctx, c, moves.length > 1));

  const dialog = shown ? (
    <GroupMoveDialog
      visits={visits}
      zone={zone}
      format={format}
      preview={preview}
      describeError={describeError}
      // Nothing was moved on the calendar beforehand, so a refusal has nothing to revert.
      onSubmit={(moves) => submitMoves(moves, () => undefined)}
      onClose={() => setOpen(false)}
    />
  ) : null;

  return { isOpen: shown, open: () => setOpen(true), dialog };
}
