import type { Migration } from './types';

const audit = `
  version INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL`;

const severity = (rule: string, fallback: 'block' | 'warn') =>
  `rule_${rule} TEXT NOT NULL DEFAULT '${fallback}' CHECK (rule_${rule} IN ('block', 'warn'))`;

/** The rows the board's range query reads and the rows of the queue (db/queries/dispatch*.ts use the same terms). */
const BOARD = "progress = 'in_process' AND worker_id IS NOT NULL";
const QUEUE = "progress = 'in_process' AND (worker_id IS NULL OR planned_start IS NULL)";

const colour = (priority: string, fallback: string) =>
  `colour_${priority} TEXT NOT NULL DEFAULT '${fallback}' CHECK (colour_${priority} GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]')`;

/**
 * The dispatch board. Its settings are one row: block or warn per conflict rule (defaults equal the
 * domain's DEFAULT_POLICY) and the bar colour per priority.
 *
 * `sla_deadline_at` keeps the deadline of a running SLA clock on the order (NULL without an SLA, while
 * stopped, once cancelled), because the queue sorts by it and every board read shows it; computing it
 * needs the SLA calendar's working time, which SQL cannot do. The services keep it current on every
 * clock or priority change and fill it in lazily for orders stored before this step.
 *
 * Indexes, measured on the large seed (1,000 technicians, 200,000 orders, 70,000 of them in the queue,
 * 12,000 visits in the measured week). The board's range query scans open, assigned orders by planned
 * start (bounded below by the longest visit the board allows). The queue pages through tens of
 * thousands of orders, so the three sorts the dispatcher uses (priority, SLA deadline, preferred date;
 * ascending) each have a partial index in exactly their ORDER BY form, and the first page reads 50
 * index entries instead of sorting the queue (70 ms -> under 1 ms); sorting by number still sorts. The
 * lazy fill-in finds orders missing their deadline through the last index, which holds only those.
 * Every index leads with `progress` although its WHERE fixes it: without statistics (no ANALYZE is run)
 * the planner otherwise prefers service_orders_progress_date, an equality on progress, and scans every
 * open order. Each generated order enters the queue indexes, which makes inserting orders about a
 * third slower; the queue is read far more often than a year of orders is generated.
 */
export const migration0180: Migration = {
  version: 180,
  name: 'dispatch',
  up(db) {
    db.exec(`
      CREATE TABLE dispatch_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        ${severity('overlap', 'block')},
        ${severity('outside_hours', 'warn')},
        ${severity('absence', 'block')},
        ${severity('missing_skill', 'warn')},
        ${severity('after_sla_deadline', 'warn')},
        ${severity('stage_locked', 'block')},
        ${colour('high', '#d64545')},
        ${colour('normal', '#e0a800')},
        ${colour('low', '#3c9a5f')},
        ${audit}
      );
      INSERT INTO dispatch_settings (id, created_at, updated_at, updated_by)
        VALUES (1, strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'), 'system');

      ALTER TABLE service_orders ADD COLUMN sla_deadline_at TEXT;

      CREATE INDEX service_orders_board ON service_orders (progress, planned_start, planned_end, worker_id)
        WHERE ${BOARD};
      CREATE INDEX service_orders_queue_priority ON service_orders
        (progress, CASE priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, preferred_date IS NULL, preferred_date, number)
        WHERE ${QUEUE};
      CREATE INDEX service_orders_queue_deadline ON service_orders (progress, sla_deadline_at IS NULL, sla_deadline_at, number)
        WHERE ${QUEUE};
      CREATE INDEX service_orders_queue_date ON service_orders
        (progress, preferred_date IS NULL, preferred_date, preferred_start_time IS NULL, preferred_start_time, number)
        WHERE ${QUEUE};
      CREATE INDEX service_orders_deadline_missing ON service_orders (progress, sla_deadline_at)
        WHERE progress = 'in_process' AND sla_id IS NOT NULL AND sla_cancelled_at IS NULL AND sla_deadline_at IS NULL;
    `);
    // A changed SLA target or working calendar moves the deadline of every running clock on it. The
    // triggers only forget the stored deadlines, whatever path changed the setup; the lazy fill-in
    // computes them again on the next board read.
    const forget = (slaIds: string) =>
      `UPDATE service_orders SET sla_deadline_at = NULL
         WHERE sla_deadline_at IS NOT NULL AND progress = 'in_process' AND sla_id IN (${slaIds});`;
    const ofCalendar = (ref: string) => `SELECT id FROM service_level_agreements WHERE calendar_id = ${ref}.calendar_id`;
    db.exec(`
      CREATE TRIGGER sla_change_forgets_deadlines AFTER UPDATE ON service_level_agreements
        BEGIN ${forget('NEW.id')} END;
      CREATE TRIGGER calendar_zone_forgets_deadlines AFTER UPDATE OF time_zone ON calendars
        BEGIN ${forget('SELECT id FROM service_level_agreements WHERE calendar_id = NEW.id')} END;
    `);
    // A technician who leaves (terminated, or moved to the office) can no longer be dispatched and has
    // no row on the board: their open visits go back to the queue, whatever path changed the worker.
    db.exec(`
      CREATE TRIGGER worker_leaving_unschedules_visits
        AFTER UPDATE OF status, kind ON workers
        WHEN NEW.status <> 'active' OR NEW.kind <> 'technician'
        BEGIN
          UPDATE service_orders SET worker_id = NULL, planned_start = NULL, planned_end = NULL,
            version = version + 1, updated_at = NEW.updated_at, updated_by = NEW.updated_by
          WHERE worker_id = NEW.id AND progress = 'in_process';
        END;
    `);
    for (const table of ['calendar_hours', 'calendar_days']) {
      db.exec(`
        CREATE TRIGGER ${table}_insert_forgets_deadlines AFTER INSERT ON ${table} BEGIN ${forget(ofCalendar('NEW'))} END;
        CREATE TRIGGER ${table}_update_forgets_deadlines AFTER UPDATE ON ${table} BEGIN ${forget(`${ofCalendar('NEW')} UNION ${ofCalendar('OLD')}`)} END;
        CREATE TRIGGER ${table}_delete_forgets_deadlines AFTER DELETE ON ${table} BEGIN ${forget(ofCalendar('OLD'))} END;
      `);
    }
  },
};
