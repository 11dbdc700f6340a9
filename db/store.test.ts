import Database from 'better-sqlite3';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, SchemaTooNewError } from './migrations';
import { insertCustomer, type CustomerValues } from './queries/customers';
import { NotOurDatabaseError, Store, inspectDatabaseFile } from './store';
import { tempDir } from './test-helpers';

const NOW = '2026-03-29T10:00:00.000Z';

function customer(code: string, name: string): CustomerValues {
  return {
    code,
    name,
    regNo: null,
    vatNo: null,
    billingAddress: null,
    city: 'Rīga',
    postcode: null,
    country: 'LV',
    phone: null,
    email: null,
    language: 'lv',
    priceGroup: null,
    notes: null,
    active: true,
  };
}

function addCustomer(store: Store, code: string, name = `Customer ${code}`): void {
  insertCustomer(store.db, customer(code, name), 'tester', NOW);
}

function codes(db: Database.Database): string[] {
  return (db.prepare('SELECT code FROM customers ORDER BY code').all() as { code: string }[]).map((r) => r.code);
}

/** Opens a file with a plain connection, reads the customer codes, closes it. */
function codesInFile(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return codes(db);
  } finally {
    db.close();
  }
}

describe('Store', () => {
  let dir: string;
  let cleanup: () => void;
  let store: Store;
  let dbFile: string;
  let backups: string;

  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    dbFile = join(dir, 'main.sqlite');
    backups = join(dir, 'backups');
    mkdirSync(backups);
    store = Store.open(dbFile);
  });

  afterEach(() => {
    store.close();
    cleanup();
  });

  it('opens with WAL, synchronous=FULL, foreign keys on and a busy timeout', () => {
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(store.path).toBe(dbFile);
  });

  it('reopens an existing file without migrating again and keeps its rows', () => {
    addCustomer(store, 'A1');
    store.close();
    store = Store.open(dbFile);
    expect(codes(store.db)).toEqual(['A1']);
    expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
  });

  describe('backupTo', () => {
    it('writes a file that opens and has the same rows, including a write made just before', async () => {
      addCustomer(store, 'A1');
      addCustomer(store, 'A2');
      addCustomer(store, 'A3'); // no await between this write and the backup
      const { file, bytes } = await store.backupTo(backups, new Date('2026-03-29T10:00:00Z'));
      expect(file).toBe(join(backups, 'servisa-backup-20260329-100000.sqlite'));
      expect(existsSync(file)).toBe(true);
      expect(bytes).toBeGreaterThan(0);
      expect(codesInFile(file)).toEqual(['A1', 'A2', 'A3']);
      const copy = new Database(file, { readonly: true });
      expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
      expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      copy.close();
      // The store keeps working after a backup.
      addCustomer(store, 'A4');
      expect(codes(store.db)).toEqual(['A1', 'A2', 'A3', 'A4']);
    });
  });

  describe('inspectDatabaseFile', () => {
    it('rejects a text file', () => {
      const file = join(dir, 'notes.txt');
      writeFileSync(file, 'This is not a database, just some text.\n'.repeat(50));
      expect(() => inspectDatabaseFile(file)).toThrow(NotOurDatabaseError);
    });

    it('rejects a missing file', () => {
      expect(() => inspectDatabaseFile(join(dir, 'missing.sqlite'))).toThrow(NotOurDatabaseError);
    });

    it('rejects a SQLite file without our tables', () => {
      const file = join(dir, 'other.sqlite');
      const other = new Database(file);
      other.exec('CREATE TABLE things (id INTEGER PRIMARY KEY, label TEXT)');
      other.prepare("INSERT INTO things (label) VALUES ('x')").run();
      other.close();
      expect(() => inspectDatabaseFile(file)).toThrow(NotOurDatabaseError);
    });

    it('rejects a SQLite file with a user_version but no app_settings table', () => {
      const file = join(dir, 'other-versioned.sqlite');
      const other = new Database(file);
      other.exec('CREATE TABLE things (id INTEGER PRIMARY KEY)');
      other.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
      other.close();
      expect(() => inspectDatabaseFile(file)).toThrow(NotOurDatabaseError);
    });

    it('rejects a database of ours from a newer version', async () => {
      const { file } = await store.backupTo(backups);
      const raw = new Database(file);
      raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`);
      raw.close();
      expect(() => inspectDatabaseFile(file)).toThrow(SchemaTooNewError);
    });

    it('accepts a real backup', async () => {
      addCustomer(store, 'A1');
      const { file } = await store.backupTo(backups);
      expect(inspectDatabaseFile(file)).toEqual({ schemaVersion: LATEST_SCHEMA_VERSION });
      // Inspecting does not change the file.
      expect(codesInFile(file)).toEqual(['A1']);
    });
  });

  describe('restoreFrom', () => {
    it('swaps the backup in and keeps the previous file with the later rows', async () => {
      addCustomer(store, 'A1');
      const { file: backup } = await store.backupTo(backups, new Date('2026-03-29T09:00:00Z'));
      addCustomer(store, 'B1'); // written after the backup

      const result = store.restoreFrom(backup, new Date('2026-03-29T10:00:00Z'));
      expect(result).toEqual({
        previousFile: `${dbFile}.before-restore-20260329-100000`,
        schemaVersion: LATEST_SCHEMA_VERSION,
      });
      expect(codes(store.db)).toEqual(['A1']);
      expect(existsSync(result.previousFile)).toBe(true);
      expect(codesInFile(result.previousFile)).toEqual(['A1', 'B1']);

      // The new connection has the same pragmas and takes writes.
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
      addCustomer(store, 'C1');
      expect(codes(store.db)).toEqual(['A1', 'C1']);

      // And it survives a reopen: the restored content is in the file at store.path.
      store.close();
      store = Store.open(dbFile);
      expect(codes(store.db)).toEqual(['A1', 'C1']);
    });

    it('leaves the current database untouched and usable when the candidate is not ours', () => {
      addCustomer(store, 'A1');
      const bad = join(dir, 'bad.sqlite');
      writeFileSync(bad, 'garbage '.repeat(1000));
      expect(() => store.restoreFrom(bad, new Date('2026-03-29T10:00:00Z'))).toThrow(NotOurDatabaseError);
      expect(existsSync(`${dbFile}.before-restore-20260329-100000`)).toBe(false);
      expect(codes(store.db)).toEqual(['A1']);
      addCustomer(store, 'A2');
      expect(codes(store.db)).toEqual(['A1', 'A2']);
    });

    it('refuses a backup from a newer version and keeps the current database', async () => {
      addCustomer(store, 'A1');
      const { file } = await store.backupTo(backups);
      const raw = new Database(file);
      raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`);
      raw.close();
      addCustomer(store, 'A2');
      expect(() => store.restoreFrom(file)).toThrow(SchemaTooNewError);
      expect(codes(store.db)).toEqual(['A1', 'A2']);
      expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    });
  });
});
