import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store';
import { loadDemoCompany } from './demo';
import { count, tempStore } from './seed-test-helpers';
import { seedObjects } from './setup-objects';

const NOW = new Date('2026-03-25T09:30:00Z');

describe('seedObjects', () => {
  let store: Store;
  let dispose: () => void;
  beforeEach(() => {
    ({ store, dispose } = tempStore());
  });
  afterEach(() => dispose());

  const seed = () =>
    store.db.transaction(() => {
      loadDemoCompany(store.db, { now: NOW, actor: 'test' });
      return seedObjects(store.db, NOW, 'test');
    })();

  it('adds Latvian service tasks with their skills after the demo company', () => {
    const counts = seed();
    expect(counts).toEqual({ skills: 5, service_tasks: 8, task_skills: 8 });
    expect(count(store.db, 'SELECT count(*) AS n FROM service_tasks')).toBe(8);
    const boiler = store.db.prepare("SELECT * FROM service_tasks WHERE code = 'KATLS-GADA'").get() as Record<string, unknown>;
    expect(boiler).toMatchObject({ description: 'Katla ikgadējā apkope', default_hours: 150, search_text: 'katls-gada katla ikgadeja apkope' });
    const needs = store.db
      .prepare('SELECT s.code, ts.min_level AS level FROM task_skills ts JOIN skills s ON s.id = ts.skill_id WHERE ts.task_id = ?')
      .all(boiler.id);
    expect(needs).toEqual([{ code: 'GAS', level: 3 }]);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('makes the demo object groups searchable', () => {
    seed();
    expect(count(store.db, "SELECT count(*) AS n FROM service_object_groups WHERE search_text = ''")).toBe(0);
    expect(count(store.db, "SELECT count(*) AS n FROM service_object_groups WHERE search_text LIKE '%siltumsukni%'")).toBe(1);
  });

  it('keeps skills that already exist and adds only the missing ones', () => {
    store.db
      .prepare("INSERT INTO skills (code, description, search_text, version, created_at, updated_at, updated_by) VALUES ('GAS', 'Gāze', 'gas gaze', 0, 'x', 'x', 'x')")
      .run();
    expect(seed().skills).toBe(4);
    expect(store.db.prepare("SELECT description FROM skills WHERE code = 'GAS'").pluck().get()).toBe('Gāze');
  });
});
