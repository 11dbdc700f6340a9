import type { Migration } from './types';

/** Service management parameters on the one settings row. */
export const migration0080: Migration = {
  version: 80,
  name: 'parameters',
  up(db) {
    db.exec(`
      ALTER TABLE app_settings ADD COLUMN allow_orders_without_agreement INTEGER NOT NULL DEFAULT 1
        CHECK (allow_orders_without_agreement IN (0, 1));
      ALTER TABLE app_settings ADD COLUMN sign_off_required INTEGER NOT NULL DEFAULT 0 CHECK (sign_off_required IN (0, 1));
      ALTER TABLE app_settings ADD COLUMN reason_on_sla_cancel INTEGER NOT NULL DEFAULT 0 CHECK (reason_on_sla_cancel IN (0, 1));
      ALTER TABLE app_settings ADD COLUMN reason_on_sla_exceed INTEGER NOT NULL DEFAULT 0 CHECK (reason_on_sla_exceed IN (0, 1));
    `);
  },
};
