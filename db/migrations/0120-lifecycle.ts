import type { Migration } from './types';

const audit = `
  version INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL`;

/**
 * What an order goes through after it is created: stage changes (kept with their reasons), the
 * SLA clock as segments, repair lines, sign-off with a drawn signature, and posting. Posted
 * transactions are immutable: triggers refuse UPDATE and DELETE, so a correction can only be a
 * reversal (a new row that points at the one it reverses).
 */
export const migration0120: Migration = {
  version: 120,
  name: 'lifecycle',
  up(db) {
    db.exec(`
      CREATE TABLE order_stage_log (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES service_orders (id) ON DELETE CASCADE,
        from_stage_id INTEGER REFERENCES service_stages (id),
        to_stage_id INTEGER NOT NULL REFERENCES service_stages (id),
        reason_id INTEGER REFERENCES stage_reason_codes (id),
        note TEXT,
        changed_at TEXT NOT NULL,
        ${audit}
      );
      CREATE INDEX order_stage_log_order ON order_stage_log (order_id, changed_at);

      CREATE TABLE sla_segments (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES service_orders (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('running', 'stopped')),
        start_at TEXT NOT NULL,
        end_at TEXT,
        reason_id INTEGER REFERENCES stage_reason_codes (id),
        note TEXT,
        ${audit},
        CHECK (end_at IS NULL OR end_at >= start_at)
      );
      CREATE INDEX sla_segments_order ON sla_segments (order_id, start_at);
      ALTER TABLE service_orders ADD COLUMN sla_cancelled_at TEXT;

      CREATE TABLE repair_lines (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES service_orders (id) ON DELETE CASCADE,
        line_no INTEGER NOT NULL,
        service_object_id INTEGER REFERENCES service_objects (id),
        worker_id INTEGER REFERENCES workers (id),
        condition_id INTEGER REFERENCES repair_conditions (id),
        symptom_area_id INTEGER REFERENCES symptom_areas (id),
        symptom_code_id INTEGER REFERENCES symptom_codes (id),
        diagnosis_area_id INTEGER REFERENCES diagnosis_areas (id),
        diagnosis_code_id INTEGER REFERENCES diagnosis_codes (id),
        resolution_id INTEGER REFERENCES repair_resolutions (id),
        repair_stage_id INTEGER REFERENCES repair_stages (id),
        finished_at TEXT,
        notes TEXT,
        search_text TEXT NOT NULL DEFAULT '',
        ${audit},
        UNIQUE (order_id, line_no)
      );
      CREATE INDEX repair_lines_symptom ON repair_lines (symptom_code_id);

      CREATE TABLE signatures (
        id INTEGER PRIMARY KEY,
        signer_name TEXT NOT NULL,
        signed_at TEXT NOT NULL,
        image_png TEXT NOT NULL CHECK (image_png LIKE 'data:image/png;base64,%'),
        ${audit}
      );
      ALTER TABLE service_orders ADD COLUMN signature_id INTEGER REFERENCES signatures (id);
      ALTER TABLE service_order_lines ADD COLUMN signature_id INTEGER REFERENCES signatures (id);

      CREATE TABLE posting_runs (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('order', 'lines', 'batch', 'reversal')),
        posted_at TEXT NOT NULL,
        posted_by TEXT NOT NULL,
        lines INTEGER NOT NULL DEFAULT 0,
        note TEXT
      );

      CREATE TABLE posted_transactions (
        id INTEGER PRIMARY KEY,
        posting_run_id INTEGER NOT NULL REFERENCES posting_runs (id),
        order_id INTEGER NOT NULL REFERENCES service_orders (id),
        order_line_id INTEGER NOT NULL REFERENCES service_order_lines (id),
        transaction_type TEXT NOT NULL CHECK (transaction_type IN ('hour', 'expense', 'item', 'fee')),
        posting_date TEXT NOT NULL,
        quantity_x100 INTEGER NOT NULL,
        cost_amount_cents INTEGER NOT NULL,
        sales_amount_cents INTEGER NOT NULL,
        tax_group_id INTEGER REFERENCES tax_groups (id),
        tax_rate_x100 INTEGER NOT NULL DEFAULT 0,
        tax_amount_cents INTEGER NOT NULL DEFAULT 0,
        reverses_id INTEGER UNIQUE REFERENCES posted_transactions (id),
        posted_at TEXT NOT NULL,
        posted_by TEXT NOT NULL
      );
      CREATE INDEX posted_transactions_order ON posted_transactions (order_id);
      CREATE INDEX posted_transactions_line ON posted_transactions (order_line_id);
      CREATE TRIGGER posted_transactions_no_update BEFORE UPDATE ON posted_transactions
        BEGIN SELECT RAISE(ABORT, 'posted transactions are immutable'); END;
      CREATE TRIGGER posted_transactions_no_delete BEFORE DELETE ON posted_transactions
        BEGIN SELECT RAISE(ABORT, 'posted transactions are immutable'); END;
    `);
  },
};
