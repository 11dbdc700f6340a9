import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nextStages, type StageNode } from '../../electron/domain/stages';
import type { Store } from '../store';
import { loadDemoCompany } from './demo';
import { count, tempStore } from './seed-test-helpers';
import { seedStages } from './setup-stages';

const NOW = new Date('2026-03-25T09:30:00Z');

describe('seedStages', () => {
  let store: Store;
  let dispose: () => void;
  beforeEach(() => {
    ({ store, dispose } = tempStore());
  });
  afterEach(() => dispose());

  const seed = () =>
    store.db.transaction(() => {
      loadDemoCompany(store.db, { now: NOW, actor: 'test' });
      return seedStages(store.db, NOW, 'test');
    })();

  it('adds the stage tree, reason codes and repair coding after the demo company', () => {
    const counts = seed();
    expect(counts).toEqual({
      service_stages: 6,
      stage_reason_codes: 4,
      repair_conditions: 4,
      symptom_areas: 5,
      symptom_codes: 10,
      diagnosis_areas: 3,
      diagnosis_codes: 8,
      repair_resolutions: 4,
      repair_stages: 3,
    });
    for (const [table, n] of Object.entries(counts)) {
      expect(count(store.db, `SELECT count(*) AS n FROM ${table}`), table).toBe(n);
      expect(count(store.db, `SELECT count(*) AS n FROM ${table} WHERE search_text = ''`), table).toBe(0);
    }
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('builds one tree from JAUNS, with posting only in PABEIGTS', () => {
    seed();
    const stages = store.db
      .prepare('SELECT id, code, parent_id AS parentId, sort_order AS sortOrder, posting_allowed AS post FROM service_stages')
      .all() as (StageNode & { post: number })[];
    expect(stages.filter((s) => s.parentId === null).map((s) => s.code)).toEqual(['JAUNS']);
    const id = (code: string) => stages.find((s) => s.code === code)?.id ?? -1;
    expect(nextStages(stages, id('JAUNS')).map((s) => s.code)).toEqual(['PLANOTS', 'ATCELTS']);
    expect(nextStages(stages, id('PLANOTS')).map((s) => s.code)).toEqual(['PROCESA']);
    expect(nextStages(stages, id('PROCESA')).map((s) => s.code)).toEqual(['PABEIGTS', 'GAIDA']);
    expect(stages.filter((s) => s.post === 1).map((s) => s.code)).toEqual(['PABEIGTS']);
    const cancelled = store.db.prepare("SELECT reason_required AS reason FROM service_stages WHERE code = 'ATCELTS'").get();
    expect(cancelled).toEqual({ reason: 1 });
  });

  it('keeps symptom codes within their area and marks only PABEIGTS as a finished repair stage', () => {
    seed();
    const noise = store.db
      .prepare("SELECT a.code FROM symptom_codes c JOIN symptom_areas a ON a.id = c.symptom_area_id WHERE c.code = 'TROKSNIS' ORDER BY a.code")
      .pluck()
      .all();
    expect(noise).toEqual(['APKURE', 'VENTIL']);
    expect(store.db.prepare('SELECT code FROM repair_stages WHERE finished = 1').pluck().all()).toEqual(['PABEIGTS']);
  });
});
