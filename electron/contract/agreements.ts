import { z } from 'zod';
import { Id } from './common';
import { endpoint } from './define';
import { defineEntity, entityContract, entityRow, type EntityDef } from './entity';
import { f } from './fields';
import { relatedObjectsEntity, relatedTasksEntity } from './relations';
import { agreementLinesEntity } from './agreement-lines';

/**
 * Service agreements: the header, the service objects and tasks it covers, and its lines (in
 * agreement-lines.ts). Automatic order generation reads all of these; the editor writes them.
 */

export const AGREEMENT_STATUSES = ['draft', 'active', 'suspended', 'expired', 'cancelled'] as const;
export const COMBINE_BY = ['agreement', 'task', 'worker', 'object'] as const;
export const BILLING_METHODS = ['time_material', 'fixed_fee'] as const;
export const FEE_PERIODS = ['month', 'quarter', 'half_year', 'year'] as const;

/**
 * Labels of the copy calls' inputs. They share the agreement's scope so a refusal of a copy
 * names its field in the user's language; spread into the labels, they are not form fields.
 */
const copyInputLabels = {
  en: { id: 'Agreement', targetId: 'Copy into agreement', sourceId: 'Copy lines from', lineIds: 'Lines to copy' },
  lv: { id: 'Līgums', targetId: 'Kopēt līgumā', sourceId: 'Kopēt rindas no', lineIds: 'Kopējamās rindas' },
};

export const agreementsEntity = defineEntity({
  name: 'agreements',
  scope: 'agreement',
  labelField: 'number',
  fields: {
    number: f.numbered('agreement'),
    description: f.text(200, { listed: true, searchable: true }),
    customerId: f.ref('customers', { listed: true }),
    siteId: f.optionalRef('sites', { filterBy: 'customerId' }),
    agreementGroupId: f.optionalRef('agreementGroups'),
    status: f.enumOf('agreementStatus', AGREEMENT_STATUSES, 'draft', { listed: true }),
    validFrom: f.date({ listed: true }),
    validTo: f.optionalDate({ listed: true }),
    // Empty on save: the agreement group's default SLA is taken.
    slaId: f.optionalRef('slas'),
    // Empty: generation flags conflicts against the SLA's calendar.
    calendarId: f.optionalRef('calendars'),
    responsibleWorkerId: f.optionalRef('workers'),
    preferredWorkerId: f.optionalRef('workers'),
    combineBy: f.enumOf('combineBy', COMBINE_BY, 'agreement'),
    // Set: the agreement is a template lines are copied from; it never generates orders.
    templateGroupId: f.optionalRef('templateGroups', { listed: true }),
    billing: f.enumOf('billing', BILLING_METHODS, 'time_material'),
    feeCents: f.money(),
    feePeriod: f.enumOf('feePeriod', FEE_PERIODS, 'month'),
    notes: f.textarea(4000),
  },
  labels: {
    en: {
      title: 'Service agreements',
      create: 'New service agreement',
      fields: {
        ...copyInputLabels.en,
        number: 'Agreement number',
        description: 'Description',
        customerId: 'Customer',
        siteId: 'Service site',
        agreementGroupId: 'Agreement group',
        status: 'Status',
        validFrom: 'Valid from',
        validTo: 'Valid until',
        slaId: 'Service level agreement',
        calendarId: 'Working calendar',
        responsibleWorkerId: 'Responsible',
        preferredWorkerId: 'Preferred technician',
        combineBy: 'Combine service orders',
        templateGroupId: 'Template group',
        billing: 'Billing',
        feeCents: 'Fee',
        feePeriod: 'Fee period',
        notes: 'Notes',
      },
      enums: {
        agreementStatus: { draft: 'Draft', active: 'Active', suspended: 'Suspended', expired: 'Expired', cancelled: 'Cancelled' },
        combineBy: { agreement: 'By agreement', task: 'By service task', worker: 'By worker', object: 'By service object' },
        billing: { time_material: 'Time and material', fixed_fee: 'Fixed fee' },
        feePeriod: { month: 'Month', quarter: 'Quarter', half_year: 'Half year', year: 'Year' },
      },
    },
    lv: {
      title: 'Servisa līgumi',
      create: 'Jauns servisa līgums',
      fields: {
        ...copyInputLabels.lv,
        number: 'Līguma numurs',
        description: 'Apraksts',
        customerId: 'Klients',
        siteId: 'Servisa vieta',
        agreementGroupId: 'Līgumu grupa',
        status: 'Statuss',
        validFrom: 'Derīgs no',
        validTo: 'Derīgs līdz',
        slaId: 'Pakalpojumu līmeņa līgums',
        calendarId: 'Darba kalendārs',
        responsibleWorkerId: 'Atbildīgais',
        preferredWorkerId: 'Vēlamais tehniķis',
        combineBy: 'Apvienot servisa pasūtījumus',
        templateGroupId: 'Veidņu grupa',
        billing: 'Norēķinu veids',
        feeCents: 'Maksa',
        feePeriod: 'Maksas periods',
        notes: 'Piezīmes',
      },
      enums: {
        agreementStatus: { draft: 'Melnraksts', active: 'Aktīvs', suspended: 'Apturēts', expired: 'Beidzies', cancelled: 'Atcelts' },
        combineBy: { agreement: 'Pēc līguma', task: 'Pēc servisa uzdevuma', worker: 'Pēc darbinieka', object: 'Pēc servisa objekta' },
        billing: { time_material: 'Pēc patērētā laika un materiāliem', fixed_fee: 'Fiksēta maksa' },
        feePeriod: { month: 'Mēnesis', quarter: 'Ceturksnis', half_year: 'Pusgads', year: 'Gads' },
      },
    },
  },
});

