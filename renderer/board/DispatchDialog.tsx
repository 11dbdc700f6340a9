import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../electron/contract/result';
import { addMinutes, instantToLocal, localToInstant, minutesBetween } from './board-time';
import type { DescribedConflict } from './conflict-text';
import { ConflictList } from './ConflictList';
import { groupTechnicians, type Roster } from './resources';
import type { Placement } from './undo-stack';
import type { ScheduleOutcome } from './useScheduler';

/** The order the dialog places, scheduled already or from the queue. */
export interface DispatchTarget {
  orderId: number;
  /** The order's version when the dialog opened; the board sends a newer one if it loaded one since. */
  version: number;
  number: string;
  customer: string;
  /** Where the visit is now; null for a queue order. */
  placed: { workerId: number; start: string; end: string } | null;
  before: Placement;
  suggestedWorkerId: number | null;
  suggestedDate: string | null;
  suggestedTime: string | null;
  durationMinutes: number;
}

interface DispatchDialogProps {
  target: DispatchTarget;
  roster: Roster;
  /** The board's first shown day, when the order suggests none. */
  fallbackDate: string;
  /** What the board's loaded data says about the place; the main process checks again on save. */
  preview: (workerId: number, start: string, end: string) => DescribedConflict[];
  formatDate: (isoDate: string) => string;
  describeError: (error: ApiError) => string[];
  onSubmit: (workerId: number, start: string, end: string) => Promise<ScheduleOutcome>;
  onClose: () => void;
}

const DEFAULT_START = '08:00';
const MIN_MINUTES = 5;

/**
 * Every drag has a keyboard path: choose the technician, the date, the start time and the length,
 * and the same schedule call (and the same confirmation for warnings) runs as for a drop.
 */
export function DispatchDialog({ target, roster, fallbackDate, preview, formatDate, describeError, onSubmit, onClose }: DispatchDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const zone = roster.timeZone;
  const initial = useMemo(() => {
    const { placed } = target;
    if (placed) {
      const local = instantToLocal(placed.start, zone);
      return { workerId: placed.workerId, date: local.date, time: local.time, minutes: minutesBetween(placed.start, placed.end) };
    }
    return { workerId: target.suggestedWorkerId, date: target.suggestedDate ?? fallbackDate, time: target.suggestedTime ?? DEFAULT_START, minutes: target.durationMinutes };
  }, [target, zone, fallbackDate]);
  const groups = useMemo(() => groupTechnicians(roster).filter((g) => g.technicians.length > 0), [roster]);
  const known = roster.technicians.some((tech) => tech.id === initial.workerId);

  const [workerId, setWorkerId] = useState(known && initial.workerId !== null ? String(initial.workerId) : '');
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [minutes, setMinutes] = useState(String(initial.minutes));
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const start = date && time ? localToInstant(date, time, zone) : null;
  const length = Number(minutes);
  const validLength = Number.isInteger(length) && length >= MIN_MINUTES && length <= 24 * 60 * 14;
  const end = start && validLength ? addMinutes(start, length) : null;
  const warnings = workerId && start && end ? preview(Number(workerId), start, end) : [];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing = [
      !workerId && t('board.dialog.needTechnician'),
      !start && t('board.dialog.needStart'),
      !validLength && t('board.dialog.needLength'),
    ].filter((m): m is string => typeof m === 'string');
    if (missing.length > 0 || !start || !end) {
      setProblems(missing);
      return;
    }
    setBusy(true);
    setProblems([]);
    const outcome = await onSubmit(Number(workerId), start, end);
    setBusy(false);
    if (outcome.status === 'saved') dialog.current?.close();
    else if (outcome.status === 'failed') setProblems(describeError(outcome.error));
  };

  const endText = end ? instantToLocal(end, zone) : null;
  return createPortal(
    <dialog ref={dialog} className="board-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`} noValidate>
        <h2 id={`${id}-title`}>{t('board.dialog.title', { number: target.number })}</h2>
        <p className="help">{target.customer}</p>
        <div className="form-grid">
          <label className="wide">
            {t('board.dialog.technician')}
            <select value={workerId} onChange={(e) => setWorkerId(e.target.value)} required autoFocus>
              <option value="">{t('board.dialog.chooseTechnician')}</option>
              {groups.map((g) => (
                <optgroup key={g.key} label={g.team ? g.team.name : t('board.noTeam')}>
                  {g.technicians.map((tech) => (
                    <option key={tech.id} value={tech.id}>
                      {tech.name} ({tech.code})
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <label>
            {t('board.dialog.date')}
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
          </label>
          <label>
            {t('board.dialog.start')}
            <input type="time" value={time} onChange={(e) => setTime(e.target.value)} required step={300} />
          </label>
          <label>
            {t('board.dialog.minutes')}
            <input type="number" inputMode="numeric" min={MIN_MINUTES} step={15} value={minutes} onChange={(e) => setMinutes(e.target.value)} required />
          </label>
          <p className="board-dialog-end" aria-live="polite">
            {endText ? t('board.dialog.ends', { date: endText.date === date ? '' : formatDate(endText.date), time: endText.time }).trim() : ''}
          </p>
        </div>
        <ConflictList conflicts={warnings} label={t('board.dialog.checks')} />
        {problems.length > 0 && (
          <div className="notice notice-error" role="alert">
            {problems.join(' ')}
          </div>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('board.dialog.submit')}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('board.dialog.cancel')}
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
