import type { Migration } from './types';

/**
 * Master data the first screens and the demo company need. Money is integer cents, hours integer
 * hundredths, times ISO 8601 UTC text. Every editable table has version/updated_at/updated_by so
 * stale writes can be refused with who and when. `search_text` holds the accent-folded, lower-case
 * text a list searches, kept by the queries layer, because SQLite's lower() folds ASCII only.
 */
const audit = `
  version INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL`;

export const migration0010: Migration = {
  version: 10,
  name: 'foundation',
  up(db) {
    db.exec(`
      CREATE TABLE app_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        language TEXT CHECK (language IN ('lv', 'en')),
        onboarded INTEGER NOT NULL DEFAULT 0 CHECK (onboarded IN (0, 1)),
        time_zone TEXT NOT NULL DEFAULT 'Europe/Riga',
        currency TEXT NOT NULL DEFAULT 'EUR',
        ${audit}
      );
      INSERT INTO app_settings (id, created_at, updated_at, updated_by)
        VALUES (1, strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'), 'system');

      CREATE TABLE number_sequences (
        code TEXT PRIMARY KEY,
        prefix TEXT NOT NULL,
        next_number INTEGER NOT NULL CHECK (next_number > 0),
        width INTEGER NOT NULL DEFAULT 6,
        ${audit}
      );
      INSERT INTO number_sequences (code, prefix, next_number, width, created_at, updated_at, updated_by)
      SELECT code, prefix, 1, 6, strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'), 'system'
      FROM (SELECT 'customer' AS code, 'K' AS prefix UNION ALL SELECT 'agreement', 'L'
            UNION ALL SELECT 'order', 'SP' UNION ALL SELECT 'request', 'PP'
            UNION ALL SELECT 'invoice', 'R');

      CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        reg_no TEXT,
        vat_no TEXT,
        billing_address TEXT,
        city TEXT,
        postcode TEXT,
        country TEXT NOT NULL DEFAULT 'LV',
        phone TEXT,
        email TEXT,
        language TEXT NOT NULL DEFAULT 'lv' CHECK (language IN ('lv', 'en')),
        price_group TEXT,
        notes TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        search_text TEXT NOT NULL DEFAULT '',
        ${audit}
      );
      CREATE INDEX customers_name ON customers (name COLLATE NOCASE);

      CREATE TABLE customer_sites (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers (id),
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        address TEXT NOT NULL,
        city TEXT NOT NULL,
        postcode TEXT,
        country TEXT NOT NULL DEFAULT 'LV',
        latitude REAL,
        longitude REAL,
        notes TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        search_text TEXT NOT NULL DEFAULT '',
        ${audit},
        UNIQUE (customer_id, code)
      );

      CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers (id),
        name TEXT NOT NULL,
        role TEXT,
        phone TEXT,
        email TEXT,
        search_text TEXT NOT NULL DEFAULT '',
        ${audit}
      );
      CREATE INDEX contacts_customer ON contacts (customer_id);

      CREATE TABLE dispatch_teams (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        owner_worker_id INTEGER REFERENCES workers (id),
        search_text TEXT NOT NULL DEFAULT '',
        ${audit}
      );

      CREATE TABLE workers (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('technician', 'office')),
        team_id INTEGER REFERENCES dispatch_teams (id),
        phone TEXT,
        email TEXT,
        cost_price_cents INTEGER NOT NULL DEFAULT 0,
        sales_price_cents INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'terminated')),
        search_text TEXT NOT NULL DEFAULT '',
        ${audit}
      );
      CREATE INDEX workers_team ON workers (team_id);

      CREATE TABLE service_object_groups (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL,
        ${audit}
      );

      CREATE TABLE service_objects (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL,
        group_id INTEGER REFERENCES service_object_groups (id),
        customer_id INTEGER REFERENCES customers (id),
        site_id INTEGER REFERENCES customer_sites (id),
        parent_id INTEGER REFERENCES service_objects (id),
        manufacturer TEXT,
        model TEXT,
        serial_no TEXT,
        installed_on TEXT,
        warranty_end TEXT,
        search_text TEXT NOT NULL DEFAULT '',
        ${audit}
      );
      CREATE INDEX service_objects_customer ON service_objects (customer_id);
      CREATE INDEX service_objects_serial ON service_objects (serial_no);

      CREATE TABLE agreements (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL,
        customer_id INTEGER NOT NULL REFERENCES customers (id),
        site_id INTEGER REFERENCES customer_sites (id),
        status TEXT NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'active', 'suspended', 'expired', 'cancelled')),
        valid_from TEXT NOT NULL,
        valid_to TEXT,
        responsible_worker_id INTEGER REFERENCES workers (id),
        preferred_worker_id INTEGER REFERENCES workers (id),
        ${audit}
      );
      CREATE INDEX agreements_customer ON agreements (customer_id);

      CREATE TABLE service_orders (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL,
        customer_id INTEGER NOT NULL REFERENCES customers (id),
        site_id INTEGER REFERENCES customer_sites (id),
        agreement_id INTEGER REFERENCES agreements (id),
        service_object_id INTEGER REFERENCES service_objects (id),
        priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('high', 'normal', 'low')),
        origin TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('generated', 'manual', 'request')),
        progress TEXT NOT NULL DEFAULT 'in_process' CHECK (progress IN ('in_process', 'posted', 'cancelled')),
        preferred_date TEXT,
        responsible_worker_id INTEGER REFERENCES workers (id),
        worker_id INTEGER REFERENCES workers (id),
        planned_start TEXT,
        planned_end TEXT,
        planned_hours_x100 INTEGER NOT NULL DEFAULT 0,
        search_text TEXT NOT NULL DEFAULT '',
        ${audit}
      );
      CREATE INDEX service_orders_customer ON service_orders (customer_id);
      CREATE INDEX service_orders_agreement ON service_orders (agreement_id);
      CREATE INDEX service_orders_worker_start ON service_orders (worker_id, planned_start);
      CREATE INDEX service_orders_progress_date ON service_orders (progress, preferred_date);
    `);
  },
};
