import type { Database } from 'better-sqlite3';
import { addDays, mondayOf } from './time';

const WORKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** Skills by the equipment a team mostly serves; codes match the skills the objects group seeds. */
const SKILL_LEVELS: readonly (readonly [string, number])[] = [
  ['GAS', 3],
  ['HP', 2],
  ['HVAC', 2],
  ['LIFT', 3],
  ['FIRE', 1],
];

/**
 * Working hours Mon–Fri 08:00–17:00 for every active worker, skills for the technicians (two or
 * three each, with certificates expiring in a year or two), and two absences near `now`, so the
 * dispatch board has something to respect.
 */
export function seedPeople(db: Database, now: Date, actor: string): Record<string, number> {
  const at = now.toISOString();
  const audit = [0, at, at, actor] as const;
  const workers = db.prepare("SELECT id, kind FROM workers WHERE status = 'active' ORDER BY id").all() as { id: number; kind: string }[];
  const hours = db.prepare(
    `INSERT INTO worker_hours (worker_id, weekday, start_time, end_time, version, created_at, updated_at, updated_by)
     VALUES (?, ?, '08:00', '17:00', ?, ?, ?, ?)`,
  );
  const skillIds = new Map(
    (db.prepare('SELECT id, code FROM skills').all() as { id: number; code: string }[]).map((s) => [s.code, s.id]),
  );
  const workerSkill = db.prepare(
    `INSERT INTO worker_skills (worker_id, skill_id, level, certificate, valid_to, version, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const absence = db.prepare(
    `INSERT INTO absences (worker_id, kind, from_date, to_date, note, version, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const counts = { worker_hours: 0, worker_skills: 0, absences: 0 };
  const year = now.getUTCFullYear();
  const technicians = workers.filter((w) => w.kind === 'technician');
  for (const w of workers) {
    for (const day of WORKDAYS) {
      hours.run(w.id, day, ...audit);
      counts.worker_hours++;
    }
  }
  technicians.forEach((w, i) => {
    for (let k = 0; k < 2 + (i % 2); k++) {
      const [code, level] = SKILL_LEVELS[(i + k) % SKILL_LEVELS.length] ?? ['GAS', 1];
      const skillId = skillIds.get(code);
      if (skillId === undefined) continue;
      workerSkill.run(w.id, skillId, level, `${code}-${year}-${String(w.id).padStart(3, '0')}`, `${year + 1 + (i % 2)}-12-31`, ...audit);
      counts.worker_skills++;
    }
  });
  const monday = mondayOf(now);
  const [first, second] = technicians;
  if (first) {
    absence.run(first.id, 'vacation', addDays(monday, 7), addDays(monday, 11), 'Ikgadējais atvaļinājums', ...audit);
    counts.absences++;
  }
  if (second) {
    absence.run(second.id, 'training', addDays(monday, 2), addDays(monday, 2), 'Gāzes iekārtu sertifikācijas kursi', ...audit);
    counts.absences++;
  }
  return counts;
}
