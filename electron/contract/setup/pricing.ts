import type { EntityDef } from '../entity';
import { defineEntity, entityContract } from '../entity';
import { f } from '../fields';

/** What work, travel, fees and parts cost and sell for, and the VAT they carry. */

export const TRANSACTION_TYPES = ['hour', 'expense', 'item', 'fee'] as const;

export const taxGroupsEntity = defineEntity({
  name: 'taxGroups',
  scope: 'taxGroup',
  labelField: 'code',
  fields: {
    code: f.code(),
    description: f.text(200, { listed: true, searchable: true }),
  },
  labels: {
    en: { title: 'Tax groups', create: 'New tax group', fields: { code: 'Code', description: 'Description' } },
    lv: { title: 'Nodokļu grupas', create: 'Jauna nodokļu grupa', fields: { code: 'Kods', description: 'Apraksts' } },
  },
});

/** A tax group's rate over time; a rate without an end date holds until further notice. */
export const taxRatesEntity = defineEntity({
  name: 'taxRates',
  scope: 'taxRate',
  labelField: 'validFrom',
  parent: 'taxGroupId',
  fields: {
    taxGroupId: f.ref('taxGroups'),
    ratePercent: f.percent({ listed: true }),
    validFrom: f.date({ listed: true }),
    validTo: f.optionalDate({ listed: true }),
  },
  labels: {
    en: {
      title: 'Rates',
      create: 'Add rate',
      fields: { taxGroupId: 'Tax group', ratePercent: 'Rate, %', validFrom: 'Valid from', validTo: 'Valid until' },
    },
    lv: {
      title: 'Likmes',
      create: 'Pievienot likmi',
      fields: { taxGroupId: 'Nodokļu grupa', ratePercent: 'Likme, %', validFrom: 'Derīga no', validTo: 'Derīga līdz' },
    },
  },
});

/** Transaction categories: the hour, expense, item and fee kinds order lines are priced by. */
export const categoriesEntity = defineEntity({
  name: 'categories',
  scope: 'category',
  labelField: 'code',
  fields: {
    code: f.code(),
    description: f.text(200, { listed: true, searchable: true }),
    transactionType: f.enumOf('transactionType', TRANSACTION_TYPES, 'hour', { listed: true }),
    unit: f.optionalText(10, { listed: true }),
    costPriceCents: f.money({ listed: true }),
    salesPriceCents: f.money({ listed: true }),
    taxGroupId: f.optionalRef('taxGroups', { listed: true }),
  },
  labels: {
    en: {
      title: 'Transaction categories',
      create: 'New category',
      fields: {
        code: 'Code',
        description: 'Description',
        transactionType: 'Transaction type',
        unit: 'Unit',
        costPriceCents: 'Cost price',
        salesPriceCents: 'Sales price',
        taxGroupId: 'Tax group',
      },
      enums: { transactionType: { hour: 'Hour', expense: 'Expense', item: 'Item', fee: 'Fee' } },
    },
    lv: {
      title: 'Darījumu kategorijas',
      create: 'Jauna kategorija',
      fields: {
        code: 'Kods',
        description: 'Apraksts',
        transactionType: 'Darījuma veids',
        unit: 'Mērvienība',
        costPriceCents: 'Pašizmaksa',
        salesPriceCents: 'Pārdošanas cena',
        taxGroupId: 'Nodokļu grupa',
      },
      enums: { transactionType: { hour: 'Darba stundas', expense: 'Izdevumi', item: 'Krājumi', fee: 'Maksa' } },
    },
  },
});

/** Spare parts and materials a technician uses on a visit. */
export const itemsEntity = defineEntity({
  name: 'items',
  scope: 'item',
  labelField: 'code',
  fields: {
    code: f.code(),
    description: f.text(200, { listed: true, searchable: true }),
    unit: f.text(10, { listed: true }),
    costPriceCents: f.money(),
    salesPriceCents: f.money({ listed: true }),
    taxGroupId: f.optionalRef('taxGroups', { listed: true }),
    active: f.boolean(true, { listed: true }),
  },
  labels: {
    en: {
      title: 'Items',
      create: 'New item',
      fields: {
        code: 'Item number',
        description: 'Description',
        unit: 'Unit',
        costPriceCents: 'Cost price',
        salesPriceCents: 'Sales price',
        taxGroupId: 'Tax group',
        active: 'Active',
      },
    },
    lv: {
      title: 'Krājumi',
      create: 'Jauns krājums',
      fields: {
        code: 'Krājuma numurs',
        description: 'Apraksts',
        unit: 'Mērvienība',
        costPriceCents: 'Pašizmaksa',
        salesPriceCents: 'Pārdošanas cena',
        taxGroupId: 'Nodokļu grupa',
        active: 'Aktīvs',
      },
    },
  },
});

export const pricingEntities = [taxGroupsEntity, taxRatesEntity, categoriesEntity, itemsEntity] as unknown as readonly EntityDef[];

export const pricingContract = {
  ...entityContract(taxGroupsEntity),
  ...entityContract(taxRatesEntity),
  ...entityContract(categoriesEntity),
  ...entityContract(itemsEntity),
};
