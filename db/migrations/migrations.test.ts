import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../store';
import { tempDir } from '../test-helpers';
import { LATEST_SCHEMA_VERSION, SchemaTooNewError, migrate, migrations, schemaVersionOf } from './index';
import type { Migration } from './types';

/**
 * The schema written by the first step (0010-foundation) alone. Shipped steps are never edited, so
 * this list never changes; a later change to a table shows up only in the full snapshot below.
 * Format: "<column> <type>[ NOT NULL][ PK][ DEFAULT <sql>]".
 */
const EXPECTED_SCHEMA_0010: Record<string, string[]> = {
  agreements: [
    'id INTEGER PK',
    'number TEXT NOT NULL',
    'description TEXT NOT NULL',
    'customer_id INTEGER NOT NULL',
    'site_id INTEGER',
    "status TEXT NOT NULL DEFAULT 'draft'",
    'valid_from TEXT NOT NULL',
    'valid_to TEXT',
    'responsible_worker_id INTEGER',
    'preferred_worker_id INTEGER',
    'version INTEGER NOT NULL DEFAULT 0',
    'created_at TEXT NOT NULL',
    'updated_at TEXT NOT NULL',
    'updated_by TEXT NOT NULL',
  ],
  app_settings: [
    'id INTEGER PK',
    'language TEXT',
    'onboarded INTEGER NOT NULL DEFAULT 0',
    "time_zone TEXT NOT NULL DEFAULT 'Europe/Riga'",
    "currency TEXT NOT NULL DEFAULT 'EUR'",
    'version INTEGER NOT NULL DEFAULT 0',
    'created_at TEXT NOT NULL',
    'updated_at TEXT NOT NULL',
    'updated_by TEXT NOT NULL',
  ],
  contacts: [
    'id INTEGER PK',
    'customer_id INTEGER NOT NULL',
    'name TEXT NOT NULL',
    'role TEXT',
    'phone TEXT',
    'email TEXT',
    "search_text TEXT NOT NULL DEFAULT ''",
    'version INTEGER NOT NULL DEFAULT 0',
    'created_at TEXT NOT NULL',
    'updated_at TEXT NOT NULL',
    'updated_by TEXT NOT NULL',
  ],
  customer_sites: [
    'id INTEGER PK',
    'customer_id INTEGER NOT NULL',
    'code TEXT NOT NULL',
    'name TEXT NOT NULL',
    'address TEXT NOT NULL',
    'city TEXT NOT NULL',
    'postcode TEXT',
    "country TEXT NOT NULL DEFAULT 'LV'",
    'latitude REAL',
    'longitude REAL',
    'notes TEXT',
    'active INTEGER NOT NULL DEFAULT 1',
    "search_text TEXT NOT NULL DEFAULT ''",
    'version INTEGER NOT NULL DEFAULT 0',
    'created_at TEXT NOT NULL',
    'updated_at TEXT NOT NULL',
    'updated_by TEXT NOT NULL',
  ],
  customers: [
    'id INTEGER PK',
    'code TEXT NOT NULL',
    'name TEXT NOT NULL',
    'reg_no TEXT',
    'vat_no TEXT',
    'billing_address TEXT',
    'city TEXT',
    'postcode TEXT',
    "country TEXT NOT NULL DEFAULT 'LV'",
    'phone TEXT',
    'email TEXT',
    "language TEXT NOT NULL DEFAULT 'lv'",
    'price_group TEXT',
    'notes TEXT',
    'active INTEGER NOT NULL DEFAULT 1',
    "search_text TEXT NOT NULL DEFAULT ''",
    'version INTEGER NOT NULL DEFAULT 0',
    'created_at TEXT NOT NULL',
    'updated_at TEXT NOT NULL',
    'updated_by TEXT NOT NULL',
  ],
  dispatch_teams: [
    'id INTEGER PK',
    'code TEXT NOT NULL',
    'name TEXT NOT NULL',
    'owner_worker_id INTEGER',
    "search_text TEXT NOT NULL DEFAULT ''",
    'version INTEGER NOT NULL DEFAULT 0',
    'created_at TEXT NOT NULL',
    'updated_at TEXT NOT NULL',
    'updated_by TEXT NOT NULL',
  ],
  number_sequences: [
    'code TEXT PK',
    'prefix TEXT NOT NULL',
    'next_number INTEGER NOT NULL',
    'width INTEGER NOT NULL DEFAULT 6',
    'version INTEGER NOT NULL DEFAULT 0',
    'created_at TEXT NOT NULL',
    'updated_at TEXT NOT NULL',
    'updated_by TEXT NOT NULL',
  ],
  service_object_groups: [
    'id INTEGER PK',
    'code TEXT NOT NULL',
    'description TEXT NOT NULL',
    'version INTEGER NOT NULL DEFAULT 0',
    'created_at TEXT NOT NULL',
    'updated_at TEXT NOT NULL',
    'updated_by TEXT NOT NULL',
  ],
  service_objects: [
    'id INTEGER PK',
    'code TEXT NOT NULL',
    'description TEXT NOT NULL',
    'group_id INTEGER',
    'customer_id INTEGER',
    'site_id INTEGER',
    'parent_id INTEGER',
    'manufacturer TEXT',
    'model TEXT',
    'serial_no TEXT',
    'installed_on TEXT',
    'warranty_end TEXT',
    "search_text TEXT NOT NULL DEFAULT ''",
    'version INTEGER NOT NULL DEFAULT 0',
    'created_at TEXT NOT NULL',
    'updated_at TEXT NOT NULL',
    'updated_by TEXT NOT NULL',
  ],
  service_orders: [
    'id INTEGER PK',
    'number TEXT NOT NULL',
    'description TEXT NOT NULL',
    'customer_id INTEGER NOT NULL',
    'site_id INTEGER',
    'agreement_id INTEGER',
    'service_object_id INTEGER',
    "priority TEXT NOT NULL DEFAULT 'normal'",
    "origin TEXT NOT NULL DEFAULT 'manual'",
    "progress TEXT NOT NULL DEFAULT 'in_process'",
    'preferred_date TEXT',
    'responsible_worker_id INTEGER',
    'worker_id INTEGER',
    'planned_start TEXT',
    'planned_end TEXT',
    'planned_hours_x100 INTEGER NOT NULL DEFAULT 0',
    "search_text TEXT NOT NULL DEFAULT ''",
    'version INTEGER NOT NULL DEFAULT 0',
    'created_at TEXT NOT NULL',
    'updated_at TEXT NOT NULL',
    'updated_by TEXT NOT NULL',
  ],
  workers: [
    'id INTEGER PK',
    'code TEXT NOT NULL',
    'name TEXT NOT NULL',
    'kind TEXT NOT NULL',
    'team_id INTEGER',
    'phone TEXT',
    'email TEXT',
    'cost_price_cents INTEGER NOT NULL DEFAULT 0',
    'sales_price_cents INTEGER NOT NULL DEFAULT 0',
    "status TEXT NOT NULL DEFAULT 'active'",
    "search_text TEXT NOT NULL DEFAULT ''",
    'version INTEGER NOT NULL DEFAULT 0',
    'created_at TEXT NOT NULL',
    'updated_at TEXT NOT NULL',
    'updated_by TEXT NOT NULL',
  ],
};

