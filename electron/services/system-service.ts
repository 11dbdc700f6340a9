import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { countCustomers } from '../../db/queries/customers';
import { getAppSettings, markOnboarded, setLanguage } from '../../db/queries/settings';
import { loadDemo } from '../../db/seed/setup';
import { IntegrityError, NotOurDatabaseError } from '../../db/store';
import { SchemaTooNewError } from '../../db/migrations';
import type { AppEnvironment, Handlers } from './context';
import { ServiceError, fieldError } from './errors';
import { isoNow, refuseStaleWrite } from './write';

type SystemHandlers = Pick<
  Handlers,
  'system.info' | 'system.loadDemo' | 'system.startEmpty' | 'system.setLanguage' | 'system.backup' | 'system.restore'
>;

export const defaultBackupFolder = (dbPath: string) => join(dirname(dbPath), 'backups');

/** Turns the store's refusals of a restore candidate into messages that name the field. */
function explainRestoreFailure(err: unknown): never {
  if (err instanceof NotOurDatabaseError) throw fieldError('file', 'restore_not_sqlite');
  if (err instanceof IntegrityError) throw fieldError('file', 'restore_check_failed', { detail: err.detail });
  if (err instanceof SchemaTooNewError) throw fieldError('file', 'restore_too_new', { found: err.found, known: err.known });
  throw err;
}

export function systemHandlers(env: AppEnvironment): SystemHandlers {
  return {
    'system.info': (_input, ctx) => {
      const settings = getAppSettings(ctx.store.db);
      return {
        appVersion: env.appVersion,
        dbPath: ctx.store.path,
        schemaVersion: ctx.store.schemaVersion,
        isEmpty: !settings.onboarded && countCustomers(ctx.store.db) === 0,
        onboarded: settings.onboarded,
        language: settings.language,
        settingsVersion: settings.version,
        defaultBackupFolder: defaultBackupFolder(ctx.store.path),
        osUser: env.osUser,
      };
    },

    'system.loadDemo': (_input, ctx) => {
      const db = ctx.store.db;
      return db.transaction(() => {
        if (countCustomers(db) > 0) throw new ServiceError('rule', 'demo_needs_empty');
        const counts = loadDemo(db, { now: ctx.now(), actor: ctx.actor });
        markOnboarded(db, ctx.actor, isoNow(ctx));
        return { counts };
      })();
    },

    'system.startEmpty': (_input, ctx) => {
      markOnboarded(ctx.store.db, ctx.actor, isoNow(ctx));
      return { onboarded: true as const };
    },

    'system.setLanguage': (input, ctx) => {
      const db = ctx.store.db;
      if (!setLanguage(db, input.language, input.version, ctx.actor, isoNow(ctx))) refuseStaleWrite(db, 'app_settings', 1);
      const settings = getAppSettings(db);
      return { language: settings.language, settingsVersion: settings.version };
    },

    'system.backup': async (input, ctx) => {
      // The default folder beside the database is the application's own: made on first use.
      // Any other folder must already exist.
      if (resolve(input.folder) === defaultBackupFolder(ctx.store.path)) mkdirSync(input.folder, { recursive: true });
      if (!existsSync(input.folder) || !statSync(input.folder).isDirectory()) {
        throw fieldError('folder', 'backup_folder_missing');
      }
      return ctx.store.backupTo(input.folder, ctx.now());
    },

    'system.restore': (input, ctx) => {
      if (!existsSync(input.file)) throw fieldError('file', 'restore_not_sqlite');
      try {
        return ctx.store.restoreFrom(input.file, ctx.now());
      } catch (err) {
        return explainRestoreFailure(err);
      }
    },
  };
}
