import type { Database } from 'better-sqlite3';
import type { StageLogEntry, StageOption, StageOptions } from '../../contract/order-stages';
import { nextStages, previousStage, type StageNode } from '../../domain/stages';
import { fieldError, notFound } from '../errors';
import { isoNow } from '../write';
import { bumpOrder, checkedMoment, clockOnStageChange } from './sla-actions';

/**
 * Moving an order along the stage tree (domain reference §1.2, §4.4): Next goes to a child of the
 * current stage (the user picks one where the tree branches), Previous to its parent. Every change is
 * logged with its reason and note, and bumps the order's version.
 */

type StageRow = StageNode & { name: string; reasonRequired: number; stopsSlaClock: number };

function allStages(db: Database): StageRow[] {
  return db
    .prepare(
      `SELECT id, code, description AS name, parent_id AS parentId, sort_order AS sortOrder,
         reason_required AS reasonRequired, stops_sla_clock AS stopsSlaClock
       FROM service_stages`,
    )
    .all() as StageRow[];
}

const option = (s: StageRow): StageOption => ({ id: s.id, code: s.code, name: s.name, reasonRequired: s.reasonRequired === 1, stopsSlaClock: s.stopsSlaClock === 1 });

function orderStage(db: Database, orderId: number): { version: number; stageId: number | null } {
  const row = db.prepare('SELECT version, stage_id AS stageId FROM service_orders WHERE id = ?').get(orderId) as { version: number; stageId: number | null } | undefined;
  if (!row) throw notFound();
  return row;
}

interface Walk {
  current: StageRow | undefined;
  next: StageRow[];
  previous: StageRow | undefined;
}

/** An order without a stage (made before any stage existed) may only enter the root. */
function walkFrom(stages: readonly StageRow[], stageId: number | null): Walk {
  if (stageId === null) return { current: undefined, next: stages.filter((s) => s.parentId === null), previous: undefined };
  return { current: stages.find((s) => s.id === stageId), next: nextStages(stages, stageId), previous: previousStage(stages, stageId) };
}

export function stageOptions(db: Database, orderId: number): StageOptions {
  const order = orderStage(db, orderId);
  const walk = walkFrom(allStages(db), order.stageId);
  return {
    orderId,
    version: order.version,
    current: walk.current ? option(walk.current) : null,
    next: walk.next.map(option),
    previous: walk.previous ? option(walk.previous) : null,
  };
}

export interface ChangeStageInput {
  orderId: number;
  version: number;
  toStageId: number;
  reasonId?: number | undefined;
  note?: string | null | undefined;
  at?: string | undefined;
}

export function changeStage(db: Database, input: ChangeStageInput, ctx: { actor: string; now(): Date }): void {
  db.transaction(() => {
    const order = orderStage(db, input.orderId);
    const walk = walkFrom(allStages(db), order.stageId);
    const target = [...walk.next, ...(walk.previous ? [walk.previous] : [])].find((s) => s.id === input.toStageId);
    if (!target) throw fieldError('toStageId', 'stage_not_adjacent', { stage: walk.current?.code ?? '' });
    const reasonId = input.reasonId ?? null;
    if (target.reasonRequired === 1 && reasonId === null) throw fieldError('reasonId', 'stage_reason_required', { stage: target.code });
    if (reasonId !== null && !db.prepare('SELECT 1 FROM stage_reason_codes WHERE id = ?').get(reasonId)) throw fieldError('reasonId', 'ref_missing');
    const at = checkedMoment(input.at, ctx);
    const last = db.prepare('SELECT max(changed_at) FROM order_stage_log WHERE order_id = ?').pluck().get(input.orderId) as string | null;
    if (last !== null && at < last) throw fieldError('at', 'before_last_event', { last: last.slice(0, 16).replace('T', ' ') });
    // The version guard first, so a stale caller is told "conflict" rather than about the clock. The id is
    // an integer read from the stages table, so inlining it is safe.
    bumpOrder(db, input.orderId, input.version, ctx, `stage_id = ${Number(target.id)}, `);
    const now = isoNow(ctx);
    db.prepare(
      `INSERT INTO order_stage_log (order_id, from_stage_id, to_stage_id, reason_id, note, changed_at, version, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
    ).run(input.orderId, order.stageId, target.id, reasonId, input.note ?? null, at, now, now, ctx.actor);
    clockOnStageChange(db, input.orderId, { stops: walk.current?.stopsSlaClock === 1 }, { stops: target.stopsSlaClock === 1 }, at, ctx);
  })();
}

export function stageLog(db: Database, orderId: number): StageLogEntry[] {
  orderStage(db, orderId);
  const rows = db
    .prepare(
      `SELECT l.id, l.note, l.changed_at AS changedAt, l.updated_by AS actor,
         f.id AS fromId, f.code AS fromCode, f.description AS fromName,
         t.id AS toId, t.code AS toCode, t.description AS toName,
         r.id AS reasonId, r.code AS reasonCode, r.description AS reasonName
       FROM order_stage_log l
       JOIN service_stages t ON t.id = l.to_stage_id
       LEFT JOIN service_stages f ON f.id = l.from_stage_id
       LEFT JOIN stage_reason_codes r ON r.id = l.reason_id
       WHERE l.order_id = ? ORDER BY l.changed_at, l.id`,
    )
    .all(orderId) as Record<string, string | number | null>[];
  const ref = (r: Record<string, string | number | null>, p: string) =>
    r[`${p}Id`] == null ? null : { id: Number(r[`${p}Id`]), code: String(r[`${p}Code`]), name: String(r[`${p}Name`]) };
  return rows.map((r) => ({
    id: Number(r.id),
    from: ref(r, 'from'),
    to: ref(r, 'to') ?? { id: 0, code: '', name: '' },
    reason: ref(r, 'reason'),
    note: r.note === null ? null : String(r.note),
    changedAt: String(r.changedAt),
    actor: String(r.actor),
  }));
}
