/**
 * Demo rows for the stages group: the service order workflow of a heating, ventilation and lift
 * service firm (new -> planned -> in process -> finished, with a cancel branch and a wait for
 * spare parts), the reasons given when moving between stages, and the repair coding technicians
 * use on repair lines.
 */
import type { Database } from 'better-sqlite3';
import { foldForSearch } from '../search-text';

interface StageSeed {
  code: string;
  description: string;
  parent: string | null;
  sortOrder: number;
  modify: boolean;
  remove: boolean;
  cancel: boolean;
  post: boolean;
  reason: boolean;
  stopsClock: boolean;
}

const stage = (code: string, description: string, parent: string | null, sortOrder: number, flags: Partial<Omit<StageSeed, 'code' | 'description' | 'parent' | 'sortOrder'>>): StageSeed => ({
  code,
  description,
  parent,
  sortOrder,
  modify: true,
  remove: false,
  cancel: false,
  post: false,
  reason: false,
  stopsClock: false,
  ...flags,
});

// Parents come before their children, so each parent's id is known when a child is inserted.
// Only the last stage allows posting: nothing is posted before the whole sequence is walked.
const STAGES: readonly StageSeed[] = [
  stage('JAUNS', 'Jauns', null, 10, { remove: true, cancel: true }),
  stage('PLANOTS', 'Plānots', 'JAUNS', 10, { cancel: true }),
  stage('ATCELTS', 'Atcelts', 'JAUNS', 90, { modify: false, reason: true, stopsClock: true }),
  stage('PROCESA', 'Procesā', 'PLANOTS', 10, {}),
  stage('PABEIGTS', 'Pabeigts', 'PROCESA', 10, { modify: false, post: true, stopsClock: true }),
  stage('GAIDA', 'Gaida rezerves daļas', 'PROCESA', 20, { reason: true, stopsClock: true }),
];

const REASONS = [
  ['KLIENTS', 'Klienta lūgums'],
  ['DALAS', 'Nav rezerves daļu'],
  ['DUBLIKATS', 'Dublēts pieteikums'],
  ['PIEKLUVE', 'Nav piekļuves objektam'],
] as const;

const CONDITIONS = [
  ['DARBOJAS', 'Darbojas'],
  ['DALEJI', 'Darbojas daļēji'],
  ['NEDARBOJAS', 'Nedarbojas'],
  ['PERIODISKI', 'Bojājums parādās periodiski'],
] as const;

type Area = readonly [code: string, description: string, codes: readonly (readonly [string, string])[]];

// TROKSNIS is in two areas on purpose: codes mean something only within their area.
const SYMPTOM_AREAS: readonly Area[] = [
  ['APKURE', 'Apkure', [['NESILDA', 'Nesilda'], ['TROKSNIS', 'Neparasts troksnis'], ['SPIEDIENS', 'Zems spiediens sistēmā']]],
  ['ELEKTR', 'Elektrība un vadība', [['NESTARTE', 'Neieslēdzas'], ['KLUDA', 'Displejā kļūdas kods']]],
  ['UDENS', 'Ūdens', [['NOPLUDE', 'Noplūde']]],
  ['LIFTS', 'Lifti', [['APSTAJAS', 'Apstājas starp stāviem'], ['DURVIS', 'Durvis neaizveras']]],
  ['VENTIL', 'Ventilācija un dzesēšana', [['NEDZESE', 'Nedzesē'], ['TROKSNIS', 'Neparasts troksnis']]],
];

const DIAGNOSIS_AREAS: readonly Area[] = [
  ['DETALA', 'Bojāta detaļa', [['SUKNIS', 'Nomainīts cirkulācijas sūknis'], ['DEGLIS', 'Nomainīts deglis'], ['PLATE', 'Nomainīta vadības plate'], ['BLIVE', 'Nomainīta blīve']]],
  ['REGUL', 'Iestatījumi un regulēšana', [['IESTAT', 'Pārregulēti iestatījumi'], ['SPIEDIENS', 'Atjaunots spiediens sistēmā']]],
  ['PIESARN', 'Piesārņojums', [['FILTRS', 'Nomainīts filtrs'], ['SILTMAINIS', 'Iztīrīts siltummainis']]],
];

const RESOLUTIONS = [
  ['NOMAINITS', 'Detaļa nomainīta'],
  ['NOREGULETS', 'Noregulēts'],
  ['IZTIRITS', 'Iztīrīts'],
  ['ATTEIKTS', 'Klients atteicās no remonta'],
] as const;

const REPAIR_STAGES = [
  ['DIAGNOSTIKA', 'Diagnostika', false],
  ['REMONTS', 'Remonts', false],
  ['PABEIGTS', 'Pabeigts', true],
] as const;

/** Inserts one audited row whose searchable fields are its code and description. */
function inserter(db: Database, now: Date, actor: string) {
  const at = now.toISOString();
  const counts: Record<string, number> = {};
  const insert = (table: string, values: Record<string, string | number | null> & { code: string; description: string }): number => {
    const row = { ...values, search_text: foldForSearch(values.code, values.description), version: 0, created_at: at, updated_at: at, updated_by: actor };
    const cols = Object.keys(row);
    const info = db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
    counts[table] = (counts[table] ?? 0) + 1;
    return Number(info.lastInsertRowid);
  };
  return { insert, counts };
}

const bit = (b: boolean) => (b ? 1 : 0);

export function seedStages(db: Database, now: Date, actor: string): Record<string, number> {
  const { insert, counts } = inserter(db, now, actor);

  const stageIds = new Map<string, number>();
  for (const s of STAGES) {
    const id = insert('service_stages', {
      code: s.code,
      description: s.description,
      parent_id: s.parent === null ? null : (stageIds.get(s.parent) ?? null),
      sort_order: s.sortOrder,
      modification_allowed: bit(s.modify),
      deletion_allowed: bit(s.remove),
      cancellation_allowed: bit(s.cancel),
      posting_allowed: bit(s.post),
      reason_required: bit(s.reason),
      stops_sla_clock: bit(s.stopsClock),
    });
    stageIds.set(s.code, id);
  }

  for (const [code, description] of REASONS) insert('stage_reason_codes', { code, description });
  for (const [code, description] of CONDITIONS) insert('repair_conditions', { code, description });
  for (const [code, description, codes] of SYMPTOM_AREAS) {
    const areaId = insert('symptom_areas', { code, description });
    for (const [c, d] of codes) insert('symptom_codes', { symptom_area_id: areaId, code: c, description: d });
  }
  for (const [code, description, codes] of DIAGNOSIS_AREAS) {
    const areaId = insert('diagnosis_areas', { code, description });
    for (const [c, d] of codes) insert('diagnosis_codes', { diagnosis_area_id: areaId, code: c, description: d });
  }
  for (const [code, description] of RESOLUTIONS) insert('repair_resolutions', { code, description });
  for (const [code, description, finished] of REPAIR_STAGES) insert('repair_stages', { code, description, finished: bit(finished) });
  return counts;
}
