import { z } from 'zod';
import { defineEntity } from './entity';
import { f } from './fields';
import { TRANSACTION_TYPE_LABELS, lineQuantity } from './line-fields';
import { TRANSACTION_TYPES } from './setup/pricing';

/**
 * Agreement lines: what is done, how often and at what price. Generation turns each line into a
 * series of order lines (interval from the line's start; no interval = once).
 */

/**
 * A price the form may leave empty: empty means "the default price" (item, worker or category),
 * which the service fills in, so the stored column is never empty.
 */
const defaultedMoney = (opts: Parameters<typeof f.money>[0] = {}) => ({
  ...f.money(opts),
  required: false,
  schema: f.optionalInteger(0, 1_000_000_000_00).schema.describe('Empty: the default price (item, worker or category)'),
});

const transactionTypeLabels = TRANSACTION_TYPE_LABELS;

export const agreementLinesEntity = defineEntity({
  name: 'agreementLines',
  scope: 'agreementLine',
  labelField: 'lineNo',
  parent: 'agreementId',
  fields: {
    agreementId: f.ref('agreements', { fixedAfterCreate: true }),
    // Empty on create: one after the agreement's last line.
    lineNo: f.optionalInteger(1, 99_999, { listed: true, unique: true }),
    transactionType: f.enumOf('transactionType', TRANSACTION_TYPES, 'hour', { listed: true }),
    description: f.text(200, { listed: true, searchable: true }),
    categoryId: f.optionalRef('categories'),
    itemId: f.optionalRef('items'),
    quantityX100: lineQuantity(),
    costPriceCents: defaultedMoney(),
    salesPriceCents: defaultedMoney({ listed: true }),
    // Computed by the service on every save (prices differ from the defaults); input is ignored.
    priceOverridden: { ...f.boolean(false, { listed: true }), schema: z.boolean().default(false).describe('Set by the service; ignored on input') },
    workerId: f.optionalRef('workers'),
    serviceObjectId: f.optionalRef('serviceObjects'),
    taskId: f.optionalRef('tasks'),
    // Empty: a one-time line.
    intervalId: f.optionalRef('intervals', { listed: true }),
    timeWindowId: f.optionalRef('timeWindows'),
    validFrom: f.optionalDate(),
    validTo: f.optionalDate(),
    startAfter: f.optionalTime(),
    endBefore: f.optionalTime(),
    stopped: f.boolean(false),
  },
  labels: {
    en: {
      title: 'Agreement lines',
      create: 'Add line',
      fields: {
        agreementId: 'Service agreement',
        lineNo: 'No.',
        transactionType: 'Type',
        description: 'Description',
        categoryId: 'Category',
        itemId: 'Item',
        quantityX100: 'Quantity',
        costPriceCents: 'Cost price',
        salesPriceCents: 'Price',
        priceOverridden: 'Price changed by hand',
        workerId: 'Worker',
        serviceObjectId: 'Service object',
        taskId: 'Service task',
        intervalId: 'Service interval',
        timeWindowId: 'Time window',
        validFrom: 'Start date',
        validTo: 'End date',
        startAfter: 'Visit not before',
        endBefore: 'Visit finished by',
        stopped: 'Stopped',
      },
      enums: { transactionType: transactionTypeLabels.en },
    },
    lv: {
      title: 'Līguma rindas',
      create: 'Pievienot rindu',
      fields: {
        agreementId: 'Servisa līgums',
        lineNo: 'Nr.',
        transactionType: 'Veids',
        description: 'Apraksts',
        categoryId: 'Kategorija',
        itemId: 'Krājums',
        quantityX100: 'Daudzums',
        costPriceCents: 'Pašizmaksa',
        salesPriceCents: 'Cena',
        priceOverridden: 'Cena mainīta manuāli',
        workerId: 'Darbinieks',
        serviceObjectId: 'Servisa objekts',
        taskId: 'Servisa uzdevums',
        intervalId: 'Servisa intervāls',
        timeWindowId: 'Laika logs',
        validFrom: 'Sākuma datums',
        validTo: 'Beigu datums',
        startAfter: 'Apmeklējums ne agrāk kā',
        endBefore: 'Apmeklējums pabeigts līdz',
        stopped: 'Apturēta',
      },
      enums: { transactionType: transactionTypeLabels.lv },
    },
  },
});
