import { z } from 'zod';
import { Id } from './common';
import { endpoint } from './define';

export const TRANSACTION_TYPES = ['hour', 'expense', 'item', 'fee'] as const;
export const SKIP_REASONS = ['template', 'not_active', 'no_lines_due'] as const;

const IsoDate = z.iso.date();

/** One agreement, or a batch narrowed by any of group, customer and team (none = every agreement). */
export const GenerationScope = z.union([
  z.object({ agreementId: Id }).strict(),
  z
    .object({
      agreementGroupId: Id.optional(),
      customerId: Id.optional(),
      teamId: Id.optional().describe("The agreement's responsible or preferred worker belongs to this team"),
    })
    .strict(),
]);

/**
 * What a run is asked to do. The period rules (to not before from, at most two years) and a
 * non-empty set of transaction types are checked by the handler, so each refusal names its field.
 */
export const GenerationInput = z
  .object({
    scope: GenerationScope,
    from: IsoDate,
    to: IsoDate,
    transactionTypes: z.array(z.enum(TRANSACTION_TYPES)).max(TRANSACTION_TYPES.length),
    fillGaps: z.boolean().default(false).describe('Recreate missing members inside a series (after orders were deleted)'),
    dryRun: z.boolean().default(false).describe('Preview: the run is done and then rolled back, nothing is kept'),
  })
  .strict();
export type GenerationInput = z.output<typeof GenerationInput>;

export const GenerationOrder = z.object({
  /** null in a preview: nothing was kept. */
  id: Id.nullable(),
  number: z.string().nullable(),
  agreementId: Id,
  agreementNumber: z.string(),
  customerName: z.string(),
  serviceDate: z.string(),
  calendarConflict: z.boolean(),
  lines: z.array(z.object({ lineNo: z.number().int(), description: z.string(), calculatedDate: z.string() })),
});
export type GenerationOrder = z.infer<typeof GenerationOrder>;

/** The result of a run or preview; `orders` lists the first ORDERS_LISTED of them. */
export const GenerationSummary = z.object({
  dryRun: z.boolean(),
  agreements: z.number().int().describe('Agreements in scope that were looked at'),
  ordersPlanned: z.number().int(),
  linesPlanned: z.number().int(),
  /** Equal to the planned counts in a run; 0 in a preview. */
  ordersCreated: z.number().int(),
  linesCreated: z.number().int(),
  conflicts: z.number().int().describe('Orders placed on a closed day of the working calendar'),
  orders: z.array(GenerationOrder),
  skipped: z.object({ template: z.number().int(), not_active: z.number().int(), no_lines_due: z.number().int() }),
});
export type GenerationSummary = z.infer<typeof GenerationSummary>;

export const ORDERS_LISTED = 200;

export const generationContract = {
  'generation.start': endpoint({
    summary:
      'Starts creating service orders from agreements for a period, as a background job (poll `jobs.status`). ' +
      'Idempotent per agreement line and calculated date: running a period again creates nothing new. ' +
      'With `dryRun` the same run is rolled back at the end, so the preview shows exactly what a run would write. ' +
      'The whole run is one transaction: cancelled or failed runs write nothing.',
    scope: 'generation',
    input: GenerationInput,
    output: z.object({ jobId: z.string() }),
    writes: true,
  }),
};
