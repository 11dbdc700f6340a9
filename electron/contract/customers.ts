import { z } from 'zod';
import { endpoint } from './define';
import { Audited, Deleted, Id, Version, optionalText, pageInput, pageOf, requiredText } from './common';

const CustomerFields = z.object({
  /** Empty on create: the next number of the customer sequence is used. */
  code: optionalText(20),
  name: requiredText(200),
  regNo: optionalText(30),
  vatNo: optionalText(30),
  billingAddress: optionalText(300),
  city: optionalText(100),
  postcode: optionalText(20),
  country: z.string().trim().length(2).default('LV'),
  phone: optionalText(50),
  email: z.union([z.literal(''), z.email().max(200)]).nullable().optional().transform((s) => (s ? s : null)),
  language: z.enum(['lv', 'en']).default('lv'),
  priceGroup: optionalText(30),
  notes: optionalText(4000),
  active: z.boolean().default(true),
});

export const Customer = Audited.extend({
  code: z.string(),
  name: z.string(),
  regNo: z.string().nullable(),
  vatNo: z.string().nullable(),
  billingAddress: z.string().nullable(),
  city: z.string().nullable(),
  postcode: z.string().nullable(),
  country: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  language: z.enum(['lv', 'en']),
  priceGroup: z.string().nullable(),
  notes: z.string().nullable(),
  active: z.boolean(),
});
export type Customer = z.infer<typeof Customer>;

export const CustomerInput = CustomerFields.strict();
export type CustomerInput = z.output<typeof CustomerInput>;

export const customerSortKeys = ['name', 'code', 'city'] as const;

export const customersContract = {
  'customers.list': endpoint({
    summary: 'Customers, searched by number, name, registration or VAT number or city; sorted and paged in the database.',
    scope: 'customer',
    input: pageInput(customerSortKeys).extend({ includeInactive: z.boolean().default(false) }),
    output: pageOf(Customer),
    writes: false,
  }),
  'customers.get': endpoint({
    summary: 'One customer.',
    scope: 'customer',
    input: z.object({ id: Id }),
    output: Customer,
    writes: false,
  }),
  'customers.create': endpoint({
    summary: 'Creates a customer; the customer number must be unique.',
    scope: 'customer',
    input: CustomerInput,
    output: Customer,
    writes: true,
  }),
  'customers.update': endpoint({
    summary: 'Changes a customer; refused with `conflict` when `version` is not the stored one.',
    scope: 'customer',
    input: CustomerFields.extend({ id: Id, version: Version }).strict(),
    output: Customer,
    writes: true,
  }),
  'customers.delete': endpoint({
    summary: 'Deletes a customer nothing refers to; otherwise `referenced` (mark it inactive instead).',
    scope: 'customer',
    input: z.object({ id: Id, version: Version }),
    output: Deleted,
    writes: true,
  }),
};
