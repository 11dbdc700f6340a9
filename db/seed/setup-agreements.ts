import type { Database } from 'better-sqlite3';
import { foldForSearch } from '../search-text';

/**
 * What each kind of equipment gets under a maintenance agreement: the task, how often, and how
 * far the visit may move (so generation can put the lines of one agreement on a common open day).
 */
const MAINTENANCE: Record<string, { task: string; interval: string; window: string; hoursX100: number }> = {
  KATLI: { task: 'KATLS-GADA', interval: 'YEAR', window: 'MONTH', hoursX100: 200 },
  SILTUMSUKNI: { task: 'SSUKNIS-SEZONA', interval: 'HALFYEAR', window: 'MONTH', hoursX100: 150 },
  LIFTI: { task: 'LIFTS-MENESIS', interval: 'MONTH', window: 'WEEK', hoursX100: 100 },
  VENTILACIJA: { task: 'VENT-FILTRI', interval: 'QUARTER', window: 'MONTH', hoursX100: 100 },
  KONDICIONIERI: { task: 'KOND-TIRISANA', interval: 'HALFYEAR', window: 'MONTH', hoursX100: 100 },
  UGUNSDZESIBA: { task: 'UGUNS-PARBAUDE', interval: 'QUARTER', window: 'MONTH', hoursX100: 150 },
};

type Ids = Map<string, number>;
const idsOf = (db: Database, sql: string): Ids =>
  new Map((db.prepare(sql).all() as { code: string; id: number }[]).map((r) => [r.code, r.id]));

/**
 * Gives the demo agreements what generation needs: the office calendar and an SLA, the equipment
 * at the agreement's site as related objects, the matching service tasks, and one maintenance line
 * per object (hours at the standard category's prices), so "Create service orders" on the demo
 * company produces a believable year of visits. Runs after the calendars, prices and tasks seeds.
 */
export function seedAgreementLines(db: Database, now: Date, actor: string): Record<string, number> {
  const at = now.toISOString();
  const audit = [0, at, at, actor] as const;
  const tasks = idsOf(db, 'SELECT code, id FROM service_tasks');
  const intervals = idsOf(db, 'SELECT code, id FROM service_intervals');
  const windows = idsOf(db, 'SELECT code, id FROM time_windows');
  const calendar = idsOf(db, 'SELECT code, id FROM calendars').get('STANDARTS') ?? null;
  const sla = idsOf(db, 'SELECT code, id FROM service_level_agreements').get('SUDRABS') ?? null;
  const group = idsOf(db, 'SELECT code, id FROM agreement_groups').get('APKOPE') ?? null;
  const hourCategory = db.prepare("SELECT id, cost_price_cents AS cost, sales_price_cents AS sales FROM transaction_categories WHERE code = 'STD'").get() as
    | { id: number; cost: number; sales: number }
    | undefined;

  const agreements = db.prepare('SELECT id, site_id AS siteId, valid_from AS validFrom FROM agreements ORDER BY id').all() as {
    id: number;
    siteId: number | null;
    validFrom: string;
  }[];
  const objectsAt = db.prepare(
    `SELECT o.id, g.code AS groupCode FROM service_objects o JOIN service_object_groups g ON g.id = o.group_id
     WHERE o.site_id = ? AND o.parent_id IS NULL ORDER BY o.id`,
  );
  const header = db.prepare('UPDATE agreements SET calendar_id = ?, sla_id = ?, agreement_group_id = ? WHERE id = ?');
  const relateObject = db.prepare(
    `INSERT INTO agreement_objects (agreement_id, service_object_id, version, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const relateTask = db.prepare(
    `INSERT OR IGNORE INTO agreement_tasks (agreement_id, task_id, internal_text, customer_text, version, created_at, updated_at, updated_by)
     SELECT ?, id, internal_text, customer_text, ?, ?, ?, ? FROM service_tasks WHERE id = ?`,
  );
  const line = db.prepare(
    `INSERT INTO agreement_lines (agreement_id, line_no, transaction_type, description, category_id, quantity_x100,
       cost_price_cents, sales_price_cents, service_object_id, task_id, interval_id, time_window_id, valid_from,
       start_after, end_before, search_text, version, created_at, updated_at, updated_by)
     VALUES (?, ?, 'hour', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '08:00', '17:00', ?, ?, ?, ?, ?)`,
  );
  const counts = { agreement_objects: 0, agreement_tasks: 0, agreement_lines: 0 };
  const taskName = db.prepare('SELECT description FROM service_tasks WHERE id = ?');

  for (const a of agreements) {
    header.run(calendar, sla, group, a.id);
    if (a.siteId === null) continue;
    let lineNo = 0;
    for (const object of objectsAt.all(a.siteId) as { id: number; groupCode: string }[]) {
      const plan = MAINTENANCE[object.groupCode];
      const taskId = plan ? tasks.get(plan.task) : undefined;
      if (!plan || taskId === undefined) continue;
      relateObject.run(a.id, object.id, ...audit);
      counts.agreement_objects++;
      counts.agreement_tasks += relateTask.run(a.id, ...audit, taskId).changes;
      const description = (taskName.get(taskId) as { description: string }).description;
      line.run(
        a.id, ++lineNo, description, hourCategory?.id ?? null, plan.hoursX100, hourCategory?.cost ?? 0, hourCategory?.sales ?? 0,
        object.id, taskId, intervals.get(plan.interval) ?? null, windows.get(plan.window) ?? null, a.validFrom,
        foldForSearch(description), ...audit,
      );
      counts.agreement_lines++;
    }
  }
  return counts;
}
