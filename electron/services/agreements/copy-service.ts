import type { EntityRowData, ListQuery } from '../../../db/queries/entity-table';
import { agreementObjectsEntity, agreementTasksEntity, agreementsEntity } from '../../contract/agreements';
import { agreementLinesEntity } from '../../contract/agreement-lines';
import type { ApiOutput } from '../../contract';
import type { FieldMap, ValuesOf } from '../../contract/fields';
import { lineFieldOutside } from '../../domain/agreement-validity';
import type { CallContext, Handlers } from '../context';
import { entityService } from '../entities/entity-service';
import { fieldError } from '../errors';
import { agreementRules } from './agreement-rules';
import { agreementLineRules } from './line-rules';
import { agreementHead, lastLineNo, objectCustomer, relatedObjectIds, relatedTaskIds, type AgreementHead } from './lookups';
import { agreementObjectRules, agreementTaskRules } from './relation-rules';

/**
 * Copying agreements and lines. Every row is written through the same entity services (and so
 * the same rules) as the editor writes it, inside one transaction: a refused row undoes the copy.
 */

const headers = entityService(agreementsEntity, agreementRules);
const objects = entityService(agreementObjectsEntity, agreementObjectRules);
const tasks = entityService(agreementTasksEntity, agreementTaskRules);
const lines = entityService(agreementLinesEntity, agreementLineRules);

/** The stored row as create input: every field of the definition, nothing else. */
function valuesFrom<F extends FieldMap>(def: { fields: F }, row: EntityRowData): ValuesOf<F> {
  return Object.fromEntries(Object.keys(def.fields).map((k) => [k, row[k] ?? null])) as ValuesOf<F>;
}

/** All children of one agreement in line-number (or entry) order. */
function childrenOf(service: typeof lines | typeof objects | typeof tasks, agreementId: number, sort: string, ctx: CallContext): EntityRowData[] {
  const query: ListQuery = { search: '', sort, direction: 'asc', page: 1, pageSize: 1_000_000, filter: { agreementId }, includeInactive: true };
  return service.list(query, ctx).rows;
}

const CLOSED = new Set(['cancelled', 'expired']);

function existingAgreement(ctx: CallContext, id: number, field: 'targetId' | 'sourceId'): AgreementHead {
  const head = agreementHead(ctx.store.db, id);
  if (!head) throw fieldError(field, 'ref_missing');
  return head;
}

/** Lines that can be copied: the chosen ones (each must be the source's and not stopped), else all not stopped. */
function linesToCopy(all: EntityRowData[], lineIds: number[] | undefined): EntityRowData[] {
  if (!lineIds) return all.filter((l) => l.stopped !== true);
  const byId = new Map(all.map((l) => [l.id, l]));
  for (const id of lineIds) {
    const line = byId.get(id);
    if (!line) throw fieldError('lineIds', 'copy_line_not_in_source');
    if (line.stopped === true) throw fieldError('lineIds', 'copy_line_stopped', { line: Number(line.lineNo) });
  }
  const chosen = new Set(lineIds);
  return all.filter((l) => chosen.has(l.id));
}

/** Refusals named after the copied line rather than a field of a form the user does not see. */
function checkFitsTarget(ctx: CallContext, target: AgreementHead, line: EntityRowData): void {
  const lineNo = Number(line.lineNo);
  const dates = { validFrom: (line.validFrom as string | null) ?? null, validTo: (line.validTo as string | null) ?? null };
  if (lineFieldOutside(target, dates)) throw fieldError('lineIds', 'copy_line_outside', { line: lineNo });
  const objectId = line.serviceObjectId as number | null;
  if (objectId !== null && objectCustomer(ctx.store.db, objectId) !== target.customerId) {
    throw fieldError('lineIds', 'copy_line_other_customer', { line: lineNo });
  }
}

/**
 * The ids the target must relate so every line names a related object (or task). A target that
 * relates none yet also gets those its own lines already use: once it relates some, lines may only
 * name related ones, and its existing lines must stay valid.
 */
