import type { Migration } from './types';

const audit = `
  version INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL`;

/**
 * Working calendars with their weekly hours and special days, service level agreements, and the
 * building blocks of agreements: intervals, time windows, agreement and template groups.
 */
export const migration0030: Migration = {
  version: 30,
  name: 'calendars',
  up(db) {
    db.exec(`
      CREATE TABLE calendars (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL,
        time_zone TEXT NOT NULL CHECK (time_zone IN ('Europe/Riga', 'Europe/Vilnius', 'Europe/Tallinn', 'Europe/Helsinki', 'Europe/Stockholm', 'Europe/Warsaw', 'Europe/Berlin', 'UTC')),
        search_text TEXT NOT NULL DEFAULT '',
        ${audit}
      );

      CREATE TABLE calendar_hours (
        id INTEGER PRIMARY KEY,
        calendar_id INTEGER NOT NULL REFERENCES calendars (id) ON DELETE CASCADE,
        weekday TEXT NOT NULL CHECK (weekday IN ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun')),
        open_time TEXT,
        close_time TEXT,
        ${audit},
        UNIQUE (calendar_id, weekday),
        CHECK ((open_time IS NULL) = (close_time IS NULL)),
        CHECK (close_time > open_time)
      );

      CREATE TABLE calendar_days (
        id INTEGER PRIMARY KEY,
        calendar_id INTEGER NOT NULL REFERENCES calendars (id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('holiday', 'closed', 'open')),
        description TEXT,
        ${audit},
        UNIQUE (calendar_id, date)
      );

      CREATE TABLE service_level_agreements (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL,
        calendar_id INTEGER REFERENCES calendars (id),
        response_high_minutes INTEGER NOT NULL CHECK (response_high_minutes >= 0),
        resolution_high_minutes INTEGER NOT NULL CHECK (resolution_high_minutes >= response_high_minutes),
        response_normal_minutes INTEGER NOT NULL CHECK (response_normal_minutes >= 0),
        resolution_normal_minutes INTEGER NOT NULL CHECK (resolution_normal_minutes >= response_normal_minutes),
        response_low_minutes INTEGER NOT NULL CHECK (response_low_minutes >= 0),
        resolution_low_minutes INTEGER NOT NULL CHECK (resolution_low_minutes >= response_low_minutes),
        search_text TEXT NOT NULL DEFAULT '',
        ${audit}
      );
      CREATE INDEX service_level_agreements_calendar ON service_level_agreements (calendar_id);

      CREATE TABLE service_intervals (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL,
        unit TEXT NOT NULL CHECK (unit IN ('day', 'week', 'month', 'year')),
        frequency INTEGER NOT NULL CHECK (frequency BETWEEN 1 AND 999),
        search_text TEXT NOT NULL DEFAULT '',
        ${audit}
      );

      CREATE TABLE time_windows (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('week', 'month', 'manual')),
        days_before INTEGER NOT NULL DEFAULT 0 CHECK (days_before BETWEEN 0 AND 365),
        days_after INTEGER NOT NULL DEFAULT 0 CHECK (days_after BETWEEN 0 AND 365),
        search_text TEXT NOT NULL DEFAULT '',
        ${audit},
        CHECK (kind = 'manual' OR (days_before = 0 AND days_after = 0))
      );

      CREATE TABLE agreement_groups (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL,
        default_sla_id INTEGER REFERENCES service_level_agreements (id),
        search_text TEXT NOT NULL DEFAULT '',
        ${audit}
      );
      CREATE INDEX agreement_groups_default_sla ON agreement_groups (default_sla_id);

      CREATE TABLE template_groups (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL,
        search_text TEXT NOT NULL DEFAULT '',
        ${audit}
      );
    `);
  },
};
