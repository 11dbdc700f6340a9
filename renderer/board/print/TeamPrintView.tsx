import { useTranslation } from 'react-i18next';
import type { PrintFormat } from './print-format';
import type { TeamSheet } from './print-sheets';
import { VisitLine, type PriorityColours } from './VisitLine';

interface ViewProps {
  sheets: readonly TeamSheet[];
  dates: readonly string[];
  format: PrintFormat;
  colours: PriorityColours;
}

/**
 * One compact table per dispatch team (a page each on paper): a row per technician and a column
 * per day, each cell listing that day's visits.
 */
export function TeamPrintView({ sheets, dates, format, colours }: ViewProps) {
  const { t } = useTranslation();
  if (sheets.length === 0) return <p className="print-empty">{t('boardPrint.noTechnicians')}</p>;
  const detailed = dates.length === 1;
  return (
    <>
      {sheets.map(({ team, rows }) => {
        const headingId = `print-team-${team?.id ?? 'none'}`;
        return (
          <section key={team?.id ?? 'none'} className="print-sheet" aria-labelledby={headingId}>
            <header className="print-sheet-header">
              <h2 id={headingId}>{team?.name ?? t('boardPrint.noTeam')}</h2>
              <p>{t('boardPrint.periodLine', { period: format.period(dates) })}</p>
            </header>
            <table className={`print-table print-grid ${detailed ? 'print-grid-day' : 'print-grid-week'}`}>
              <thead>
                <tr>
                  <th scope="col" className="technician-column">
                    {t('boardPrint.technician')}
                  </th>
                  {dates.map((date) => (
                    <th key={date} scope="col">
                      {format.day(date)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(({ technician, days }) => (
                  <tr key={technician.id}>
                    <th scope="row">{technician.name}</th>
                    {dates.map((date) => {
                      const visits = days.get(date) ?? [];
                      return (
                        <td key={date}>
                          {visits.length === 0 ? (
                            detailed && <span className="print-empty">{t('boardPrint.noVisits')}</span>
                          ) : (
                            <ul>
                              {visits.map((visit) => (
                                <VisitLine key={visit.orderId} visit={visit} format={format} colours={colours} detailed={detailed} />
                              ))}
                            </ul>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}
