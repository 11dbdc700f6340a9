import type { Database } from 'better-sqlite3';
import type { EntityRowData } from '../../../db/queries/entity-table';
import type { agreementsEntity } from '../../contract/agreements';
import type { ValuesOf } from '../../contract/fields';
import { agreementFieldExcluding } from '../../domain/agreement-validity';
import type { EntityRules } from '../entities/entity-service';
import { fieldError } from '../errors';
import { linesWithDates, orderCount } from './lookups';

type AgreementFields = (typeof agreementsEntity)['fields'];
type Values = ValuesOf<AgreementFields>;

function groupDefaultSla(db: Database, groupId: number): number | null {
  const row = db.prepare('SELECT default_sla_id AS slaId FROM agreement_groups WHERE id = ?').get(groupId) as { slaId: number | null } | undefined;
  return row?.slaId ?? null;
}

/** A site is a place of one customer: the agreement's site must be one of its customer's. */
function checkSite(db: Database, v: Values): void {
  if (v.siteId === null) return;
  const site = db.prepare('SELECT customer_id AS customerId FROM customer_sites WHERE id = ?').get(v.siteId) as { customerId: number } | undefined;
  if (site && site.customerId !== v.customerId) throw fieldError('siteId', 'site_not_of_customer', { other: 'customerId' });
}

/** Shrinking the validity must not leave a line with its own dates outside it. */
function checkLinesStayInside(db: Database, v: Values, id: number): void {
  for (const line of linesWithDates(db, id)) {
    const field = agreementFieldExcluding(v, line);
    if (field) throw fieldError(field, 'lines_outside_validity', { line: line.lineNo });
  }
}

/** The covered objects belong to the customer; moving the agreement to another customer would orphan them. */
function checkCustomerChange(db: Database, v: Values, existing: EntityRowData): void {
  if (existing.customerId === v.customerId) return;
  const { n } = db
    .prepare(
      `SELECT count(*) AS n FROM agreement_objects ao JOIN service_objects o ON o.id = ao.service_object_id
       WHERE ao.agreement_id = ? AND o.customer_id IS NOT ?`,
    )
    .get(existing.id, v.customerId) as { n: number };
  if (n > 0) throw fieldError('customerId', 'relations_of_other_customer', { count: n });
}

export const agreementRules: EntityRules<AgreementFields> = {
  prepare(db, v, existing) {
    // A number cleared in the form keeps the stored one: a saved agreement always has its number.
    const number = v.number ?? (existing ? String(existing.number) : null);
    const slaId = v.slaId ?? (v.agreementGroupId !== null ? groupDefaultSla(db, v.agreementGroupId) : null);
    return { ...v, number, slaId };
  },
  validate(db, v, existing) {
    if (v.validTo !== null && v.validTo < v.validFrom) throw fieldError('validTo', 'date_order', { other: 'validFrom' });
    checkSite(db, v);
    if (v.billing === 'fixed_fee' && v.feeCents <= 0) throw fieldError('feeCents', 'fixed_fee_needs_fee', { other: 'billing' });
    if (!existing) return;
    // A template must have no orders (its lines are copied, never generated), so an agreement
    // that already produced orders cannot become one.
    if (v.templateGroupId !== null) {
      const orders = orderCount(db, existing.id);
      if (orders > 0) throw fieldError('templateGroupId', 'template_has_orders', { count: orders });
    }
    checkLinesStayInside(db, v, existing.id);
    checkCustomerChange(db, v, existing);
  },
};
