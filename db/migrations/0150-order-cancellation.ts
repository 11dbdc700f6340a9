import type { Migration } from './types';

/**
 * Who cancelled an order, when and why. An order can be cancelled with no lines at all, and its
 * progress must stay cancelled when lines are derived again, so the cancellation itself is kept
 * (the lines' statuses alone cannot tell it). A sign-off after the SLA was exceeded keeps the reason
 * code that explained the delay.
 */
export const migration0150: Migration = {
  version: 150,
  name: 'order-cancellation',
  up(db) {
    db.exec(`
      ALTER TABLE service_orders ADD COLUMN cancelled_at TEXT;
      ALTER TABLE service_orders ADD COLUMN cancelled_by TEXT;
      ALTER TABLE service_orders ADD COLUMN cancel_reason_id INTEGER REFERENCES stage_reason_codes (id);
      ALTER TABLE service_orders ADD COLUMN cancel_note TEXT;
      ALTER TABLE signatures ADD COLUMN reason_id INTEGER REFERENCES stage_reason_codes (id);
    `);
  },
};
