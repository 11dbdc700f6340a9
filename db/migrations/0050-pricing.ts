import type { Migration } from './types';

const audit = `
  version INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL`;

/** Tax groups with their rates over time, transaction categories and items (spare parts). */
export const migration0050: Migration = {
  version: 50,
  name: 'pricing',
  up(db) {
    db.exec(`
      CREATE TABLE tax_groups (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL,
        search_text TEXT NOT NULL DEFAULT '',
        ${audit}
      );

      CREATE TABLE tax_rates (
        id INTEGER PRIMARY KEY,
        tax_group_id INTEGER NOT NULL REFERENCES tax_groups (id) ON DELETE CASCADE,
        rate_percent INTEGER NOT NULL CHECK (rate_percent BETWEEN 0 AND 10000),
        valid_from TEXT NOT NULL,
        valid_to TEXT,
        ${audit},
        CHECK (valid_to IS NULL OR valid_to >= valid_from)
      );
      CREATE INDEX tax_rates_group ON tax_rates (tax_group_id, valid_from);

      CREATE TABLE transaction_categories (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL,
        transaction_type TEXT NOT NULL CHECK (transaction_type IN ('hour', 'expense', 'item', 'fee')),
        unit TEXT,
        cost_price_cents INTEGER NOT NULL DEFAULT 0 CHECK (cost_price_cents >= 0),
        sales_price_cents INTEGER NOT NULL DEFAULT 0 CHECK (sales_price_cents >= 0),
        tax_group_id INTEGER REFERENCES tax_groups (id),
        search_text TEXT NOT NULL DEFAULT '',
        ${audit}
      );

      CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL,
        unit TEXT NOT NULL,
        cost_price_cents INTEGER NOT NULL DEFAULT 0 CHECK (cost_price_cents >= 0),
        sales_price_cents INTEGER NOT NULL DEFAULT 0 CHECK (sales_price_cents >= 0),
        tax_group_id INTEGER REFERENCES tax_groups (id),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        search_text TEXT NOT NULL DEFAULT '',
        ${audit}
      );
    `);
  },
};
