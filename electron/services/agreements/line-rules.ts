import type { Database } from 'better-sqlite3';
import type { agreementLinesEntity } from '../../contract/agreement-lines';
import type { ValuesOf } from '../../contract/fields';
import { describeValidity, lineFieldOutside } from '../../domain/agreement-validity';
import { resolvePrices } from '../../domain/pricing-defaults';
import type { EntityRules } from '../entities/entity-service';
import { fieldError } from '../errors';
import { agreementHead, categoryType, lastLineNo, linePriceDefaults, objectCustomer, relatedObjectIds, relatedTaskIds, type AgreementHead } from './lookups';

type LineFields = (typeof agreementLinesEntity)['fields'];
type Values = ValuesOf<LineFields>;

/** The category and the item must fit the line's transaction type. */
function checkKind(db: Database, v: Values): void {
  if (v.categoryId !== null) {
    const type = categoryType(db, v.categoryId);
    if (type !== undefined && type !== v.transactionType) throw fieldError('categoryId', 'category_of_other_type', { other: 'transactionType' });
  }
  if (v.transactionType === 'item' && v.itemId === null) throw fieldError('itemId', 'required');
  if (v.transactionType !== 'item' && v.itemId !== null) throw fieldError('itemId', 'item_only_on_item_lines', { other: 'transactionType' });
}

function checkDates(v: Values, agreement: AgreementHead): void {
  if (v.validFrom !== null && v.validTo !== null && v.validTo < v.validFrom) throw fieldError('validTo', 'date_order', { other: 'validFrom' });
  const outside = lineFieldOutside(agreement, v);
  if (outside) throw fieldError(outside, 'outside_agreement_validity', describeValidity(agreement));
  if (v.startAfter !== null && v.endBefore !== null && v.endBefore <= v.startAfter) throw fieldError('endBefore', 'time_order', { other: 'startAfter' });
}

/**
 * A line serves what the agreement covers: once the agreement relates objects or tasks, a line
 * may only name one of those. Without object relations the object must at least be the
 * customer's (or nobody's), so a line never services another customer's equipment.
 */
function checkRelations(db: Database, v: Values, agreement: AgreementHead): void {
  if (v.serviceObjectId !== null) {
    const related = relatedObjectIds(db, agreement.id);
    if (related.length > 0 && !related.includes(v.serviceObjectId)) throw fieldError('serviceObjectId', 'object_not_related');
    const owner = objectCustomer(db, v.serviceObjectId);
    if (related.length === 0 && owner !== null && owner !== agreement.customerId) throw fieldError('serviceObjectId', 'object_of_other_customer');
  }
  if (v.taskId !== null) {
    const related = relatedTaskIds(db, agreement.id);
    if (related.length > 0 && !related.includes(v.taskId)) throw fieldError('taskId', 'task_not_related');
  }
}

export const agreementLineRules: EntityRules<LineFields> = {
  prepare(db, v, existing) {
    const lineNo = v.lineNo ?? (existing ? Number(existing.lineNo) : lastLineNo(db, v.agreementId) + 1);
    // Prices are resolved here, on every save, so `priceOverridden` describes what is stored
    // and a caller can neither set nor clear it.
    const defaults = linePriceDefaults(db, v);
    return { ...v, lineNo, ...resolvePrices(v, defaults) };
  },
  validate(db, v) {
    const agreement = agreementHead(db, v.agreementId);
    if (!agreement) return;
    checkKind(db, v);
    checkDates(v, agreement);
    checkRelations(db, v, agreement);
  },
};
