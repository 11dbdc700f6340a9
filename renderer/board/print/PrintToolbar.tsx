import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../electron/contract';
import { navigate } from '../../shell/router';
import { boardHash } from '../board-route';
import { PRINT_LAYOUTS, PRINT_SPANS, printRouteParts, type PrintRoute } from './print-route';

type Team = ApiOutput<'dispatch.technicians'>['teams'][number];

const LAYOUT_LABELS = { technician: 'boardPrint.byTechnician', team: 'boardPrint.byTeam' } as const;

/** The print view's choices (hidden on paper); every change is a new address, so it can be bookmarked. */
export function PrintToolbar({ route, teams, canPrint }: { route: PrintRoute; teams: readonly Team[]; canPrint: boolean }) {
  const { t } = useTranslation();
  const go = (change: Partial<PrintRoute>) => navigate('board', 'print', ...printRouteParts({ ...route, ...change }));
  const teamKnown = route.teamId === null || teams.some((team) => team.id === route.teamId);

  return (
    <form className="print-toolbar" aria-label={t('boardPrint.toolbar')} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('boardPrint.by')}
        <select value={route.by} onChange={(e) => go({ by: PRINT_LAYOUTS.find((v) => v === e.target.value) ?? route.by })}>
          {PRINT_LAYOUTS.map((by) => (
            <option key={by} value={by}>
              {t(LAYOUT_LABELS[by])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('boardPrint.span')}
        <select value={route.span} onChange={(e) => go({ span: PRINT_SPANS.find((v) => v === e.target.value) ?? route.span })}>
          {PRINT_SPANS.map((span) => (
            <option key={span} value={span}>
              {t(`boardPrint.${span}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('boardPrint.date')}
        <input type="date" value={route.date} required onChange={(e) => e.target.value && go({ date: e.target.value })} />
      </label>
      <label>
        {t('boardPrint.team')}
        <select value={route.teamId ?? ''} onChange={(e) => go({ teamId: e.target.value ? Number(e.target.value) : null })}>
          <option value="">{t('boardPrint.allTeams')}</option>
          {!teamKnown && <option value={route.teamId ?? ''}>{route.teamId}</option>}
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </label>
      <div className="actions">
        <button type="button" className="primary" disabled={!canPrint} onClick={() => window.print()}>
          {t('boardPrint.print')}
        </button>
        <a className="print-back" href={boardHash({ date: route.date, view: route.span })}>
          {t('boardPrint.back')}
        </a>
      </div>
    </form>
  );
}
