import type { Database } from 'better-sqlite3';
import { foldForSearch } from '../../../db/search-text';
import { formatSequenceNumber } from '../../domain/numbering';
import type { PlannedOrder } from '../../domain/generation/types';
import { newClockDeadlines } from '../lifecycle-stages/sla-deadline';
import type { AgreementExtras } from './load';

/**
 * PlannedOrder -> rows. Every statement is prepared once per run and takes positional values,
 * because a yearly batch writes hundreds of thousands of rows and preparing or naming parameters
 * per row would cost more than the inserts themselves.
 */

export interface WrittenOrder {
  id: number;
  number: string;
  lines: number;
}

/**
 * Order numbers for the whole run from the 'order' sequence. The run holds the write lock from its
 * first statement (BEGIN IMMEDIATE), so no one else can take a number meanwhile and the sequence
 * is written back once at the end. A number already used by hand is skipped, as customers do.
 */
function orderNumbers(db: Database) {
  const seq = db.prepare("SELECT prefix, next_number AS next, width FROM number_sequences WHERE code = 'order'").get() as
    | { prefix: string; next: number; width: number }
    | undefined;
  if (!seq) throw new Error('No number sequence order');
  const taken = db.prepare('SELECT 1 FROM service_orders WHERE number = ?').pluck();
  const store = db.prepare("UPDATE number_sequences SET next_number = ? WHERE code = 'order'");
  let next = seq.next;
  return {
    take(): string {
      for (;;) {
        const number = formatSequenceNumber(seq.prefix, next++, seq.width);
        if (taken.get(number) === undefined) return number;
      }
    },
    finish(): void {
      if (next !== seq.next) store.run(next);
    },
  };
}

const distinct = <T>(values: Iterable<T | null>): T[] => [...new Set([...values].filter((v): v is T => v !== null))];

/**
 * Which of the agreement's relations an order carries: those its lines are about (plus any line
 * object or task the header does not list), or all of them when no line names one. An order for
 * one object's monthly check then does not list the objects only serviced yearly.
 */
function relationsFor(order: PlannedOrder, extras: AgreementExtras) {
  const lineObjects = distinct(order.lines.map((l) => l.line.serviceObjectId));
  const lineTasks = distinct(order.lines.map((l) => l.line.taskId));
  const objects =
    lineObjects.length === 0
      ? extras.objects
      : lineObjects.map((id) => extras.objects.find((o) => o.serviceObjectId === id) ?? { serviceObjectId: id, note: null, serialNo: null });
  const tasks =
    lineTasks.length === 0
      ? extras.tasks
      : lineTasks.map((id) => extras.tasks.find((t) => t.taskId === id) ?? { taskId: id, internalText: null, customerText: null });
  // The header's object: the one every line is about, else the agreement's only object.
  const headerObject = lineObjects.length === 1 ? lineObjects[0] : lineObjects.length === 0 && extras.objects.length === 1 ? extras.objects[0]?.serviceObjectId : undefined;
  return { objects, tasks, headerObject: headerObject ?? null };
}

export function orderWriter(db: Database, audit: { actor: string; now: string }) {
  const tail = [audit.now, audit.now, audit.actor] as const;
  const rootStage = (db.prepare('SELECT id FROM service_stages WHERE parent_id IS NULL').pluck().get() as number | undefined) ?? null;
  const numbers = orderNumbers(db);
  const serialOf = db.prepare('SELECT serial_no FROM service_objects WHERE id = ?').pluck();
  // A generated order's SLA clock runs from its creation (the lazily started clock of sla-store).
  const deadlineOf = newClockDeadlines(db);
  const insertOrder = db.prepare(
    `INSERT INTO service_orders (number, description, customer_id, site_id, agreement_id, service_object_id, priority,
       origin, progress, preferred_date, responsible_worker_id, preferred_worker_id, sla_id, stage_id,
       preferred_start_time, preferred_end_time, calendar_conflict, combine_key, planned_hours_x100, search_text,
       sla_deadline_at, version, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, 'normal', 'generated', 'in_process', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
  );
  const insertLine = db.prepare(
    `INSERT INTO service_order_lines (order_id, line_no, transaction_type, description, category_id, item_id,
       quantity_x100, cost_price_cents, sales_price_cents, price_overridden, worker_id, service_object_id, task_id,
       agreement_line_id, calculated_date, planned_date, status, version, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'created', 0, ?, ?, ?)`,
  );
  const insertObject = db.prepare(
    `INSERT INTO service_order_objects (order_id, service_object_id, note, version, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, 0, ?, ?, ?)`,
  );
  const insertTask = db.prepare(
    `INSERT INTO service_order_tasks (order_id, task_id, internal_text, customer_text, version, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, 0, ?, ?, ?)`,
  );

  function serial(objectId: number | null, extras: AgreementExtras): string | null {
    if (objectId === null) return null;
    const known = extras.objects.find((o) => o.serviceObjectId === objectId);
    return known ? known.serialNo : ((serialOf.get(objectId) as string | null | undefined) ?? null);
  }

  // Every order of an agreement shares its description, customer, city and object: fold that text
  // once (Unicode normalisation is a fair share of the run) and put each order's number before it.
  const folded = new Map<string, string>();
  const foldedFor = (agreementId: number, objectId: number | null, fold: () => string): string => {
    const key = `${agreementId}:${objectId ?? ''}`;
    let text = folded.get(key);
    if (text === undefined) folded.set(key, (text = fold()));
    return text;
  };

  return {
    write(order: PlannedOrder, extras: AgreementExtras): WrittenOrder {
      const a = order.agreement;
      const number = numbers.take();
      const { objects, tasks, headerObject } = relationsFor(order, extras);
      let hours = 0;
      for (const { line } of order.lines) if (line.transactionType === 'hour') hours += line.quantityX100;
      const searchText = `${foldForSearch(number)} ${foldedFor(a.id, headerObject, () =>
        foldForSearch(a.description, extras.customerName, extras.siteCity, serial(headerObject, extras)),
      )}`.trimEnd();
      const id = Number(
        insertOrder.run(
          number, a.description, a.customerId, a.siteId, a.id, headerObject, order.serviceDate, a.responsibleWorkerId,
          a.preferredWorkerId, a.slaId, rootStage, order.preferredStartTime, order.preferredEndTime,
          order.calendarConflict ? 1 : 0, order.combineKey, hours, searchText, deadlineOf(a.slaId, 'normal', audit.now), ...tail,
        ).lastInsertRowid,
      );
      order.lines.forEach(({ line, calculatedDate }, i) => {
        insertLine.run(
          id, i + 1, line.transactionType, line.description, line.categoryId, line.itemId, line.quantityX100,
          line.costPriceCents, line.salesPriceCents, line.priceOverridden ? 1 : 0, line.workerId, line.serviceObjectId,
          line.taskId, line.id, calculatedDate, order.serviceDate, ...tail,
        );
      });
      for (const o of objects) insertObject.run(id, o.serviceObjectId, o.note, ...tail);
      for (const t of tasks) insertTask.run(id, t.taskId, t.internalText, t.customerText, ...tail);
      return { id, number, lines: order.lines.length };
    },
    /** Stores where the order sequence continues; call once after the last order. */
    finish(): void {
      numbers.finish();
    },
  };
}
