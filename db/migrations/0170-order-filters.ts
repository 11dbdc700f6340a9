import type { Migration } from './types';

/**
 * The order list filters by stage and by preferred technician. Assigned technician, agreement and
 * customer already have indexes (0010); without these two a filter scans every order.
 */
export const migration0170: Migration = {
  version: 170,
  name: 'order-filters',
  up(db) {
    db.exec(`
      CREATE INDEX service_orders_stage ON service_orders (stage_id);
      CREATE INDEX service_orders_preferred_worker ON service_orders (preferred_worker_id);
    `);
  },
};
