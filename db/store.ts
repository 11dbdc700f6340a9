import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LATEST_SCHEMA_VERSION, SchemaTooNewError, migrate, schemaVersionOf } from './migrations';

export class IntegrityError extends Error {
  constructor(readonly detail: string) {
    super(`The database failed its integrity check: ${detail}`);
    this.name = 'IntegrityError';
  }
}

export class NotOurDatabaseError extends Error {
  constructor(readonly file: string) {
    super(`${file} is not a database of this application.`);
    this.name = 'NotOurDatabaseError';
  }
}

/**
 * synchronous=FULL: the bundled SQLite defaults WAL databases to NORMAL, where a power cut can lose
 * the last committed assignment; a dispatcher must not lose one. The busy timeout covers a second
 * process (another window, a script through the host) writing at the same moment.
 */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false, timeout: 5000 });
  try {
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

export function quickCheck(db: Db): string {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  return rows.map((r) => r.quick_check).join('; ');
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** Checks a candidate file without touching it: a readable SQLite file of ours, intact, not from a newer version. */
export function inspectDatabaseFile(file: string): { schemaVersion: number } {
  let db: Db;
  try {
    db = openDatabase(file, { readonly: true });
  } catch {
    throw new NotOurDatabaseError(file);
  }
  try {
    let result: string;
    try {
      result = quickCheck(db);
    } catch {
      throw new NotOurDatabaseError(file);
    }
    if (result !== 'ok') throw new IntegrityError(result);
    const version = schemaVersionOf(db);
    const hasSettings = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'app_settings'")
      .get();
    if (version === 0 || !hasSettings) throw new NotOurDatabaseError(file);
    if (version > LATEST_SCHEMA_VERSION) throw new SchemaTooNewError(version, LATEST_SCHEMA_VERSION);
    return { schemaVersion: version };
  } finally {
    db.close();
  }
}

/**
 * The one owner of the database connection in a process. Services read `store.db` on every call
 * rather than keeping the handle, because a restore swaps the connection underneath them.
 */
export class Store {
  #db: Db;
  #writeCount = 0;
  #backgroundWriter: string | null = null;

  /**
   * Set while a background job of this process (order generation in a worker thread, on its own
   * connection) holds the database's write lock. Writes through this connection would wait for
   * the lock and time out, so calls that write are refused at once instead (see invoke).
   * Clearing it counts as a write: the job's rows are visible from then on.
   */
  get backgroundWriter(): string | null {
    return this.#backgroundWriter;
  }

  set backgroundWriter(job: string | null) {
    if (this.#backgroundWriter !== null && job === null) this.noteWrite();
    this.#backgroundWriter = job;
  }

  /**
   * Writes made through this process since it opened the store. SQLite's data_version tells a
   * connection about commits of other connections only, so together the two say whether anything
   * changed (the board's revision).
   */
  get writeCount(): number {
    return this.#writeCount;
  }

  noteWrite(): void {
    this.#writeCount++;
  }

  private constructor(
    readonly path: string,
    db: Db,
  ) {
    this.#db = db;
  }

  /** Opens (creating if needed), checks integrity, and brings the schema to the newest version. */
  static open(file: string): Store {
    return new Store(file, Store.#openChecked(file));
  }

  static #openChecked(file: string): Db {
    const db = openDatabase(file);
    try {
      const check = quickCheck(db);
      if (check !== 'ok') throw new IntegrityError(check);
      migrate(db);
      return db;
    } catch (err) {
      db.close();
      throw err;
    }
  }

  get db(): Db {
    return this.#db;
  }

  get schemaVersion(): number {
    return schemaVersionOf(this.#db);
  }

  /** Online backup: the copy is consistent even while this connection keeps writing. */
  async backupTo(folder: string, now = new Date()): Promise<{ file: string; bytes: number }> {
    const file = join(folder, `servisa-backup-${timestamp(now)}.sqlite`);
    await this.#db.backup(file);
    return { file, bytes: statSync(file).size };
  }

  /**
   * Swaps a checked backup in. The current file is kept as `<db>.before-restore-<time>`; if the
   * restored file cannot be opened, the previous one is put back and opened again.
   */
  restoreFrom(candidate: string, now = new Date()): { previousFile: string; schemaVersion: number } {
    inspectDatabaseFile(candidate);
    const previousFile = `${this.path}.before-restore-${timestamp(now)}`;
    this.#db.pragma('wal_checkpoint(TRUNCATE)');
    this.#db.close();
    for (const suffix of ['-wal', '-shm']) rmSync(this.path + suffix, { force: true });
    renameSync(this.path, previousFile);
    try {
      copyFileSync(candidate, this.path);
      this.#db = Store.#openChecked(this.path);
    } catch (err) {
      rmSync(this.path, { force: true });
      renameSync(previousFile, this.path);
      this.#db = Store.#openChecked(this.path);
      throw err;
    }
    return { previousFile, schemaVersion: this.schemaVersion };
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}

export function databaseExists(file: string): boolean {
  return existsSync(file);
}
