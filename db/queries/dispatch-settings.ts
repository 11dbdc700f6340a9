import type { Database } from 'better-sqlite3';

/** The one row of dispatch board settings: a severity per conflict rule and a bar colour per priority. */

/** The contract's CONFLICT_RULES (db/ may not import electron/); column rule_<name> holds each one's severity. */
export const DISPATCH_RULE_COLUMNS = ['overlap', 'outside_hours', 'absence', 'missing_skill', 'after_sla_deadline', 'stage_locked'] as const;
export type DispatchRuleColumn = (typeof DISPATCH_RULE_COLUMNS)[number];
export type Severity = 'block' | 'warn';

export interface DispatchSettingsRow {
  rules: Record<DispatchRuleColumn, Severity>;
  colours: { high: string; normal: string; low: string };
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export function getDispatchSettings(db: Database): DispatchSettingsRow {
  const row = db.prepare('SELECT * FROM dispatch_settings WHERE id = 1').get() as Record<string, string | number>;
  const rules = Object.fromEntries(DISPATCH_RULE_COLUMNS.map((rule) => [rule, row[`rule_${rule}`] as Severity])) as Record<DispatchRuleColumn, Severity>;
  return {
    rules,
    colours: { high: row.colour_high as string, normal: row.colour_normal as string, low: row.colour_low as string },
    version: row.version as number,
    updatedAt: row.updated_at as string,
    updatedBy: row.updated_by as string,
  };
}

/** Version-checked; false when the stored version is not `version`. */
export function updateDispatchSettings(
  db: Database,
  v: Pick<DispatchSettingsRow, 'rules' | 'colours'>,
  version: number,
  actor: string,
  now: string,
): boolean {
  const ruleSets = DISPATCH_RULE_COLUMNS.map((rule) => `rule_${rule} = @${rule}`).join(', ');
  return (
    db
      .prepare(
        `UPDATE dispatch_settings SET ${ruleSets}, colour_high = @high, colour_normal = @normal, colour_low = @low,
           version = version + 1, updated_at = @now, updated_by = @actor
         WHERE id = 1 AND version = @version`,
      )
      .run({ ...v.rules, ...v.colours, now, actor, version }).changes === 1
  );
}
