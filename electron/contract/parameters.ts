import { z } from 'zod';
import { endpoint } from './define';
import { Version } from './common';

/** Service management parameters: one set per company. */
const ParameterFields = z.object({
  allowOrdersWithoutAgreement: z.boolean(),
  signOffRequired: z.boolean().describe('Unsigned lines are not posted'),
  reasonOnSlaCancel: z.boolean().describe('Cancelling the SLA clock needs a reason code'),
  reasonOnSlaExceed: z.boolean().describe('Stopping or signing off a breached order needs a reason code'),
  timeZone: z.string().trim().min(1).max(64),
  currency: z.string().trim().regex(/^[A-Z]{3}$/),
});

export const Parameters = ParameterFields.extend({ version: Version, updatedAt: z.string(), updatedBy: z.string() });

export const NUMBER_SEQUENCES = ['customer', 'agreement', 'order', 'request', 'invoice'] as const;

export const NumberSequence = z.object({
  code: z.enum(NUMBER_SEQUENCES),
  prefix: z.string(),
  nextNumber: z.number().int(),
  width: z.number().int(),
  /** The highest number already handed out (0 if none): the next number may not go back to it. */
  lastUsed: z.number().int(),
  example: z.string(),
  version: Version,
  updatedAt: z.string(),
  updatedBy: z.string(),
});

export const parametersContract = {
  'parameters.get': endpoint({
    summary: 'The service management parameters.',
    scope: 'parameters',
    input: z.object({}),
    output: Parameters,
    writes: false,
  }),
  'parameters.update': endpoint({
    summary: 'Changes the parameters; the time zone must be an IANA zone (Europe/Riga). Stale `version` -> `conflict`.',
    scope: 'parameters',
    input: ParameterFields.extend({ version: Version }).strict(),
    output: Parameters,
    writes: true,
  }),
  'sequences.list': endpoint({
    summary: 'Number sequences (customers, agreements, orders, requests, invoices).',
    scope: 'sequence',
    input: z.object({}),
    output: z.array(NumberSequence),
    writes: false,
  }),
  'sequences.update': endpoint({
    summary:
      'Changes a sequence prefix, width or next number. The next number never goes back to a number already used, and the invoice sequence never skips (invoice numbers have no gaps).',
    scope: 'sequence',
    input: z
      .object({
        code: z.enum(NUMBER_SEQUENCES),
        prefix: z.string().trim().max(10).regex(/^[\p{L}\p{N}\-/]*$/u),
        nextNumber: z.number().int().min(1).max(999_999_999),
        width: z.number().int().min(1).max(12),
        version: Version,
      })
      .strict(),
    output: NumberSequence,
    writes: true,
  }),
};
