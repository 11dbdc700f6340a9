import type { Migration } from './types';

const audit = `
  version INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL`;

/**
 * Customer requests (a call, e-mail, web form or visit taken down before it becomes a service
 * order) and the order's SLA start. The received moment is kept as the local date and time the
 * dispatcher typed (company time zone, as on the paper form); the service turns them into the UTC
 * instant that becomes the order's `sla_start_at` on conversion. The CHECKs keep the status and its
 * evidence together, so a converted request always names its order and a rejected one its reason.
 */
export const migration0110: Migration = {
  version: 110,
  name: 'requests',
  up(db) {
    db.exec(`
      CREATE TABLE customer_requests (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        received_date TEXT NOT NULL,
        received_time TEXT NOT NULL,
        customer_id INTEGER NOT NULL REFERENCES customers (id),
        site_id INTEGER REFERENCES customer_sites (id),
        service_object_id INTEGER REFERENCES service_objects (id),
        contact_id INTEGER REFERENCES contacts (id),
        channel TEXT NOT NULL DEFAULT 'phone' CHECK (channel IN ('phone', 'email', 'web', 'visit')),
        priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('high', 'normal', 'low')),
        description TEXT NOT NULL,
        condition_id INTEGER REFERENCES repair_conditions (id),
        symptom_area_id INTEGER REFERENCES symptom_areas (id),
        symptom_code_id INTEGER REFERENCES symptom_codes (id),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'converted', 'rejected')),
        reject_reason_id INTEGER REFERENCES stage_reason_codes (id),
        reject_note TEXT,
        order_id INTEGER REFERENCES service_orders (id),
        search_text TEXT NOT NULL DEFAULT '',
        ${audit},
        CHECK ((status = 'converted') = (order_id IS NOT NULL)),
        CHECK ((status = 'rejected') = (reject_reason_id IS NOT NULL))
      );
      CREATE INDEX customer_requests_status ON customer_requests (status, received_date);
      CREATE INDEX customer_requests_customer ON customer_requests (customer_id);
      CREATE UNIQUE INDEX customer_requests_order ON customer_requests (order_id) WHERE order_id IS NOT NULL;

      -- When the SLA clock of the order starts: the request's received moment, or the order's creation.
      ALTER TABLE service_orders ADD COLUMN sla_start_at TEXT;
    `);
  },
};
