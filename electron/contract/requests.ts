import { z } from 'zod';
import { Id, Version, pageOf } from './common';
import { endpoint } from './define';
import { defineEntity, entityContract, entityRow, listInputOf, type EntityDef } from './entity';
import { f } from './fields';

/**
 * Customer requests: a call, e-mail, web form or visit taken down at the service desk, listed
 * while open, then converted into a service order (which keeps the link and starts its SLA clock
 * at the received moment) or rejected with a reason.
 *
 * The received moment is two fields, the local date and time in the company's time zone, because
 * the generic form edits dates and times but no instants; the service turns them into the UTC
 * instant. Left empty on create, both are "now".
 */

export const REQUEST_CHANNELS = ['phone', 'email', 'web', 'visit'] as const;
export const REQUEST_PRIORITIES = ['high', 'normal', 'low'] as const;
export const REQUEST_STATUSES = ['open', 'converted', 'rejected'] as const;
export const REQUEST_STATUS_FILTERS = ['open', 'converted', 'rejected', 'all'] as const;
export const requestSortKeys = ['received', 'number', 'customer'] as const;

/**
 * Labels of inputs that are not form fields (the reject and convert calls, the status). They share
 * the request's scope so a refusal names the field in the user's language.
 */
const callInputLabels = {
  en: { id: 'Customer request', status: 'Status', reasonId: 'Reason', note: 'Note', agreementId: 'Service agreement' },
  lv: { id: 'Klienta pieprasījums', status: 'Statuss', reasonId: 'Iemesls', note: 'Piezīme', agreementId: 'Servisa līgums' },
};

const optionalDescription = f.textarea(4000, { listed: true, searchable: true });

export const requestsEntity = defineEntity({
  name: 'requests',
  scope: 'request',
  labelField: 'number',
  fields: {
    number: f.numbered('request'),
    receivedDate: f.optionalDate({ listed: true }),
    receivedTime: f.optionalTime({ listed: true }),
    customerId: f.ref('customers', { listed: true }),
    siteId: f.optionalRef('sites', { filterBy: 'customerId' }),
    serviceObjectId: f.optionalRef('serviceObjects', { filterBy: 'customerId' }),
    contactId: f.optionalRef('contacts', { filterBy: 'customerId' }),
    channel: f.enumOf('requestChannel', REQUEST_CHANNELS, 'phone', { listed: true }),
    priority: f.enumOf('requestPriority', REQUEST_PRIORITIES, 'normal', { listed: true }),
    // Required, but drawn as a text area: a problem is described in sentences.
    description: { ...optionalDescription, schema: z.string().trim().min(1).max(4000), required: true },
    conditionId: f.optionalRef('conditions'),
    symptomAreaId: f.optionalRef('symptomAreas'),
    symptomCodeId: f.optionalRef('symptomCodes', { filterBy: 'symptomAreaId' }),
  },
  labels: {
    en: {
      title: 'Customer requests',
      create: 'New request',
      fields: {
        ...callInputLabels.en,
        number: 'Request number',
        receivedDate: 'Received on',
        receivedTime: 'Received at',
        customerId: 'Customer',
        siteId: 'Service site',
        serviceObjectId: 'Service object',
        contactId: 'Contact person',
        channel: 'Channel',
        priority: 'Priority',
        description: 'Problem description',
        conditionId: 'Condition',
        symptomAreaId: 'Symptom area',
        symptomCodeId: 'Symptom code',
      },
      enums: {
        requestChannel: { phone: 'Phone', email: 'E-mail', web: 'Web', visit: 'Visit' },
        requestPriority: { high: 'High', normal: 'Normal', low: 'Low' },
      },
    },
    lv: {
      title: 'Klientu pieprasījumi',
      create: 'Jauns pieprasījums',
      fields: {
        ...callInputLabels.lv,
        number: 'Pieprasījuma numurs',
        receivedDate: 'Saņemts (datums)',
        receivedTime: 'Saņemts (laiks)',
        customerId: 'Klients',
        siteId: 'Servisa vieta',
        serviceObjectId: 'Servisa objekts',
        contactId: 'Kontaktpersona',
        channel: 'Kanāls',
        priority: 'Prioritāte',
        description: 'Problēmas apraksts',
        conditionId: 'Apstāklis',
        symptomAreaId: 'Simptomu joma',
        symptomCodeId: 'Simptoma kods',
      },
      enums: {
        requestChannel: { phone: 'Tālrunis', email: 'E-pasts', web: 'Tīmeklis', visit: 'Apmeklējums' },
        requestPriority: { high: 'Augsta', normal: 'Parasta', low: 'Zema' },
      },
    },
  },
});

export const requestEntities = [requestsEntity] as unknown as readonly EntityDef[];

/** What the service decides, beside the intake fields: where the request stands and what became of it. */
export const RequestState = z.object({
  status: z.enum(REQUEST_STATUSES),
  /** The UTC instant of the received date and time (the SLA clock's start once converted). */
  receivedAt: z.string(),
  rejectReasonId: Id.nullable(),
  rejectReasonLabel: z.string().nullable(),
  rejectNote: z.string().nullable(),
  orderId: Id.nullable(),
  orderNumber: z.string().nullable(),
});

export const RequestRow = entityRow(requestsEntity).extend(RequestState.shape);
export type RequestRow = z.infer<typeof RequestRow>;

export const RequestListRow = z.object({
  id: Id,
  number: z.string(),
  receivedDate: z.string(),
  receivedTime: z.string(),
  customerName: z.string(),
  description: z.string(),
  channel: z.enum(REQUEST_CHANNELS),
  priority: z.enum(REQUEST_PRIORITIES),
  status: z.enum(REQUEST_STATUSES),
  orderId: Id.nullable(),
  orderNumber: z.string().nullable(),
});
export type RequestListRow = z.infer<typeof RequestListRow>;

const generic = entityContract(requestsEntity);

export const requestsContract = {
  ...generic,
  'requests.list': endpoint({
    summary:
      'Customer requests by status (`open` unless asked otherwise, or `all`), searched by number, customer and description, newest received first by default.',
    scope: 'request',
    input: listInputOf(requestsEntity)
      .omit({ sort: true, filter: true, includeInactive: true })
      .extend({
        sort: z.enum(requestSortKeys).default('received'),
        direction: z.enum(['asc', 'desc']).default('desc'),
        status: z.enum(REQUEST_STATUS_FILTERS).default('open'),
        customerId: Id.optional(),
      })
      .strict(),
    output: pageOf(RequestListRow),
    writes: false,
  }),
  'requests.get': endpoint({
    summary: 'One customer request with its status, received instant and, once converted, its service order.',
    scope: 'request',
    input: z.object({ id: Id }),
    output: RequestRow,
    writes: false,
  }),
  'requests.reject': endpoint({
    summary: 'Rejects an open request with a reason code (stage reason codes) and an optional note. Converted or rejected requests are refused.',
    scope: 'request',
    input: z.object({ id: Id, version: Version, reasonId: Id, note: z.string().trim().max(1000).optional() }).strict(),
    output: RequestRow,
    writes: true,
  }),
  'requests.convert': endpoint({
    summary:
      "Turns an open request into a service order in one transaction: the request's customer, site, service object (also as a related object), description and priority, origin `request`, the received instant as the order's SLA start, optionally on an active agreement of the same customer. The request then links to the order.",
    scope: 'request',
    input: z.object({ id: Id, version: Version, agreementId: Id.optional() }).strict(),
    output: z.object({ request: RequestRow, orderId: Id, orderNumber: z.string() }),
    writes: true,
  }),
};
