import { categoriesEntity, itemsEntity, taxGroupsEntity, taxRatesEntity } from '../../contract/setup/pricing';
import type { Handlers } from '../context';
import { entityHandlers } from './handlers';
import { taxRateRules } from './pricing-rules';

/** Handlers of the pricing group, each entity with its rules. */
export const pricingHandlers = {
  ...entityHandlers(taxGroupsEntity),
  ...entityHandlers(taxRatesEntity, taxRateRules),
  ...entityHandlers(categoriesEntity),
  ...entityHandlers(itemsEntity),
} satisfies Partial<Handlers>;

/** Tables of the pricing group: entity name -> table and the column shown where others refer to it. */
export const pricingTables: Record<string, { table: string; labelColumn: string }> = {
  taxGroups: { table: 'tax_groups', labelColumn: 'code' },
  taxRates: { table: 'tax_rates', labelColumn: 'valid_from' },
  categories: { table: 'transaction_categories', labelColumn: 'code' },
  items: { table: 'items', labelColumn: 'code' },
};
