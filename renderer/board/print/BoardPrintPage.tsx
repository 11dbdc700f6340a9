import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { printFormat } from './print-format';
import { browserToday } from './print-period';
import { parsePrintRoute, type PrintLayout } from './print-route';
import { teamSheets, technicianSheets } from './print-sheets';
import { PrintToolbar } from './PrintToolbar';
import { TeamPrintView } from './TeamPrintView';
import { TechnicianPrintView } from './TechnicianPrintView';
import { usePrintData, type PrintData } from './usePrintData';
import './print.css';

/**
 * The page size belongs to this view only (other printouts may be portrait), so the rule is
 * mounted with the view instead of living in the global stylesheet.
 */
const PAGE_RULE = '@page { size: A4 landscape; margin: 12mm; }';

function PrintSheets({ by, data }: { by: PrintLayout; data: PrintData }) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'lv' ? 'lv' : 'en';
  const { timeZone, period, teams, technicians, visits, colours } = data;
  const format = useMemo(() => printFormat(lang, timeZone), [lang, timeZone]);
  if (by === 'team') {
    const sheets = teamSheets(teams, technicians, visits, period.dates, timeZone);
    return <TeamPrintView sheets={sheets} dates={period.dates} format={format} colours={colours} />;
  }
  return <TechnicianPrintView sheets={technicianSheets(technicians, visits)} dates={period.dates} timeZone={timeZone} format={format} colours={colours} />;
}

/** `#/board/print/<by>/<span>/<date>[/<teamId>]`: plain printable sheets of the board's visits. */
export function BoardPrintPage({ parts }: { parts: string[] }) {
  const { t } = useTranslation();
  const route = parsePrintRoute(parts, browserToday());
  const { state, teams } = usePrintData(route);
  const layout = t(route.by === 'team' ? 'boardPrint.byTeam' : 'boardPrint.byTechnician');

  return (
    <section className="board-print" aria-labelledby="page-title" aria-busy={state.status === 'loading'}>
      <style>{PAGE_RULE}</style>
      <div className="print-toolbar-area">
        <h1 id="page-title">
          {t('boardPrint.title')}: {layout}
        </h1>
        <PrintToolbar route={route} teams={teams} canPrint={state.status === 'ready'} />
      </div>
      {state.status === 'loading' && <p role="status">{t('boardPrint.loading')}</p>}
      {state.status === 'error' && <ErrorNotice error={state.error} />}
      {state.status === 'ready' && <PrintSheets by={route.by} data={state.data} />}
    </section>
  );
}