function missingRelations(copied: number[], targetLines: number[], related: number[]): number[] {
  if (copied.length === 0) return [];
  const wanted = related.length === 0 ? [...copied, ...targetLines] : copied;
  return [...new Set(wanted)].filter((id) => !related.includes(id));
}

const idsOf = (rows: EntityRowData[], key: string) => rows.map((r) => r[key]).filter((v): v is number => typeof v === 'number');

export const agreementCopyHandlers: Pick<Handlers, 'agreements.copy' | 'agreements.copyLines'> = {
  'agreements.copy': (input, ctx) => {
    const db = ctx.store.db;
    return db.transaction(() => {
      const source = headers.get({ id: input.id }, ctx);
      const header = { ...valuesFrom(agreementsEntity, source), number: input.number, status: 'draft' as const, templateGroupId: null };
      const created = headers.create(header, ctx);
      const agreementId = created.id;
      for (const row of childrenOf(objects, input.id, 'serviceObjectId', ctx)) objects.create({ ...valuesFrom(agreementObjectsEntity, row), agreementId }, ctx);
      for (const row of childrenOf(tasks, input.id, 'taskId', ctx)) tasks.create({ ...valuesFrom(agreementTasksEntity, row), agreementId }, ctx);
      for (const row of childrenOf(lines, input.id, 'lineNo', ctx)) lines.create({ ...valuesFrom(agreementLinesEntity, row), agreementId }, ctx);
      // The row is what the contract's row schema describes; the generic service types it loosely.
      return headers.get({ id: agreementId }, ctx) as unknown as ApiOutput<'agreements.copy'>;
    })();
  },

  'agreements.copyLines': (input, ctx) => {
    const db = ctx.store.db;
    return db.transaction(() => {
      const target = existingAgreement(ctx, input.targetId, 'targetId');
      if (CLOSED.has(target.status)) throw fieldError('targetId', 'copy_into_closed');
      if (input.sourceId === input.targetId) throw fieldError('sourceId', 'copy_same_agreement');
      existingAgreement(ctx, input.sourceId, 'sourceId');

      const chosen = linesToCopy(childrenOf(lines, input.sourceId, 'lineNo', ctx), input.lineIds);
      if (chosen.length === 0) throw fieldError('sourceId', 'copy_nothing');
      for (const line of chosen) checkFitsTarget(ctx, target, line);

      const targetLines = childrenOf(lines, target.id, 'lineNo', ctx);
      const sourceObjects = new Map(childrenOf(objects, input.sourceId, 'serviceObjectId', ctx).map((r) => [r.serviceObjectId, r]));
      const sourceTasks = new Map(childrenOf(tasks, input.sourceId, 'taskId', ctx).map((r) => [r.taskId, r]));
      const newObjects = missingRelations(idsOf(chosen, 'serviceObjectId'), idsOf(targetLines, 'serviceObjectId'), relatedObjectIds(db, target.id));
      const newTasks = missingRelations(idsOf(chosen, 'taskId'), idsOf(targetLines, 'taskId'), relatedTaskIds(db, target.id));
      for (const serviceObjectId of newObjects) {
        const note = (sourceObjects.get(serviceObjectId)?.note as string | null | undefined) ?? null;
        objects.create({ agreementId: target.id, serviceObjectId, note }, ctx);
      }
      for (const taskId of newTasks) {
        const from = sourceTasks.get(taskId);
        const text = (key: string) => (from?.[key] as string | null | undefined) ?? null;
        tasks.create({ agreementId: target.id, taskId, internalText: text('internalText'), customerText: text('customerText') }, ctx);
      }

      let lineNo = lastLineNo(db, target.id);
      const lineIds = chosen.map((line) => lines.create({ ...valuesFrom(agreementLinesEntity, line), agreementId: target.id, lineNo: ++lineNo }, ctx).id);
      return { targetId: target.id, lineIds, addedObjects: newObjects.length, addedTasks: newTasks.length };
    })();
  },
};
