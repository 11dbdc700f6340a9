import type { Migration } from './types';

const audit = `
  version INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL`;

const flag = (column: string, fallback: 0 | 1) => `${column} INTEGER NOT NULL DEFAULT ${fallback} CHECK (${column} IN (0, 1))`;

/**
 * Service agreements in full (header, lines, object and task relations) and what generation
 * writes: order lines that remember their agreement line and calculated date. The unique index on
 * (agreement_line_id, calculated_date) is what makes generation idempotent: a member of a series
 * exists at most once, however often the period is run, and manual edits to the order are never
 * touched because generation only inserts.
 */
export const migration0090: Migration = {
  version: 90,
  name: 'agreements',
  up(db) {
    db.exec(`
      ALTER TABLE agreements ADD COLUMN agreement_group_id INTEGER REFERENCES agreement_groups (id);
      ALTER TABLE agreements ADD COLUMN sla_id INTEGER REFERENCES service_level_agreements (id);
      ALTER TABLE agreements ADD COLUMN calendar_id INTEGER REFERENCES calendars (id);
      ALTER TABLE agreements ADD COLUMN combine_by TEXT NOT NULL DEFAULT 'agreement'
        CHECK (combine_by IN ('agreement', 'task', 'worker', 'object'));
      ALTER TABLE agreements ADD COLUMN template_group_id INTEGER REFERENCES template_groups (id);
      ALTER TABLE agreements ADD COLUMN billing TEXT NOT NULL DEFAULT 'time_material'
        CHECK (billing IN ('time_material', 'fixed_fee'));
      ALTER TABLE agreements ADD COLUMN fee_cents INTEGER NOT NULL DEFAULT 0 CHECK (fee_cents >= 0);
      ALTER TABLE agreements ADD COLUMN fee_period TEXT NOT NULL DEFAULT 'month'
        CHECK (fee_period IN ('month', 'quarter', 'half_year', 'year'));
      ALTER TABLE agreements ADD COLUMN notes TEXT;
      ALTER TABLE agreements ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
      CREATE INDEX agreements_group ON agreements (agreement_group_id);

      CREATE TABLE agreement_lines (
        id INTEGER PRIMARY KEY,
        agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        line_no INTEGER NOT NULL,
        transaction_type TEXT NOT NULL CHECK (transaction_type IN ('hour', 'expense', 'item', 'fee')),
        description TEXT NOT NULL,
        category_id INTEGER REFERENCES transaction_categories (id),
        item_id INTEGER REFERENCES items (id),
        quantity_x100 INTEGER NOT NULL DEFAULT 100 CHECK (quantity_x100 >= 0),
        cost_price_cents INTEGER NOT NULL DEFAULT 0 CHECK (cost_price_cents >= 0),
        sales_price_cents INTEGER NOT NULL DEFAULT 0 CHECK (sales_price_cents >= 0),
        ${flag('price_overridden', 0)},
        worker_id INTEGER REFERENCES workers (id),
        service_object_id INTEGER REFERENCES service_objects (id),
        task_id INTEGER REFERENCES service_tasks (id),
        interval_id INTEGER REFERENCES service_intervals (id),
        time_window_id INTEGER REFERENCES time_windows (id),
        valid_from TEXT,
        valid_to TEXT,
        start_after TEXT,
        end_before TEXT,
        ${flag('stopped', 0)},
        search_text TEXT NOT NULL DEFAULT '',
        ${audit},
        UNIQUE (agreement_id, line_no),
        CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
      );

      CREATE TABLE agreement_objects (
        id INTEGER PRIMARY KEY,
        agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        service_object_id INTEGER NOT NULL REFERENCES service_objects (id),
        note TEXT,
        ${audit},
        UNIQUE (agreement_id, service_object_id)
      );

      CREATE TABLE agreement_tasks (
        id INTEGER PRIMARY KEY,
        agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        task_id INTEGER NOT NULL REFERENCES service_tasks (id),
        internal_text TEXT,
        customer_text TEXT,
        ${audit},
        UNIQUE (agreement_id, task_id)
      );

      ALTER TABLE service_orders ADD COLUMN sla_id INTEGER REFERENCES service_level_agreements (id);
      ALTER TABLE service_orders ADD COLUMN stage_id INTEGER REFERENCES service_stages (id);
      ALTER TABLE service_orders ADD COLUMN preferred_worker_id INTEGER REFERENCES workers (id);
      ALTER TABLE service_orders ADD COLUMN preferred_start_time TEXT;
      ALTER TABLE service_orders ADD COLUMN preferred_end_time TEXT;
      ALTER TABLE service_orders ADD COLUMN ${flag('calendar_conflict', 0)};
      ALTER TABLE service_orders ADD COLUMN combine_key TEXT;
      CREATE INDEX service_orders_preferred_date ON service_orders (preferred_date);

      CREATE TABLE service_order_lines (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES service_orders (id) ON DELETE CASCADE,
        line_no INTEGER NOT NULL,
        transaction_type TEXT NOT NULL CHECK (transaction_type IN ('hour', 'expense', 'item', 'fee')),
        description TEXT NOT NULL,
        category_id INTEGER REFERENCES transaction_categories (id),
        item_id INTEGER REFERENCES items (id),
        quantity_x100 INTEGER NOT NULL DEFAULT 100 CHECK (quantity_x100 >= 0),
        cost_price_cents INTEGER NOT NULL DEFAULT 0 CHECK (cost_price_cents >= 0),
        sales_price_cents INTEGER NOT NULL DEFAULT 0 CHECK (sales_price_cents >= 0),
        ${flag('price_overridden', 0)},
        worker_id INTEGER REFERENCES workers (id),
        service_object_id INTEGER REFERENCES service_objects (id),
        task_id INTEGER REFERENCES service_tasks (id),
        agreement_line_id INTEGER REFERENCES agreement_lines (id),
        calculated_date TEXT,
        planned_date TEXT,
        status TEXT NOT NULL DEFAULT 'created' CHECK (status IN ('created', 'posted', 'cancelled')),
        ${audit},
        UNIQUE (order_id, line_no),
        CHECK ((agreement_line_id IS NULL) = (calculated_date IS NULL))
      );
      CREATE UNIQUE INDEX service_order_lines_series
        ON service_order_lines (agreement_line_id, calculated_date) WHERE agreement_line_id IS NOT NULL;

      CREATE TABLE service_order_objects (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES service_orders (id) ON DELETE CASCADE,
        service_object_id INTEGER NOT NULL REFERENCES service_objects (id),
        note TEXT,
        ${audit},
        UNIQUE (order_id, service_object_id)
      );

      CREATE TABLE service_order_tasks (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES service_orders (id) ON DELETE CASCADE,
        task_id INTEGER NOT NULL REFERENCES service_tasks (id),
        internal_text TEXT,
        customer_text TEXT,
        ${audit},
        UNIQUE (order_id, task_id)
      );
    `);
  },
};
