import { useTranslation } from 'react-i18next';
import type { BoardVisit } from '../../electron/contract/dispatch';
import { href } from '../shell/router';
import type { BoardFormat } from './board-format';
import { endsLate } from './events';

interface DetailsPanelProps {
  visits: readonly BoardVisit[];
  technicianName: (workerId: number) => string;
  format: BoardFormat;
  onDispatch: (visit: BoardVisit) => void;
  /** Opens the dialog that moves all the selected visits by a typed time. */
  onMoveSelected: () => void;
  onUnschedule: (visits: readonly BoardVisit[]) => void;
  onClose: () => void;
}

/** The selected bar's order, or a summary of several selected bars. */
export function DetailsPanel({ visits, technicianName, format, onDispatch, onMoveSelected, onUnschedule, onClose }: DetailsPanelProps) {
  const { t } = useTranslation();
  const [visit] = visits;
  if (!visit) return null;
  const many = visits.length > 1;
  return (
    <section className="board-details" aria-label={t('board.details.title')}>
      <header className="board-details-head">
        <h2>{many ? t('board.details.selected', { count: visits.length }) : visit.number}</h2>
        <button type="button" className="board-icon-button" aria-label={t('board.details.close')} title={t('board.details.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {many ? (
        <>
          <p className="help">{t('board.details.moveTogether')}</p>
          <ul className="board-details-list">
            {visits.map((v) => (
              <li key={v.orderId}>
                <strong>{v.number}</strong> {v.customer} — {format.span(v.start, v.end)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <dl className="board-facts">
          <dt>{t('board.details.description')}</dt>
          <dd>{visit.description}</dd>
          <dt>{t('board.details.customer')}</dt>
          <dd>{visit.customer}</dd>
          <dt>{t('board.details.address')}</dt>
          <dd>{[visit.address, visit.city].filter(Boolean).join(', ') || '—'}</dd>
          <dt>{t('board.details.task')}</dt>
          <dd>{visit.task ?? '—'}</dd>
          <dt>{t('board.details.priority')}</dt>
          <dd>{t(`board.priorities.${visit.priority}`)}</dd>
          <dt>{t('board.details.stage')}</dt>
          <dd>{visit.stage ? `${visit.stage.code} — ${visit.stage.name}` : '—'}</dd>
          <dt>{t('board.details.technician')}</dt>
          <dd>{technicianName(visit.workerId)}</dd>
          <dt>{t('board.details.planned')}</dt>
          <dd>{format.span(visit.start, visit.end)}</dd>
          <dt>{t('board.details.slaDeadline')}</dt>
          <dd className={endsLate(visit) ? 'is-late-text' : undefined}>
            {visit.slaDeadline ? format.moment(visit.slaDeadline) : '—'}
            {endsLate(visit) && ` (${t('board.details.late')})`}
          </dd>
        </dl>
      )}
      <div className="board-details-actions">
        {many ? (
          <button type="button" aria-haspopup="dialog" onClick={onMoveSelected}>
            {t('board.details.moveSelected')}
          </button>
        ) : (
          <>
            <a className="button-link" href={href('orders', String(visit.orderId))}>
              {t('board.details.openOrder')}
            </a>
            <button type="button" onClick={() => onDispatch(visit)}>
              {t('board.dispatch')}
            </button>
          </>
        )}
        <button type="button" className="danger" onClick={() => onUnschedule(visits)}>
          {many ? t('board.details.unscheduleAll') : t('board.details.unschedule')}
        </button>
      </div>
    </section>
  );
}
