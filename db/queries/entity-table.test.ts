import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countReferencesTo } from './entity-table';

describe('countReferencesTo', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    db.exec(`
      CREATE TABLE areas (id INTEGER PRIMARY KEY);
      CREATE TABLE codes (id INTEGER PRIMARY KEY, area_id INTEGER NOT NULL REFERENCES areas (id) ON DELETE CASCADE);
      CREATE TABLE repairs (id INTEGER PRIMARY KEY, code_id INTEGER REFERENCES codes (id));
      CREATE TABLE notes (id INTEGER PRIMARY KEY, area_id INTEGER REFERENCES areas (id));
      INSERT INTO areas VALUES (1), (2);
      INSERT INTO codes VALUES (10, 1), (11, 1), (20, 2);
    `);
  });
  afterEach(() => db.close());

  it('lets rows that belong to the record go with it', () => {
    expect(countReferencesTo(db, 'areas', 1)).toEqual([]);
  });

  it('counts plain references to the record', () => {
    db.exec('INSERT INTO notes VALUES (1, 1), (2, 1)');
    expect(countReferencesTo(db, 'areas', 1)).toEqual([{ table: 'notes', count: 2 }]);
  });

  it('follows the cascade down: what refers to its own rows blocks the delete too', () => {
    db.exec('INSERT INTO repairs VALUES (1, 11), (2, 20)');
    expect(countReferencesTo(db, 'areas', 1)).toEqual([{ table: 'repairs', count: 1 }]);
    expect(countReferencesTo(db, 'areas', 2)).toEqual([{ table: 'repairs', count: 1 }]);
    expect(() => db.prepare('DELETE FROM areas WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
  });
});
