import type { Database } from 'better-sqlite3';

export interface ParametersRow {
  allowOrdersWithoutAgreement: boolean;
  signOffRequired: boolean;
  reasonOnSlaCancel: boolean;
  reasonOnSlaExceed: boolean;
  timeZone: string;
  currency: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

const FLAGS = ['allowOrdersWithoutAgreement', 'signOffRequired', 'reasonOnSlaCancel', 'reasonOnSlaExceed'] as const;

export function getParameters(db: Database): ParametersRow {
  const raw = db
    .prepare(
      `SELECT allow_orders_without_agreement AS allowOrdersWithoutAgreement, sign_off_required AS signOffRequired,
         reason_on_sla_cancel AS reasonOnSlaCancel, reason_on_sla_exceed AS reasonOnSlaExceed,
         time_zone AS timeZone, currency, version, updated_at AS updatedAt, updated_by AS updatedBy
       FROM app_settings WHERE id = 1`,
    )
    .get() as Record<string, unknown>;
  const row = { ...raw } as Record<string, unknown>;
  for (const flag of FLAGS) row[flag] = raw[flag] === 1;
  return row as unknown as ParametersRow;
}

export function updateParameters(
  db: Database,
  v: Omit<ParametersRow, 'version' | 'updatedAt' | 'updatedBy'>,
  version: number,
  actor: string,
  now: string,
): boolean {
  return (
    db
      .prepare(
        `UPDATE app_settings SET allow_orders_without_agreement = @a, sign_off_required = @s, reason_on_sla_cancel = @c,
           reason_on_sla_exceed = @e, time_zone = @tz, currency = @cur, version = version + 1, updated_at = @now,
           updated_by = @actor
         WHERE id = 1 AND version = @version`,
      )
      .run({
        a: v.allowOrdersWithoutAgreement ? 1 : 0,
        s: v.signOffRequired ? 1 : 0,
        c: v.reasonOnSlaCancel ? 1 : 0,
        e: v.reasonOnSlaExceed ? 1 : 0,
        tz: v.timeZone,
        cur: v.currency,
        now,
        actor,
        version,
      }).changes === 1
  );
}

export interface SequenceRow {
  code: string;
  prefix: string;
  nextNumber: number;
  width: number;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export function listSequences(db: Database): SequenceRow[] {
  return db
    .prepare(
      `SELECT code, prefix, next_number AS nextNumber, width, version, updated_at AS updatedAt, updated_by AS updatedBy
       FROM number_sequences ORDER BY rowid`,
    )
    .all() as SequenceRow[];
}

export function sequenceStamp(db: Database, code: string): { updatedAt: string; updatedBy: string } | undefined {
  return db.prepare('SELECT updated_at AS updatedAt, updated_by AS updatedBy FROM number_sequences WHERE code = ?').get(code) as
    | { updatedAt: string; updatedBy: string }
    | undefined;
}

export function updateSequence(
  db: Database,
  s: { code: string; prefix: string; nextNumber: number; width: number; version: number },
  actor: string,
  now: string,
): boolean {
  return (
    db
      .prepare(
        `UPDATE number_sequences SET prefix = @prefix, next_number = @nextNumber, width = @width, version = version + 1,
           updated_at = @now, updated_by = @actor
         WHERE code = @code AND version = @version`,
      )
      .run({ ...s, now, actor }).changes === 1
  );
}

/** Where each sequence's numbers are stored, to find the highest one handed out. */
const NUMBERED: Record<string, { table: string; column: string }> = {
  customer: { table: 'customers', column: 'code' },
  agreement: { table: 'agreements', column: 'number' },
  order: { table: 'service_orders', column: 'number' },
};

/**
 * The highest number handed out under the current prefix. Numbers typed by hand with the same
 * prefix count too, because the sequence must not hand them out again.
 */
export function highestUsedNumber(db: Database, code: string, prefix: string): number {
  const target = NUMBERED[code];
  if (!target) return 0;
  const rows = db
    .prepare(`SELECT ${target.column} AS value FROM ${target.table} WHERE substr(${target.column}, 1, ?) = ?`)
    .all(prefix.length, prefix) as { value: string }[];
  let highest = 0;
  for (const { value } of rows) {
    const rest = value.slice(prefix.length);
    if (/^\d+$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  return highest;
}
