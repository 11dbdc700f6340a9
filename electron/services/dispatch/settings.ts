import type { Database } from 'better-sqlite3';
import { getDispatchSettings, updateDispatchSettings, type DispatchSettingsRow } from '../../../db/queries/dispatch-settings';
import type { ApiParsedInput } from '../../contract';
import type { ConflictPolicy } from '../../domain/dispatch/types';
import { isoNow, refuseStaleWrite } from '../write';

/** The board settings: the severity of each conflict rule and the bar colour per priority. */

export const readDispatchSettings = (db: Database): DispatchSettingsRow => getDispatchSettings(db);

/** The conflict rules' severities as the domain checks them. */
export const conflictPolicy = (db: Database): ConflictPolicy => getDispatchSettings(db).rules;

export function changeDispatchSettings(db: Database, input: ApiParsedInput<'dispatch.updateSettings'>, ctx: { actor: string; now(): Date }): DispatchSettingsRow {
  const { version, rules, colours } = input;
  // One spelling of a colour, so two dispatchers comparing settings see the same text.
  const lower = { high: colours.high.toLowerCase(), normal: colours.normal.toLowerCase(), low: colours.low.toLowerCase() };
  if (!updateDispatchSettings(db, { rules, colours: lower }, version, ctx.actor, isoNow(ctx))) refuseStaleWrite(db, 'dispatch_settings', 1);
  return getDispatchSettings(db);
}
