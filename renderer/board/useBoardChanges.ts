import type FullCalendar from '@fullcalendar/react';
import { useCallback, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardVisit, ScheduleChange } from '../../electron/contract/dispatch';
import type { ApiError } from '../../electron/contract/result';
import { applyVisits } from './apply-visits';
import type { BoardData } from './board-data';
import type { PlannedMove } from './board-handlers';
import { noticeOf, type BoardNotice } from './BoardNoticeView';
import { describeIssues, type ConflictContext } from './conflict-text';
import type { IndicatorStore } from './drag-indicator';
import { UNSCHEDULED, type Placement, type Step } from './undo-stack';
import { useScheduler, type ScheduleOutcome } from './useScheduler';
import type { Selection } from './useSelection';

interface ChangesDeps {
  data: BoardData;
  calendarRef: RefObject<FullCalendar | null>;
  ctx: ConflictContext;
  errorText: (error: ApiError) => string;
  indicator: IndicatorStore;
  selection: Selection;
  setNotice: (notice: BoardNotice | null) => void;
  /** The loaded visits changed (after a partial reload). */
  onVisitsChanged: () => void;
  /** The queue may have changed. */
  onQueueChanged: () => void;
  /** A save went through: the data revision it left. */
  onSaved: (revision: string) => void;
}

/**
 * The board's changes: drops, unscheduling and the dialog go through the scheduler (confirmation,
 * undo), and a save reloads just the rows it touched; a refusal reverts the drop and reloads everything.
 */
export function useBoardChanges(deps: ChangesDeps) {
  const { t } = useTranslation();
  const { data, calendarRef, ctx, errorText, indicator, selection, setNotice, onVisitsChanged, onQueueChanged, onSaved } = deps;

  const refresh = useCallback(() => {
    calendarRef.current?.getApi().refetchEvents();
    onQueueChanged();
  }, [calendarRef, onQueueChanged]);

  const refreshRows = (step: Step) => {
    if (step.some((c) => c.before.start === null || c.after.start === null)) onQueueChanged();
    const calendar = calendarRef.current?.getApi();
    const colours = data.settings?.colours;
    if (!calendar || !colours) return;
    const workerIds = new Set(step.flatMap((c) => [c.before.workerId, c.after.workerId]).filter((id): id is number => id !== null));
    data.visitsOf([...workerIds], calendar.view.activeStart, calendar.view.activeEnd).then(
      (fresh) => {
        applyVisits(calendar, workerIds, fresh.shown, colours);
        data.replaceVisitsOf(workerIds, fresh);
        onVisitsChanged();
      },
      () => calendar.refetchEvents(),
    );
  };

  const scheduler = useScheduler({
    describe: (issues) => describeIssues(ctx, issues),
    refresh: refreshRows,
    onUndoFailed: (error) => setNotice(noticeOf(error, ctx, errorText)),
    onSaved,
  });

  const failed = (error: ApiError) => {
    setNotice(noticeOf(error, ctx, errorText));
    refresh();
  };

  const change = (orderId: number, loadedVersion: number, to: Placement): ScheduleChange => ({
    orderId,
    version: scheduler.versionOf(orderId, loadedVersion),
    workerId: to.workerId,
    start: to.start,
    end: to.end,
  });

  /** A drop, a resize or a group move: on refusal or cancel FullCalendar's optimistic change (if any) is reverted. */
  const submitMoves = async (moves: PlannedMove[], revert: () => void): Promise<ScheduleOutcome> => {
    const changes = moves.map((m) => change(m.order.orderId, m.order.version, m.after));
    const outcome = await scheduler.schedule(changes, moves.map((m) => ({ orderId: m.order.orderId, before: m.before, after: m.after })));
    if (outcome.status === 'saved') {
      indicator.set(null);
      setNotice({ kind: 'text', severity: 'success', text: t('board.saved', { count: moves.length }) });
      return outcome;
    }
    revert();
    if (outcome.status === 'failed') failed(outcome.error);
    else indicator.set({ severity: 'hint', title: t('board.indicator.cancelled'), lines: [] });
    return outcome;
  };

  const unschedule = async (visits: readonly BoardVisit[]) => {
    const changes = visits.map((v) => change(v.orderId, v.version, UNSCHEDULED));
    const step = visits.map((v) => ({ orderId: v.orderId, before: { workerId: v.workerId, start: v.start, end: v.end }, after: UNSCHEDULED }));
    const outcome = await scheduler.schedule(changes, step);
    if (outcome.status === 'saved') {
      selection.clear();
      setNotice({ kind: 'text', severity: 'success', text: t('board.unscheduled', { count: visits.length }) });
    } else if (outcome.status === 'failed') failed(outcome.error);
  };

  /** The dispatch dialog's change; the dialog shows a refusal itself. */
  const place = (orderId: number, loadedVersion: number, before: Placement, after: { workerId: number; start: string; end: string }): Promise<ScheduleOutcome> =>
    scheduler.schedule([change(orderId, loadedVersion, after)], [{ orderId, before, after }]);

  return { scheduler, refresh, submitMoves, unschedule, place };
}
