import type { Migration } from './types';

const audit = `
  version INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL`;

/** Skills, a worker's skills, weekly working hours and absences. */
export const migration0020: Migration = {
  version: 20,
  name: 'people',
  up(db) {
    db.exec(`
      CREATE TABLE skills (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL,
        search_text TEXT NOT NULL DEFAULT '',
        ${audit}
      );

      CREATE TABLE worker_skills (
        id INTEGER PRIMARY KEY,
        worker_id INTEGER NOT NULL REFERENCES workers (id) ON DELETE CASCADE,
        skill_id INTEGER NOT NULL REFERENCES skills (id),
        level INTEGER CHECK (level BETWEEN 1 AND 5),
        certificate TEXT,
        valid_to TEXT,
        ${audit},
        UNIQUE (worker_id, skill_id)
      );

      CREATE TABLE worker_hours (
        id INTEGER PRIMARY KEY,
        worker_id INTEGER NOT NULL REFERENCES workers (id) ON DELETE CASCADE,
        weekday TEXT NOT NULL CHECK (weekday IN ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun')),
        start_time TEXT,
        end_time TEXT,
        ${audit},
        UNIQUE (worker_id, weekday)
      );

      CREATE TABLE absences (
        id INTEGER PRIMARY KEY,
        worker_id INTEGER NOT NULL REFERENCES workers (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('vacation', 'sick', 'training', 'other')),
        from_date TEXT NOT NULL,
        to_date TEXT NOT NULL,
        note TEXT,
        ${audit},
        CHECK (to_date >= from_date)
      );
      CREATE INDEX absences_worker ON absences (worker_id, from_date);
    `);
  },
};
