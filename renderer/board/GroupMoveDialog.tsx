import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { BoardVisit } from '../../electron/contract/dispatch';
import type { ApiError } from '../../electron/contract/result';
import type { BoardFormat } from './board-format';
import type { PlannedMove } from './board-handlers';
import type { DescribedConflict } from './conflict-text';
import { ConflictList } from './ConflictList';
import { GROUP_MOVE_MAX_DAYS, GROUP_MOVE_MAX_MINUTES, GROUP_MOVE_MINUTE_STEP, parseGroupDelta, planGroupMove, type GroupDeltaProblem } from './group-move';
import type { ScheduleOutcome } from './useScheduler';

interface GroupMoveDialogProps {
  visits: readonly BoardVisit[];
  zone: string;
  format: BoardFormat;
  /** What the board's loaded data says about the new places; the main process checks again on save. */
  preview: (moves: readonly PlannedMove[]) => DescribedConflict[];
  describeError: (error: ApiError) => string[];
  /** One schedule call for all the moves, as a multi-select drop sends. */
  onSubmit: (moves: PlannedMove[]) => Promise<ScheduleOutcome>;
  onClose: () => void;
}

/**
 * A multi-select drag's keyboard path: the selected visits move together by whole days and minutes
 * on the wall clock, each on its own technician's row, with the new times and the board's checks shown
 * as they are typed.
 */
export function GroupMoveDialog({ visits, zone, format, preview, describeError, onSubmit, onClose }: GroupMoveDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [days, setDays] = useState('0');
  const [minutes, setMinutes] = useState('0');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [wrong, setWrong] = useState<readonly GroupDeltaProblem[]>([]);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const parsed = parseGroupDelta(days, minutes);
  const moves = parsed.ok ? planGroupMove(visits, parsed.delta, zone) : null;
  const warnings = moves ? preview(moves) : [];

  const problemText = (problem: GroupDeltaProblem): string => {
    if (problem === 'days') return t('board.groupMove.needDays', { max: GROUP_MOVE_MAX_DAYS });
    if (problem === 'minutes') return t('board.groupMove.needMinutes', { step: GROUP_MOVE_MINUTE_STEP, max: GROUP_MOVE_MAX_MINUTES });
    return t('board.groupMove.needSomething');
  };

  const invalid = (field: GroupDeltaProblem) =>
    wrong.includes(field) ? { 'aria-invalid': true, 'aria-describedby': `${id}-problems` } : { 'aria-invalid': false };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!parsed.ok || !moves) {
      setWrong(parsed.ok ? [] : parsed.problems);
      setProblems(parsed.ok ? [] : parsed.problems.map(problemText));
      return;
    }
    setBusy(true);
    setWrong([]);
    setProblems([]);
    const outcome = await onSubmit(moves);
    setBusy(false);
    if (outcome.status === 'saved') dialog.current?.close();
    else if (outcome.status === 'failed') setProblems(describeError(outcome.error));
  };

  return createPortal(
    <dialog ref={dialog} className="board-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`} noValidate>
        <h2 id={`${id}-title`}>{t('board.groupMove.title', { count: visits.length })}</h2>
        <p className="help">{t('board.groupMove.help')}</p>
        <div className="form-grid">
          <label>
            {t('board.groupMove.days')}
            <input type="number" inputMode="numeric" step={1} value={days} onChange={(e) => setDays(e.target.value)} {...invalid('days')} autoFocus />
          </label>
          <label>
            {t('board.groupMove.minutes', { step: GROUP_MOVE_MINUTE_STEP })}
            <input
              type="number"
              inputMode="numeric"
              step={GROUP_MOVE_MINUTE_STEP}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
              {...invalid('minutes')}
            />
          </label>
        </div>
        <ul className="board-group-move-list" aria-label={t('board.groupMove.newTimes')} aria-live="polite">
          {visits.map((v, i) => {
            const after = moves?.[i]?.after;
            return (
              <li key={v.orderId}>
                <strong>{v.number}</strong> {v.customer}: {format.span(v.start, v.end)}
                {after && ` → ${format.span(after.start, after.end)}`}
              </li>
            );
          })}
        </ul>
        <ConflictList conflicts={warnings} label={t('board.dialog.checks')} />
        {problems.length > 0 && (
          <div id={`${id}-problems`} className="notice notice-error" role="alert">
            {problems.join(' ')}
          </div>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('board.groupMove.submit')}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('board.groupMove.cancel')}
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