/** The service objects an agreement covers; lines may only name these (when there are any). */
export const agreementObjectsEntity = relatedObjectsEntity({
  name: 'agreementObjects',
  scope: 'agreementObject',
  parent: 'agreementId',
  parentEntity: 'agreements',
  parentLabel: { en: 'Service agreement', lv: 'Servisa līgums' },
});

/** The service tasks an agreement covers, with texts that default from the task. */
export const agreementTasksEntity = relatedTasksEntity({
  name: 'agreementTasks',
  scope: 'agreementTask',
  parent: 'agreementId',
  parentEntity: 'agreements',
  parentLabel: { en: 'Service agreement', lv: 'Servisa līgums' },
});

export { agreementLinesEntity };

/** In the order the agreement form shows them: relations first, since lines pick from them. */
export const agreementEntities = [
  agreementsEntity,
  agreementObjectsEntity,
  agreementTasksEntity,
  agreementLinesEntity,
] as unknown as readonly EntityDef[];

export const CopyLinesResult = z.object({
  targetId: Id,
  /** Ids of the new lines, in the order they were numbered. */
  lineIds: z.array(Id),
  addedObjects: z.number().int().nonnegative(),
  addedTasks: z.number().int().nonnegative(),
});

export const agreementsContract = {
  ...entityContract(agreementsEntity),
  ...entityContract(agreementObjectsEntity),
  ...entityContract(agreementTasksEntity),
  ...entityContract(agreementLinesEntity),
  'agreements.copy': endpoint({
    summary:
      'Copies an agreement as a new draft (not a template) with its lines (same line numbers), service objects and tasks. `number` empty: the next agreement number.',
    scope: 'agreement',
    input: z.object({ id: Id, number: agreementsEntity.fields.number.schema }).strict(),
    output: entityRow(agreementsEntity),
    writes: true,
  }),
  'agreements.copyLines': endpoint({
    summary:
      'Copies lines (all that are not stopped, or those in `lineIds`) from another agreement or a template into `targetId`, numbered after its last line, adding the service object and task relations they need. Refused into a cancelled or expired agreement.',
    scope: 'agreement',
    input: z.object({ targetId: Id, sourceId: Id, lineIds: z.array(Id).min(1).max(1000).optional() }).strict(),
    output: CopyLinesResult,
    writes: true,
  }),
};
