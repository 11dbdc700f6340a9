import { z } from 'zod';
import { defineEntity, type EntityDef } from './entity';
import { f } from './fields';
import { TRANSACTION_TYPE_LABELS, lineQuantity } from './line-fields';
import { relatedObjectsEntity, relatedTasksEntity } from './relations';
import { TRANSACTION_TYPES } from './setup/pricing';

/**
 * The editable parts of a service order. The header is described as an entity so its fields
 * parse, label refusals ("order.<field>") and draw in the form like master data, but its calls are
 * the order's own (`orders.create|update`, see orders.ts). Lines, related objects and related
 * tasks are ordinary child entities of the order (`orderLines.*`, `orderObjects.*`, `orderTasks.*`).
 */

export const ORDER_PRIORITIES = ['high', 'normal', 'low'] as const;
export const ORDER_LINE_STATUSES = ['created', 'posted', 'cancelled'] as const;

/** Labels of order facts a refusal may name although they are not input fields. */
const factLabels = {
  en: { stageId: 'Stage', progress: 'Progress', number: 'Order number' },
  lv: { stageId: 'Stadija', progress: 'Izpilde', number: 'Pasūtījuma numurs' },
};

export const orderHeaderEntity = defineEntity({
  name: 'orders',
  scope: 'order',
  labelField: 'description',
  fields: {
    description: f.text(200, { listed: true, searchable: true }),
    customerId: f.ref('customers', { listed: true }),
    siteId: f.optionalRef('sites', { filterBy: 'customerId' }),
    // Empty: an order without agreement, allowed only when the parameters say so.
    agreementId: f.optionalRef('agreements', { filterBy: 'customerId' }),
    serviceObjectId: f.optionalRef('serviceObjects', { filterBy: 'customerId' }),
    priority: f.enumOf('priority', ORDER_PRIORITIES, 'normal'),
    preferredDate: f.optionalDate(),
    preferredStartTime: f.optionalTime(),
    preferredEndTime: f.optionalTime(),
    responsibleWorkerId: f.optionalRef('workers'),
    preferredWorkerId: f.optionalRef('workers'),
    // Empty on save: the agreement's SLA is taken.
    slaId: f.optionalRef('slas'),
    // A one-off address for this order only; never written back to the customer or site.
    serviceAddress: f.optionalText(200),
    serviceCity: f.optionalText(100),
  },
  labels: {
    en: {
      title: 'Service orders',
      create: 'New service order',
      fields: {
        ...factLabels.en,
        description: 'Description',
        customerId: 'Customer',
        siteId: 'Service site',
        agreementId: 'Service agreement',
        serviceObjectId: 'Service object',
        priority: 'Priority',
        preferredDate: 'Preferred date',
        preferredStartTime: 'Preferred start time',
        preferredEndTime: 'Preferred end time',
        responsibleWorkerId: 'Responsible',
        preferredWorkerId: 'Preferred technician',
        slaId: 'Service level agreement',
        serviceAddress: 'One-off service address',
        serviceCity: 'One-off service city',
      },
      enums: { priority: { high: 'High', normal: 'Normal', low: 'Low' } },
    },
    lv: {
      title: 'Servisa pasūtījumi',
      create: 'Jauns servisa pasūtījums',
      fields: {
        ...factLabels.lv,
        description: 'Apraksts',
        customerId: 'Klients',
        siteId: 'Servisa vieta',
        agreementId: 'Servisa līgums',
        serviceObjectId: 'Servisa objekts',
        priority: 'Prioritāte',
        preferredDate: 'Vēlamais datums',
        preferredStartTime: 'Vēlamais sākuma laiks',
        preferredEndTime: 'Vēlamais beigu laiks',
        responsibleWorkerId: 'Atbildīgais',
        preferredWorkerId: 'Vēlamais tehniķis',
        slaId: 'Pakalpojumu līmeņa līgums',
        serviceAddress: 'Vienreizēja servisa adrese',
        serviceCity: 'Vienreizējās adreses pilsēta',
      },
      enums: { priority: { high: 'Augsta', normal: 'Parasta', low: 'Zema' } },
    },
  },
});

