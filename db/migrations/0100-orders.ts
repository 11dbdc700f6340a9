import type { Migration } from './types';

/**
 * Editable service orders: a one-off service address on the header (not written back to the
 * customer or site), and on lines the actual execution date with its start and end time. The
 * CHECK keeps a line's end after its start even for writes that bypass the service.
 */
export const migration0100: Migration = {
  version: 100,
  name: 'orders',
  up(db) {
    db.exec(`
      ALTER TABLE service_orders ADD COLUMN service_address TEXT;
      ALTER TABLE service_orders ADD COLUMN service_city TEXT;
      ALTER TABLE service_order_lines ADD COLUMN execution_date TEXT;
      ALTER TABLE service_order_lines ADD COLUMN start_time TEXT;
      ALTER TABLE service_order_lines ADD COLUMN end_time TEXT CHECK (end_time IS NULL OR start_time IS NULL OR end_time > start_time);
    `);
  },
};
