import type { Database } from 'better-sqlite3';
import type { ValuesOf } from '../../contract/fields';
import type { taxRatesEntity } from '../../contract/setup/pricing';
import { firstOpenOverlap } from '../../domain/open-periods';
import { fieldError } from '../errors';
import type { EntityRules } from './entity-service';

type TaxRateFields = (typeof taxRatesEntity)['fields'];

/**
 * A tax group has one rate on any day: its periods must not overlap, counting a rate without an
 * end date as valid until further notice. Each period ends on or after its start.
 */
export const taxRateRules: EntityRules<TaxRateFields> = {
  validate(db: Database, v: ValuesOf<TaxRateFields>, existing) {
    if (v.validTo !== null && v.validTo < v.validFrom) throw fieldError('validTo', 'date_order', { other: 'validFrom' });
    const others = db
      .prepare('SELECT valid_from AS "from", valid_to AS "to" FROM tax_rates WHERE tax_group_id = ? AND id IS NOT ? ORDER BY valid_from')
      .all(v.taxGroupId, existing?.id ?? null) as { from: string; to: string | null }[];
    const clash = firstOpenOverlap({ from: v.validFrom, to: v.validTo }, others);
    if (!clash) return;
    if (clash.to === null) throw fieldError('validFrom', 'overlap_open', { from: clash.from });
    throw fieldError('validFrom', 'overlap', { from: clash.from, to: clash.to });
  },
};
