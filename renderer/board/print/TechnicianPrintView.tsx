import { useTranslation } from 'react-i18next';
import type { BoardVisit } from '../../../electron/contract/dispatch';
import type { PrintFormat } from './print-format';
import type { TechnicianSheet } from './print-sheets';
import type { PriorityColours } from './VisitLine';
import { endsLate } from '../events';
import { localDateOf } from './print-period';

const COLUMNS = ['date', 'time', 'order', 'customer', 'address', 'task', 'priority', 'stage', 'slaDeadline'] as const;

interface ViewProps {
  sheets: readonly TechnicianSheet[];
  dates: readonly string[];
  timeZone: string;
  format: PrintFormat;
  colours: PriorityColours;
}

function VisitRow({ visit, timeZone, format, colours }: { visit: BoardVisit } & Pick<ViewProps, 'timeZone' | 'format' | 'colours'>) {
  const { t } = useTranslation();
  const address = [visit.address, visit.city].filter(Boolean).join(', ');
  return (
    <tr>
      <td className="priority-mark nowrap" style={{ borderLeftColor: colours[visit.priority] }}>
        {format.day(localDateOf(visit.start, timeZone))}
      </td>
      <td className="nowrap">{format.timeRange(visit.start, visit.end)}</td>
      <td className="nowrap">{visit.number}</td>
      <td>{visit.customer}</td>
      <td>{address}</td>
      <td>{visit.task ?? visit.description}</td>
      <td>{t(`orders.priorityNames.${visit.priority}`)}</td>
      <td>{visit.stage?.name}</td>
      <td>
        {visit.slaDeadline && format.moment(visit.slaDeadline)}
        {endsLate(visit) && <strong className="late"> {t('boardPrint.afterDeadline')}</strong>}
      </td>
    </tr>
  );
}

/** One section per technician (a page each on paper): the visits in time order and the totals. */
export function TechnicianPrintView({ sheets, dates, timeZone, format, colours }: ViewProps) {
  const { t } = useTranslation();
  if (sheets.length === 0) return <p className="print-empty">{t('boardPrint.noTechnicians')}</p>;
  return (
    <>
      {sheets.map(({ technician, visits, minutes }) => (
        <section key={technician.id} className="print-sheet" aria-labelledby={`print-technician-${technician.id}`}>
          <header className="print-sheet-header">
            <h2 id={`print-technician-${technician.id}`}>{technician.name}</h2>
            <p>
              {t('boardPrint.teamLine', { team: technician.team?.name ?? t('boardPrint.noTeam') })}
              {' · '}
              {t('boardPrint.periodLine', { period: format.period(dates) })}
            </p>
          </header>
          {visits.length === 0 ? (
            <p className="print-empty">{t('boardPrint.noVisits')}</p>
          ) : (
            <table className="print-table">
              <thead>
                <tr>
                  {COLUMNS.map((column) => (
                    <th key={column} scope="col">
                      {t(`boardPrint.columns.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {visits.map((visit) => (
                  <VisitRow key={visit.orderId} visit={visit} timeZone={timeZone} format={format} colours={colours} />
                ))}
              </tbody>
            </table>
          )}
          <p className="print-footer">{t('boardPrint.totals', { visits: visits.length, hours: format.hours(minutes) })}</p>
        </section>
      ))}
    </>
  );
}
