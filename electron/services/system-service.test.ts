import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import type { Store } from '../../db/store';
import { tempStore } from '../../db/test-helpers';
import type { ApiError, ApiInput, ApiName, ApiOutput } from '../contract';
import { formatErrorMessage } from '../contract/messages';
import type { CallContext, Handlers } from './context';
import { createHandlers } from './handlers';
import { invoke, type Logger } from './invoke';

const NOW = new Date('2026-03-29T10:00:00Z');

describe('system service', () => {
  let store: Store;
  let dir: string;
  let cleanup: () => void;
  let ctx: CallContext;
  let handlers: Handlers;
  const logged: unknown[] = [];
  const log: Logger = (_message, err) => {
    logged.push(err);
  };

  beforeEach(() => {
    ({ store, dir, cleanup } = tempStore('main.sqlite'));
    ctx = { store, actor: 'Anna', now: () => NOW };
    handlers = createHandlers({ appVersion: 'test', osUser: 'tester' });
    logged.length = 0;
  });

  afterEach(() => {
    cleanup();
    // A refusal is never an unexpected failure.
    expect(logged).toEqual([]);
  });

  async function callOk<N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
    const result = await invoke(handlers, ctx, name, input, log);
    if (!result.ok) throw new Error(`${name} was refused: ${JSON.stringify(result.error)}`);
    return result.value as ApiOutput<N>;
  }

  async function callErr(name: ApiName, input: unknown): Promise<ApiError> {
    const result = await invoke(handlers, ctx, name, input, log);
    if (result.ok) throw new Error(`${name} succeeded but was expected to fail: ${JSON.stringify(result.value)}`);
    return result.error;
  }

  const count = (table: string) => (store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const customerNames = () => (store.db.prepare('SELECT name FROM customers ORDER BY name').all() as { name: string }[]).map((r) => r.name);

  describe('system.info', () => {
    it('describes an empty database', async () => {
      const info = await callOk('system.info', {});
      expect(info).toEqual({
        appVersion: 'test',
        dbPath: store.path,
        schemaVersion: LATEST_SCHEMA_VERSION,
        isEmpty: true,
        onboarded: false,
        language: null,
        settingsVersion: 0,
        defaultBackupFolder: join(dirname(store.path), 'backups'),
        osUser: 'tester',
      });
      expect(dirname(info.defaultBackupFolder)).toBe(dir);
    });

    it('is not empty once a customer exists', async () => {
      await callOk('customers.create', { name: 'SIA Pirmais' });
      const info = await callOk('system.info', {});
      expect(info.isEmpty).toBe(false);
      expect(info.onboarded).toBe(false);
    });
  });

  describe('system.startEmpty', () => {
    it('records the choice so the database is no longer empty', async () => {
      expect(await callOk('system.startEmpty', {})).toEqual({ onboarded: true });
      const info = await callOk('system.info', {});
      expect(info.isEmpty).toBe(false);
      expect(info.onboarded).toBe(true);
      expect(count('customers')).toBe(0);
    });
  });

  describe('system.setLanguage', () => {
    it('stores the language with the current version', async () => {
      const { settingsVersion } = await callOk('system.info', {});
      const saved = await callOk('system.setLanguage', { language: 'en', version: settingsVersion });
      expect(saved).toEqual({ language: 'en', settingsVersion: settingsVersion + 1 });
      const info = await callOk('system.info', {});
      expect(info.language).toBe('en');
      expect(info.settingsVersion).toBe(settingsVersion + 1);
      // null goes back to following the operating system.
      expect(await callOk('system.setLanguage', { language: null, version: info.settingsVersion })).toEqual({
        language: null,
        settingsVersion: settingsVersion + 2,
      });
    });

    it('refuses a stale version with conflict and keeps the stored language', async () => {
      await callOk('system.setLanguage', { language: 'lv', version: 0 });
      const error = await callErr('system.setLanguage', { language: 'en', version: 0 });
      expect(error.code).toBe('conflict');
      expect(error.details.params).toEqual({ by: 'Anna', at: NOW.toISOString() });
      expect((await callOk('system.info', {})).language).toBe('lv');
    });

    it('refuses an unknown language, naming the field', async () => {
      const error = await callErr('system.setLanguage', { language: 'de', version: 0 });
      expect(error.code).toBe('validation');
      expect(error.details.issues).toEqual([{ field: 'language', key: 'invalid_value' }]);
      expect(error.message).toContain('Language');
      expect(formatErrorMessage('lv', error.details)).toContain('Valoda');
      expect((await callOk('system.info', {})).settingsVersion).toBe(0);
    });
  });

  describe('system.backup', () => {
    it('refuses a missing folder, naming the field', async () => {
      const error = await callErr('system.backup', { folder: join(dir, 'no-such-folder') });
      expect(error.code).toBe('validation');
      expect(error.details.issues).toEqual([{ field: 'folder', key: 'backup_folder_missing', params: {} }]);
      expect(error.message).toContain('Backup folder');
      expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
    });

    it('refuses a file given as the folder', async () => {
      const file = join(dir, 'a-file.txt');
      writeFileSync(file, 'x');
      const error = await callErr('system.backup', { folder: file });
      expect(error.details.issues?.[0]).toMatchObject({ field: 'folder', key: 'backup_folder_missing' });
    });

    it('refuses an empty folder name', async () => {
      const error = await callErr('system.backup', { folder: '   ' });
      expect(error.code).toBe('validation');
      expect(error.details.issues).toEqual([{ field: 'folder', key: 'required' }]);
    });

    it('writes a backup file into a real folder', async () => {
      await callOk('customers.create', { name: 'SIA Pirmais' });
      const folder = join(dir, 'backups');
      mkdirSync(folder);
      const { file, bytes } = await callOk('system.backup', { folder });
      expect(dirname(file)).toBe(folder);
      expect(existsSync(file)).toBe(true);
      expect(bytes).toBe(statSync(file).size);
      const copy = new Database(file, { readonly: true });
      expect(copy.prepare('SELECT name FROM customers').all()).toEqual([{ name: 'SIA Pirmais' }]);
      copy.close();
    });
  });

  describe('system.restore', () => {
    it('refuses a file that is not a database, naming the field', async () => {
      const file = join(dir, 'notes.txt');
      writeFileSync(file, 'hello\n'.repeat(200));
      const error = await callErr('system.restore', { file });
      expect(error.code).toBe('validation');
      expect(error.details.issues).toEqual([{ field: 'file', key: 'restore_not_sqlite', params: {} }]);
      expect(error.message).toContain('Backup file');
      expect(formatErrorMessage('lv', error.details)).toContain('Rezerves kopijas fails');
    });

    it('refuses a missing file the same way', async () => {
      const error = await callErr('system.restore', { file: join(dir, 'missing.sqlite') });
      expect(error.details.issues?.[0]).toMatchObject({ field: 'file', key: 'restore_not_sqlite' });
    });

    it('refuses a backup from a newer version with found and known', async () => {
      const folder = join(dir, 'backups');
      mkdirSync(folder);
      const { file } = await callOk('system.backup', { folder });
      const raw = new Database(file);
      raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`);
      raw.close();
      const error = await callErr('system.restore', { file });
      expect(error.details.issues).toEqual([
        { field: 'file', key: 'restore_too_new', params: { found: LATEST_SCHEMA_VERSION + 10, known: LATEST_SCHEMA_VERSION } },
      ]);
    });

    it('restores a good backup and returns the previous file', async () => {
      await callOk('customers.create', { name: 'SIA Pirms kopijas' });
      const folder = join(dir, 'backups');
      mkdirSync(folder);
      const { file } = await callOk('system.backup', { folder });
      await callOk('customers.create', { name: 'SIA Pēc kopijas' });
      expect(customerNames()).toEqual(['SIA Pirms kopijas', 'SIA Pēc kopijas']);

      const restored = await callOk('system.restore', { file });
      expect(restored.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      expect(existsSync(restored.previousFile)).toBe(true);
      expect(dirname(restored.previousFile)).toBe(dir);
      expect(customerNames()).toEqual(['SIA Pirms kopijas']);
      // The services read store.db on every call, so they see the restored connection.
      const list = await callOk('customers.list', {});
      expect(list.rows.map((r) => r.name)).toEqual(['SIA Pirms kopijas']);
    });
  });

  describe('system.loadDemo', () => {
    it('is refused when the database has a customer, and writes nothing', async () => {
      await callOk('customers.create', { name: 'SIA Esošais' });
      const before = await callOk('system.info', {});
      const error = await callErr('system.loadDemo', {});
      expect(error.code).toBe('rule');
      expect(error.details.key).toBe('demo_needs_empty');
      expect(error.message).toBe(formatErrorMessage('en', { key: 'demo_needs_empty' }));
      expect(count('customers')).toBe(1);
      expect(count('workers')).toBe(0);
      expect(count('service_orders')).toBe(0);
      const after = await callOk('system.info', {});
      expect(after.onboarded).toBe(false);
      expect(after.settingsVersion).toBe(before.settingsVersion);
    });

    it('loads into an empty database and marks it onboarded', async () => {
      const result = await invoke(handlers, ctx, 'system.loadDemo', {}, log);
      expect(result.ok).toBe(true);
      const info = await callOk('system.info', {});
      expect(info.onboarded).toBe(true);
      expect(info.isEmpty).toBe(false);
    });
  });
});
