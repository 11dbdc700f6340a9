import type { Database } from 'better-sqlite3';

export interface AppSettingsRow {
  language: 'lv' | 'en' | null;
  onboarded: boolean;
  timeZone: string;
  currency: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export function getAppSettings(db: Database): AppSettingsRow {
  const row = db
    .prepare(
      `SELECT language, onboarded, time_zone AS timeZone, currency, version, updated_at AS updatedAt,
         updated_by AS updatedBy FROM app_settings WHERE id = 1`,
    )
    .get() as Omit<AppSettingsRow, 'onboarded'> & { onboarded: number };
  return { ...row, onboarded: row.onboarded === 1 };
}

export function setLanguage(db: Database, language: 'lv' | 'en' | null, version: number, actor: string, now: string): boolean {
  return (
    db
      .prepare(
        `UPDATE app_settings SET language = ?, version = version + 1, updated_at = ?, updated_by = ?
         WHERE id = 1 AND version = ?`,
      )
      .run(language, now, actor, version).changes === 1
  );
}

export function markOnboarded(db: Database, actor: string, now: string): void {
  db.prepare(
    'UPDATE app_settings SET onboarded = 1, version = version + 1, updated_at = ?, updated_by = ? WHERE id = 1',
  ).run(now, actor);
}

/** Hands out the next formatted number (K000042) inside the caller's transaction. */
export function takeNextNumber(db: Database, code: string): string {
  const row = db
    .prepare('UPDATE number_sequences SET next_number = next_number + 1 WHERE code = ? RETURNING prefix, next_number - 1 AS n, width')
    .get(code) as { prefix: string; n: number; width: number } | undefined;
  if (!row) throw new Error(`No number sequence ${code}`);
  return `${row.prefix}${String(row.n).padStart(row.width, '0')}`;
}
