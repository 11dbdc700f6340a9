import type { Migration } from './types';

const audit = `
  version INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL`;

const flag = (column: string, fallback: 0 | 1) => `${column} INTEGER NOT NULL DEFAULT ${fallback} CHECK (${column} IN (0, 1))`;

/** A code-and-description table of the repair coding. */
const codeTable = (table: string) => `
  CREATE TABLE ${table} (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    search_text TEXT NOT NULL DEFAULT '',
    ${audit}
  );`;

/** Codes that mean something only within their area: unique per area (which also indexes the area link), gone with the area. */
const areaCodeTable = (table: string, areaColumn: string, areaTable: string) => `
  CREATE TABLE ${table} (
    id INTEGER PRIMARY KEY,
    ${areaColumn} INTEGER NOT NULL REFERENCES ${areaTable} (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    description TEXT NOT NULL,
    search_text TEXT NOT NULL DEFAULT '',
    ${audit},
    UNIQUE (${areaColumn}, code)
  );`;

/** Service stages (the order workflow tree), stage reason codes and the repair coding. */
export const migration0070: Migration = {
  version: 70,
  name: 'stages',
  up(db) {
    db.exec(`
      CREATE TABLE service_stages (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL,
        -- Plain reference, not CASCADE: a stage with children must not vanish with its subtree.
        parent_id INTEGER REFERENCES service_stages (id),
        sort_order INTEGER NOT NULL CHECK (sort_order BETWEEN 0 AND 9999),
        ${flag('modification_allowed', 1)},
        ${flag('deletion_allowed', 0)},
        ${flag('cancellation_allowed', 1)},
        ${flag('posting_allowed', 0)},
        ${flag('reason_required', 0)},
        ${flag('stops_sla_clock', 0)},
        search_text TEXT NOT NULL DEFAULT '',
        ${audit},
        CHECK (parent_id IS NULL OR parent_id <> id)
      );
      CREATE INDEX service_stages_parent ON service_stages (parent_id);
      -- The one root is also enforced by the schema, so no write path can make a second one.
      CREATE UNIQUE INDEX service_stages_one_root ON service_stages ((parent_id IS NULL)) WHERE parent_id IS NULL;

      ${codeTable('stage_reason_codes')}
      ${codeTable('repair_conditions')}
      ${codeTable('symptom_areas')}
      ${areaCodeTable('symptom_codes', 'symptom_area_id', 'symptom_areas')}
      ${codeTable('diagnosis_areas')}
      ${areaCodeTable('diagnosis_codes', 'diagnosis_area_id', 'diagnosis_areas')}
      ${codeTable('repair_resolutions')}

      CREATE TABLE repair_stages (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL,
        ${flag('finished', 0)},
        search_text TEXT NOT NULL DEFAULT '',
        ${audit}
      );
    `);
  },
};
