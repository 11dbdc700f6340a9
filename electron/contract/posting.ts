import { z } from 'zod';
import { Id, Version } from './common';
import { endpoint } from './define';
import { TRANSACTION_TYPES } from './generation';
import { ORDER_PROGRESS } from './orders';

const IsoDate = z.iso.date();

/** Why the batch run left an order unposted. */
export const POSTING_SKIP_REASONS = ['stage', 'unsigned', 'no_tax_rate'] as const;

/** One row of an order's posting journal; reversals carry negative quantity and amounts. */
export const PostedTransaction = z.object({
  id: Id,
  runId: Id,
  orderLineId: Id,
  lineNo: z.number().int(),
  description: z.string(),
  transactionType: z.enum(TRANSACTION_TYPES),
  postingDate: z.string(),
  quantityX100: z.number().int(),
  costAmountCents: z.number().int(),
  salesAmountCents: z.number().int(),
  taxGroupCode: z.string().nullable(),
  taxRateX100: z.number().int().describe('Hundredths of a percent (2100 = 21 %)'),
  taxAmountCents: z.number().int(),
  /** Set on a reversal: the transaction it cancels. */
  reversesId: Id.nullable(),
  /** Set on a transaction that has been reversed: the reversal's id. */
  reversedById: Id.nullable(),
  postedAt: z.string(),
  postedBy: z.string(),
});
export type PostedTransaction = z.infer<typeof PostedTransaction>;

/** The order as posting leaves it, so the caller can carry on editing with the new version. */
const OrderAfter = z.object({ orderId: Id, version: Version, progress: z.enum(ORDER_PROGRESS) });

export const PostingBatchInput = z
  .object({
    from: IsoDate.describe('Service (preferred) date of the orders on or after'),
    to: IsoDate.describe('Service (preferred) date of the orders on or before'),
    transactionTypes: z.array(z.enum(TRANSACTION_TYPES)).max(TRANSACTION_TYPES.length).describe('Only lines of these types are posted'),
    postingDate: IsoDate,
  })
  .strict();
export type PostingBatchInput = z.output<typeof PostingBatchInput>;

export const POSTING_ORDERS_LISTED = 200;

/** The result of a batch run; the order lists hold the first POSTING_ORDERS_LISTED of each. */
export const PostingBatchSummary = z.object({
  ordersConsidered: z.number().int().describe('Orders in the period with open lines of the chosen types'),
  ordersPosted: z.number().int(),
  linesPosted: z.number().int(),
  skipped: z.object({ stage: z.number().int(), unsigned: z.number().int(), no_tax_rate: z.number().int() }),
  posted: z.array(z.object({ orderId: Id, number: z.string(), lines: z.number().int(), progress: z.enum(ORDER_PROGRESS) })),
  skippedOrders: z.array(z.object({ orderId: Id, number: z.string(), reason: z.enum(POSTING_SKIP_REASONS) })),
});
export type PostingBatchSummary = z.infer<typeof PostingBatchSummary>;

export const postingContract = {
  'postings.postOrder': endpoint({
    summary:
      "Posts an order's open lines (status created), or only `lineIds`, on `postingDate`: one journal transaction per line with cost, sales and tax " +
      "(the item's tax group, else the category's; the rate valid on the posting date). Refused when the order's stage does not allow posting, " +
      'when sign-off is required and lines are unsigned, or when a tax group has no rate that day; all lines or none are posted. ' +
      'Posted lines can no longer be changed; the order becomes posted when every line that is not cancelled is posted.',
    scope: 'postings',
    input: z
      .object({ orderId: Id, version: Version, postingDate: IsoDate, lineIds: z.array(Id).min(1).max(1000).optional() })
      .strict(),
    output: OrderAfter.extend({ runId: Id, lines: z.number().int() }),
    writes: true,
  }),
  'postings.reverse': endpoint({
    summary:
      'Reverses a posted transaction: a new transaction with negated quantity and amounts on the same posting date, pointing at the original. ' +
      'The line returns to created so it can be corrected and posted again. A transaction is reversed at most once; a reversal is not reversed.',
    scope: 'postings',
    input: z.object({ transactionId: Id }).strict(),
    output: OrderAfter.extend({ transaction: PostedTransaction }),
    writes: true,
  }),
  'postings.list': endpoint({
    summary: "An order's posting journal, oldest first.",
    scope: 'postings',
    input: z.object({ orderId: Id }).strict(),
    output: z.object({ rows: z.array(PostedTransaction) }),
    writes: false,
  }),
  'postings.startBatch': endpoint({
    summary:
      'Posts the open lines of the chosen types of every in-process order whose service date lies in the period, as a background job ' +
      '(poll `jobs.status`; its result is in `posting`). Orders whose stage does not allow posting, with unsigned lines (when sign-off is ' +
      'required) or with a tax group without a rate are skipped and counted by reason. One transaction: a cancelled run posts nothing.',
    scope: 'postings',
    input: PostingBatchInput,
    output: z.object({ jobId: z.string() }),
    writes: true,
  }),
};
