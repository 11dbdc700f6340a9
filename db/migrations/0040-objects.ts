import { foldForSearch } from '../search-text';
import type { Migration } from './types';

const audit = `
  version INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL`;

/**
 * Service tasks with the skills they need; object groups become searchable. Objects and groups
 * themselves date from 0010; their lookups by parent, group and site get indexes here because
 * every delete counts the rows that still point at the record.
 */
export const migration0040: Migration = {
  version: 40,
  name: 'objects',
  up(db) {
    db.exec(`
      ALTER TABLE service_object_groups ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

      CREATE INDEX service_objects_parent ON service_objects (parent_id);
      CREATE INDEX service_objects_group ON service_objects (group_id);
      CREATE INDEX service_objects_site ON service_objects (site_id);

      CREATE TABLE service_tasks (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL,
        default_hours INTEGER NOT NULL DEFAULT 0 CHECK (default_hours >= 0),
        internal_text TEXT,
        customer_text TEXT,
        search_text TEXT NOT NULL DEFAULT '',
        ${audit}
      );

      CREATE TABLE task_skills (
        id INTEGER PRIMARY KEY,
        task_id INTEGER NOT NULL REFERENCES service_tasks (id) ON DELETE CASCADE,
        skill_id INTEGER NOT NULL REFERENCES skills (id),
        min_level INTEGER CHECK (min_level BETWEEN 1 AND 5),
        ${audit},
        UNIQUE (task_id, skill_id)
      );
    `);
    // Groups written before this step have no search text yet; fold it the way the queries layer does.
    const groups = db.prepare('SELECT id, code, description FROM service_object_groups').all() as { id: number; code: string; description: string }[];
    const setSearch = db.prepare('UPDATE service_object_groups SET search_text = ? WHERE id = ?');
    for (const g of groups) setSearch.run(foldForSearch(g.code, g.description), g.id);
  },
};
