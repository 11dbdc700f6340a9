import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_VIEWS, printHash, type BoardView } from './board-route';
import { ZOOM_MINUTES, type ZoomMinutes } from './views';

interface BoardToolbarProps {
  title: string;
  date: string;
  view: BoardView;
  zoom: ZoomMinutes;
  teamId: number | null;
  canUndo: boolean;
  canRedo: boolean;
  onPrev: () => void;
  onToday: () => void;
  onNext: () => void;
  onDate: (date: string) => void;
  onView: (view: BoardView) => void;
  onZoom: (zoom: ZoomMinutes) => void;
  onUndo: () => void;
  onRedo: () => void;
  onFind: (number: string) => void;
}

/**
 * The board's heading and tools: the shown days, undo and redo, the print views for the same days;
 * then days, view, zoom and the search for one order by number.
 */
export function BoardToolbar(props: BoardToolbarProps) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const span = props.view === 'day' ? 'day' : 'week';
  const find = (e: FormEvent) => {
    e.preventDefault();
    if (number.trim()) props.onFind(number.trim());
  };
  return (
    <header className="board-header">
      <div className="board-row">
        <h1>{t('nav.board')}</h1>
        <span className="board-range" aria-live="polite">
          {props.title}
        </span>
        <div className="board-history">
          <button type="button" onClick={props.onUndo} disabled={!props.canUndo} title={t('board.undoKeys')}>
            {t('board.undo')}
          </button>
          <button type="button" onClick={props.onRedo} disabled={!props.canRedo} title={t('board.redoKeys')}>
            {t('board.redo')}
          </button>
          <details className="board-print-menu">
            <summary>{t('board.print.menu')}</summary>
            <ul>
              <li>
                <a href={printHash('technician', span, props.date, props.teamId)}>{t(`board.print.technician.${span}`)}</a>
              </li>
              <li>
                <a href={printHash('team', span, props.date, props.teamId)}>{t(`board.print.team.${span}`)}</a>
              </li>
            </ul>
          </details>
        </div>
      </div>
      <div className="board-row board-toolbar" role="toolbar" aria-label={t('board.toolbar')}>
        <div className="board-nav">
          <button type="button" className="board-icon-button" onClick={props.onPrev} aria-label={t('board.prev')} title={t('board.prev')}>
            ‹
          </button>
          <button type="button" onClick={props.onToday}>
            {t('board.today')}
          </button>
          <button type="button" className="board-icon-button" onClick={props.onNext} aria-label={t('board.next')} title={t('board.next')}>
            ›
          </button>
          <input type="date" className="board-date" aria-label={t('board.goToDate')} value={props.date} onChange={(e) => e.target.value && props.onDate(e.target.value)} />
        </div>
        <div className="board-segmented" role="group" aria-label={t('board.view')}>
          {BOARD_VIEWS.map((v) => (
            <button key={v} type="button" aria-pressed={props.view === v} onClick={() => props.onView(v)}>
              {t(`board.views.${v}`)}
            </button>
          ))}
        </div>
        <label className="board-zoom">
          <span>{t('board.zoom')}</span>
          <select value={props.zoom} onChange={(e) => props.onZoom(Number(e.target.value) as ZoomMinutes)}>
            {ZOOM_MINUTES.map((m) => (
              <option key={m} value={m}>
                {m < 60 ? t('board.minutes', { m }) : t('board.hours', { h: m / 60 })}
              </option>
            ))}
          </select>
        </label>
        <form className="board-find" role="search" aria-label={t('board.find.label')} onSubmit={find}>
          <input type="search" aria-label={t('board.find.number')} value={number} onChange={(e) => setNumber(e.target.value)} placeholder={t('board.find.placeholder')} />
          <button type="submit">{t('board.find.submit')}</button>
        </form>
      </div>
    </header>
  );
}