/** Tables without the id/version/created_at/updated_at/updated_by audit set. */
/**
 * Not editable records: the settings row and sequences (keyed otherwise), and the posting journal,
 * which is written once and never changed (triggers refuse it), so it has no version to check.
 */
const NOT_AUDITED = new Set(['app_settings', 'number_sequences', 'posting_runs', 'posted_transactions']);

function tableNames(db: Db): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);
}

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

function columnsOf(db: Db, table: string): ColumnInfo[] {
  return db.pragma(`table_info(${table})`) as ColumnInfo[];
}

function describeSchema(db: Db): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const table of tableNames(db)) {
    out[table] = columnsOf(db, table).map(
      (c) =>
        `${c.name} ${c.type}${c.notnull ? ' NOT NULL' : ''}${c.pk ? ' PK' : ''}${c.dflt_value !== null ? ` DEFAULT ${c.dflt_value}` : ''}`,
    );
  }
  return out;
}

/** Everything in sqlite_master, to compare a schema before and after a refused step. */
function schemaSql(db: Db): string[] {
  return (db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY type, name').all() as { sql: string | null }[]).map(
    (r) => r.sql ?? '',
  );
}

describe('migrations', () => {
  let dir: string;
  let cleanup: () => void;
  let db: Db;

  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    db = new Database(join(dir, 'm.sqlite'));
    db.pragma('foreign_keys = ON');
  });

  afterEach(() => {
    if (db.open) db.close();
    cleanup();
  });

  it('brings an empty database to LATEST_SCHEMA_VERSION and sets user_version', () => {
    expect(schemaVersionOf(db)).toBe(0);
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(LATEST_SCHEMA_VERSION).toBe(migrations[migrations.length - 1]?.version);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThan(0);
  });

  it('numbers shipped steps in ascending multiples of 10 with names', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const m of migrations) {
      expect(m.version % 10).toBe(0);
      expect(m.name).not.toBe('');
    }
  });

  it('step 0010 creates exactly the expected tables and columns (it is shipped: never edit it)', () => {
    migrate(db, migrations.filter((m) => m.version <= 10));
    expect(schemaVersionOf(db)).toBe(10);
    expect(describeSchema(db)).toEqual(EXPECTED_SCHEMA_0010);
  });

  /**
   * The whole schema after every step. A new migration changes this snapshot on purpose: review
   * the difference and update it with `npx vitest run -u db/migrations`.
   */
  it('creates exactly the expected tables and columns at the latest version (schema snapshot)', () => {
    migrate(db);
    expect({ version: schemaVersionOf(db), tables: describeSchema(db) }).toMatchSnapshot();
  });

  it('refuses to change or delete a posted transaction', () => {
    migrate(db);
    db.exec(`
      INSERT INTO customers (code, name, created_at, updated_at, updated_by) VALUES ('K1', 'SIA A', 'x', 'x', 'x');
      INSERT INTO service_orders (number, description, customer_id, created_at, updated_at, updated_by) VALUES ('SP1', 'd', 1, 'x', 'x', 'x');
      INSERT INTO service_order_lines (order_id, line_no, transaction_type, description, created_at, updated_at, updated_by)
        VALUES (1, 1, 'hour', 'd', 'x', 'x', 'x');
      INSERT INTO posting_runs (kind, posted_at, posted_by) VALUES ('order', 'x', 'x');
      INSERT INTO posted_transactions (posting_run_id, order_id, order_line_id, transaction_type, posting_date, quantity_x100,
        cost_amount_cents, sales_amount_cents, posted_at, posted_by) VALUES (1, 1, 1, 'hour', '2026-01-01', 100, 100, 200, 'x', 'x');
    `);
    expect(() => db.exec('UPDATE posted_transactions SET sales_amount_cents = 1')).toThrow(/immutable/);
    expect(() => db.exec('DELETE FROM posted_transactions')).toThrow(/immutable/);
  });

  it('gives every editable table id, version, created_at, updated_at and updated_by', () => {
    migrate(db);
    const audited = tableNames(db).filter((t) => !NOT_AUDITED.has(t));
    expect(audited.length).toBeGreaterThan(5);
    for (const table of audited) {
      const cols = new Map(columnsOf(db, table).map((c) => [c.name, c]));
      for (const name of ['id', 'version', 'created_at', 'updated_at', 'updated_by']) {
        expect(cols.has(name), `${table}.${name}`).toBe(true);
      }
      expect(cols.get('id')?.pk, `${table}.id is the primary key`).toBe(1);
      expect(cols.get('version')?.notnull, `${table}.version NOT NULL`).toBe(1);
      expect(cols.get('updated_by')?.notnull, `${table}.updated_by NOT NULL`).toBe(1);
    }
  });

  it('seeds the settings row and the number sequences', () => {
    migrate(db);
    expect(db.prepare('SELECT id, onboarded, language, version FROM app_settings').all()).toEqual([
      { id: 1, onboarded: 0, language: null, version: 0 },
    ]);
    const seqs = db.prepare('SELECT code, prefix, next_number AS n FROM number_sequences ORDER BY code').all();
    expect(seqs).toEqual([
      { code: 'agreement', prefix: 'L', n: 1 },
      { code: 'customer', prefix: 'K', n: 1 },
      { code: 'invoice', prefix: 'R', n: 1 },
      { code: 'order', prefix: 'SP', n: 1 },
      { code: 'request', prefix: 'PP', n: 1 },
    ]);
  });

  it('enforces foreign keys', () => {
    migrate(db);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() =>
      db
        .prepare(
          `INSERT INTO customer_sites (customer_id, code, name, address, city, created_at, updated_at, updated_by)
           VALUES (999, 'S1', 'Site', 'Street 1', 'Rīga', 'x', 'x', 'x')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY constraint failed/);
    expect(db.prepare('SELECT count(*) AS n FROM customer_sites').get()).toEqual({ n: 0 });
  });

  it('is a no-op the second time', () => {
    migrate(db);
    const before = schemaSql(db);
    db.prepare("UPDATE app_settings SET language = 'en'").run();
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(schemaSql(db)).toEqual(before);
    expect(schemaVersionOf(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT language FROM app_settings').get()).toEqual({ language: 'en' });
  });

  it('refuses a database from a newer version (SchemaTooNewError)', () => {
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`);
    let caught: unknown;
    try {
      migrate(db);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(SchemaTooNewError);
    expect(caught).toMatchObject({ found: LATEST_SCHEMA_VERSION + 10, known: LATEST_SCHEMA_VERSION });
    expect(tableNames(db)).toEqual([]);
    expect(schemaVersionOf(db)).toBe(LATEST_SCHEMA_VERSION + 10);
  });

  it('Store.open refuses a database from a newer version and leaves it alone', () => {
    const file = join(dir, 'newer.sqlite');
    const raw = new Database(file);
    raw.pragma('user_version = 9990');
    raw.close();
    expect(() => Store.open(file)).toThrow(SchemaTooNewError);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(9990);
    expect(tableNames(check)).toEqual([]);
    check.close();
  });

  it('rolls a failing step back completely: no user_version change, no half schema', () => {
    migrate(db);
    const before = schemaSql(db);
    const failing: Migration = {
      version: LATEST_SCHEMA_VERSION + 10,
      name: 'fails-half-way',
      up(d) {
        d.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY)');
        d.exec('ALTER TABLE customers ADD COLUMN half_col TEXT');
        throw new Error('step failed');
      },
    };
    expect(() => migrate(db, [...migrations, failing])).toThrow('step failed');
    expect(schemaVersionOf(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(schemaSql(db)).toEqual(before);
    expect(tableNames(db)).not.toContain('half_done');
  });

  it('rolls back every pending step of one run when a later step fails', () => {
    const failing: Migration = {
      version: LATEST_SCHEMA_VERSION + 10,
      name: 'fails',
      up(d) {
        d.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY)');
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, [...migrations, failing])).toThrow('boom');
    expect(schemaVersionOf(db)).toBe(0);
    expect(tableNames(db)).toEqual([]);
  });

  it('applies only the pending steps of a longer list', () => {
    migrate(db);
    const next: Migration = {
      version: LATEST_SCHEMA_VERSION + 10,
      name: 'adds-a-table',
      up(d) {
        d.exec('CREATE TABLE extra_step (id INTEGER PRIMARY KEY)');
      },
    };
    expect(migrate(db, [...migrations, next])).toBe(LATEST_SCHEMA_VERSION + 10);
    expect(tableNames(db)).toContain('extra_step');
    // Known steps are not run again: the seed rows are still one each.
    expect(db.prepare('SELECT count(*) AS n FROM app_settings').get()).toEqual({ n: 1 });
  });

  it('refuses an out-of-order or duplicated list before touching the database', () => {
    const a: Migration = { version: 20, name: 'a', up: (d) => d.exec('CREATE TABLE a_t (id INTEGER)') };
    const b: Migration = { version: 10, name: 'b', up: (d) => d.exec('CREATE TABLE b_t (id INTEGER)') };
    expect(() => migrate(db, [a, b])).toThrow(/out of order/);
    expect(() => migrate(db, [b, { ...b, name: 'b-again' }])).toThrow(/out of order/);
    expect(schemaVersionOf(db)).toBe(0);
    expect(tableNames(db)).toEqual([]);
  });
});
