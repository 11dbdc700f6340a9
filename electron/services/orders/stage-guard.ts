import type { Database } from 'better-sqlite3';
import { fieldError } from '../errors';

export type StageAction = 'modify' | 'delete' | 'cancel' | 'post';

const FLAG_COLUMN: Record<StageAction, string> = {
  modify: 'modification_allowed',
  delete: 'deletion_allowed',
  cancel: 'cancellation_allowed',
  post: 'posting_allowed',
};

const MESSAGE_KEY: Record<StageAction, string> = {
  modify: 'order_stage_no_change',
  delete: 'stage_no_delete',
  cancel: 'stage_no_cancel',
  post: 'stage_no_post',
};

/**
 * The one place the order's current stage decides what may be done with it (domain reference §1.2,
 * §4.4). Throws a field error naming `field` (the stage by default; a line's form names its order)
 * when the stage's flag forbids `action`. An order without a stage (made before any stage existed)
 * is not restricted, and a missing order is left for the caller to report as not found.
 */
export function assertStageAllows(db: Database, orderId: number, action: StageAction, field = 'stageId'): void {
  const stage = db
    .prepare(`SELECT st.code, st.${FLAG_COLUMN[action]} AS allowed FROM service_orders o JOIN service_stages st ON st.id = o.stage_id WHERE o.id = ?`)
    .get(orderId) as { code: string; allowed: number } | undefined;
  if (stage && stage.allowed !== 1) throw fieldError(field, MESSAGE_KEY[action], { stage: stage.code });
}
