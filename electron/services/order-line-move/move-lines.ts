import type { Database } from 'better-sqlite3';
import { fieldError } from '../errors';
import { assertOrderEditable } from '../orders/header-rules';
import { lastOrderLineNo, orderHead, refreshPlannedHours, type OrderHead } from '../orders/lookups';
import { recomputeProgress } from '../orders/progress';
import { assertStageAllows } from '../orders/stage-guard';
import { isoNow } from '../write';

interface MovedLine {
  id: number;
  orderId: number;
  lineNo: number;
  status: 'created' | 'posted' | 'cancelled';
  serviceObjectId: number | null;
  taskId: number | null;
}

function loadLines(db: Database, lineIds: readonly number[]): MovedLine[] {
  const read = db.prepare(
    `SELECT id, order_id AS orderId, line_no AS lineNo, status, service_object_id AS serviceObjectId, task_id AS taskId
     FROM service_order_lines WHERE id = ?`,
  );
  const lines = [...new Set(lineIds)].map((id) => read.get(id) as MovedLine | undefined);
  if (lines.some((l) => l === undefined)) throw fieldError('lineIds', 'ref_missing');
  return (lines as MovedLine[]).sort((a, b) => a.lineNo - b.lineNo);
}

/** Both orders open for changes; `field` says which input each refusal names. */
function assertOpen(db: Database, order: OrderHead, field: string): void {
  assertOrderEditable(order, { progress: field, stage: field });
  assertStageAllows(db, order.id, 'modify', field);
}

/**
 * Relates the objects and tasks the moved lines name to the target, taking the source's note and
 * texts, so the lines stay valid under the target's relation rules and the technician sees them.
 */
function addRelations(db: Database, lines: readonly MovedLine[], sourceId: number, targetId: number, audit: { now: string; actor: string }): void {
  const objectIds = [...new Set(lines.map((l) => l.serviceObjectId).filter((id): id is number => id !== null))];
  const taskIds = [...new Set(lines.map((l) => l.taskId).filter((id): id is number => id !== null))];
  const addObject = db.prepare(
    `INSERT INTO service_order_objects (order_id, service_object_id, note, version, created_at, updated_at, updated_by)
     SELECT @targetId, @id, (SELECT note FROM service_order_objects WHERE order_id = @sourceId AND service_object_id = @id), 0, @now, @now, @actor
     WHERE NOT EXISTS (SELECT 1 FROM service_order_objects WHERE order_id = @targetId AND service_object_id = @id)`,
  );
  const addTask = db.prepare(
    `INSERT INTO service_order_tasks (order_id, task_id, internal_text, customer_text, version, created_at, updated_at, updated_by)
     SELECT @targetId, @id, r.internal_text, r.customer_text, 0, @now, @now, @actor
     FROM (SELECT 1) LEFT JOIN service_order_tasks r ON r.order_id = @sourceId AND r.task_id = @id
     WHERE NOT EXISTS (SELECT 1 FROM service_order_tasks WHERE order_id = @targetId AND task_id = @id)`,
  );
  for (const id of objectIds) addObject.run({ targetId, sourceId, id, ...audit });
  for (const id of taskIds) addTask.run({ targetId, sourceId, id, ...audit });
}

/**
 * Moves open lines of one order to another order of the same agreement (domain reference §4):
 * renumbered after the target's last line in their old order, everything else kept (the series key
 * agreement_line_id + calculated_date is unique across all orders, so it stays unique). One
 * transaction: both orders get a new version, planned hours and progress.
 */
export function moveLines(
  db: Database,
  input: { lineIds: readonly number[]; targetOrderId: number },
  ctx: { actor: string; now(): Date },
): { sourceOrderId: number; targetOrderId: number; lines: { id: number; lineNo: number }[] } {
  return db.transaction(() => {
    const lines = loadLines(db, input.lineIds);
    const sourceId = lines[0]?.orderId;
    if (sourceId === undefined || lines.some((l) => l.orderId !== sourceId)) throw fieldError('lineIds', 'move_lines_one_order');
    if (sourceId === input.targetOrderId) throw fieldError('targetOrderId', 'move_same_order');
    const source = orderHead(db, sourceId);
    const target = orderHead(db, input.targetOrderId);
    if (!source) throw fieldError('lineIds', 'ref_missing');
    if (!target) throw fieldError('targetOrderId', 'ref_missing');
    if (source.agreementId === null || source.agreementId !== target.agreementId) throw fieldError('targetOrderId', 'move_other_agreement');
    assertOpen(db, source, 'lineIds');
    assertOpen(db, target, 'targetOrderId');
    const closed = lines.filter((l) => l.status !== 'created');
    if (closed.length > 0) throw fieldError('lineIds', 'move_lines_closed', { lines: closed.map((l) => l.lineNo).join(', ') });

    const audit = { now: isoNow(ctx), actor: ctx.actor };
    const next = lastOrderLineNo(db, target.id);
    const move = db.prepare(
      `UPDATE service_order_lines SET order_id = ?, line_no = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?`,
    );
    const moved = lines.map((l, i) => {
      move.run(target.id, next + i + 1, audit.now, audit.actor, l.id);
      return { id: l.id, lineNo: next + i + 1 };
    });
    addRelations(db, lines, source.id, target.id, audit);
    const bump = db.prepare('UPDATE service_orders SET version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?');
    for (const id of [source.id, target.id]) {
      refreshPlannedHours(db, id, { lineId: null, hoursX100: 0 });
      recomputeProgress(db, id);
      bump.run(audit.now, audit.actor, id);
    }
    return { sourceOrderId: source.id, targetOrderId: target.id, lines: moved };
  })();
}