/** A price the form may leave empty: empty means the default price (item, worker or category). */
const defaultedMoney = (opts: Parameters<typeof f.money>[0] = {}) => ({
  ...f.money(opts),
  required: false,
  schema: f.optionalInteger(0, 1_000_000_000_00).schema.describe('Empty: the default price (item, worker or category)'),
});

/** A value only the service sets (from the price setup, generation or posting); input is ignored. */
const serviceSet = <S extends { schema: z.ZodType }>(spec: S): S => ({ ...spec, schema: spec.schema.describe('Set by the service; ignored on input') });

const transactionTypeLabels = TRANSACTION_TYPE_LABELS;

export const orderLinesEntity = defineEntity({
  name: 'orderLines',
  scope: 'orderLine',
  labelField: 'lineNo',
  parent: 'orderId',
  fields: {
    orderId: f.ref('orders', { fixedAfterCreate: true }),
    // Empty on create: one after the order's last line.
    lineNo: f.optionalInteger(1, 99_999, { listed: true, unique: true }),
    transactionType: f.enumOf('transactionType', TRANSACTION_TYPES, 'hour', { listed: true }),
    description: f.text(200, { listed: true }),
    categoryId: f.optionalRef('categories'),
    itemId: f.optionalRef('items'),
    quantityX100: lineQuantity({ listed: true }),
    costPriceCents: defaultedMoney({ listed: true }),
    salesPriceCents: defaultedMoney({ listed: true }),
    priceOverridden: serviceSet(f.boolean(false, { listed: true })),
    workerId: f.optionalRef('workers', { listed: true }),
    serviceObjectId: f.optionalRef('serviceObjects'),
    taskId: f.optionalRef('tasks'),
    plannedDate: f.optionalDate({ listed: true }),
    // The series date of the agreement line a generated line stands for; empty on manual lines.
    calculatedDate: serviceSet(f.optionalDate({ listed: true })),
    executionDate: f.optionalDate(),
    startTime: f.optionalTime(),
    endTime: f.optionalTime(),
    status: serviceSet(f.enumOf('lineStatus', ORDER_LINE_STATUSES, 'created', { listed: true })),
  },
  labels: {
    en: {
      title: 'Order lines',
      create: 'Add line',
      fields: {
        orderId: 'Service order',
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
        plannedDate: 'Planned date',
        calculatedDate: 'Calculated date',
        executionDate: 'Execution date',
        startTime: 'Start time',
        endTime: 'End time',
        status: 'Status',
      },
      enums: { transactionType: transactionTypeLabels.en, lineStatus: { created: 'Created', posted: 'Posted', cancelled: 'Cancelled' } },
    },
    lv: {
      title: 'Pasūtījuma rindas',
      create: 'Pievienot rindu',
      fields: {
        orderId: 'Servisa pasūtījums',
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
        plannedDate: 'Plānotais datums',
        calculatedDate: 'Aprēķinātais datums',
        executionDate: 'Izpildes datums',
        startTime: 'Sākuma laiks',
        endTime: 'Beigu laiks',
        status: 'Statuss',
      },
      enums: { transactionType: transactionTypeLabels.lv, lineStatus: { created: 'Izveidota', posted: 'Grāmatota', cancelled: 'Atcelta' } },
    },
  },
});

/** The service objects an order is about; its lines may only name these (when there are any). */
export const orderObjectsEntity = relatedObjectsEntity({
  name: 'orderObjects',
  scope: 'orderObject',
  parent: 'orderId',
  parentEntity: 'orders',
  parentLabel: { en: 'Service order', lv: 'Servisa pasūtījums' },
});

/** The service tasks an order is about, with texts that default from the task. */
export const orderTasksEntity = relatedTasksEntity({
  name: 'orderTasks',
  scope: 'orderTask',
  parent: 'orderId',
  parentEntity: 'orders',
  parentLabel: { en: 'Service order', lv: 'Servisa pasūtījums' },
});

/** Every order entity, for label and form look-ups (ENTITY_DEFS). */
export const orderEntities = [orderHeaderEntity, orderObjectsEntity, orderTasksEntity, orderLinesEntity] as unknown as readonly EntityDef[];
