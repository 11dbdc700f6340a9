import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../../electron/contract';
import type { BoardVisit } from '../../../electron/contract/dispatch';
import type { ApiError } from '../../../electron/contract/result';
import { call } from '../../api/client';
import { printPeriod, widePeriod, type PrintPeriod } from './print-period';
import type { PrintRoute } from './print-route';

type Rows = ApiOutput<'dispatch.technicians'>;
type PeriodAndTeam = Pick<PrintRoute, 'span' | 'date' | 'teamId'>;

export interface PrintData extends Rows {
  period: PrintPeriod;
  visits: BoardVisit[];
  colours: ApiOutput<'dispatch.settings'>['colours'];
}

export type PrintDataState = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; data: PrintData };

/**
 * Loads what one print view shows. The technicians call comes first over a range wide enough for
 * any zone because it answers with the company's time zone, which fixes the period's instants.
 */
async function loadPrintData({ span, date, teamId }: PeriodAndTeam): Promise<{ ok: true; value: PrintData } | { ok: false; error: ApiError }> {
  const teamFilter = teamId === null ? {} : { teamIds: [teamId] };
  const [rows, settings] = await Promise.all([
    call('dispatch.technicians', { ...widePeriod(span, date), ...teamFilter }),
    call('dispatch.settings', {}),
  ]);
  if (!rows.ok) return rows;
  if (!settings.ok) return settings;
  const period = printPeriod(span, date, rows.value.timeZone);
  const visits = await call('dispatch.visits', { from: period.from, to: period.to, ...teamFilter });
  if (!visits.ok) return visits;
  return { ok: true, value: { ...rows.value, period, visits: visits.value, colours: settings.value.colours } };
}

/**
 * The print view's data for the route's period and team (the layout needs no other data). Until
 * the new data arrives the state is loading; `teams` stays from the last answer so the toolbar's
 * team list does not flicker.
 */
export function usePrintData({ span, date, teamId }: PeriodAndTeam): { state: PrintDataState; teams: Rows['teams'] } {
  const key = `${span}/${date}/${teamId ?? ''}`;
  const [loaded, setLoaded] = useState<{ key: string; state: PrintDataState } | null>(null);
  const [teams, setTeams] = useState<Rows['teams']>([]);

  useEffect(() => {
    let live = true;
    void loadPrintData({ span, date, teamId }).then((result) => {
      if (!live) return;
      if (result.ok) setTeams(result.value.teams);
      setLoaded({ key, state: result.ok ? { status: 'ready', data: result.value } : { status: 'error', error: result.error } });
    });
    return () => {
      live = false;
    };
  }, [key, span, date, teamId]);

  return { state: loaded?.key === key ? loaded.state : { status: 'loading' }, teams };
}
