import { z } from 'zod';
import { Id, Version } from './common';
import { endpoint } from './define';
import { ORDER_LINE_STATUSES } from './order-entities';
import { OrderDetail } from './orders';

/**
 * Sign-off of an order and its lines with a drawn signature, and the order's way out: cancel,
 * revoke the cancellation, delete; lines can be cancelled and revoked one at a time. Refusals are
 * labelled in the `orderSignOff` scope (see fieldLabels in messages.ts).
 */

export const SIGNOFF_SCOPE = 'orderSignOff';

/** A PNG of ~300 KB is ~400 000 characters of base64; a signature pad picture is far smaller. */
export const MAX_SIGNATURE_CHARS = 400_000;

const PngDataUrl = z
  .string()
  .max(MAX_SIGNATURE_CHARS)
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/)
  .describe('The drawing as a data:image/png;base64 URL (canvas.toDataURL()), at most ~300 KB');

export const SignOffInput = z
  .object({
    orderId: Id,
    version: Version.describe("The order's version as read"),
    signerName: z.string().trim().min(1).max(100),
    signedAt: z.iso.datetime({ offset: true }).optional().describe('When it was signed; empty: now. Not in the future.'),
    imagePng: PngDataUrl,
    strokes: z.number().int().min(0).max(100_000).describe('Strokes drawn on the pad; 0 (a blank drawing) is refused'),
    lineIds: z
      .array(Id)
      .min(1)
      .max(1000)
      .optional()
      .describe('Only these lines; absent: the order and all its unsigned created lines'),
    reasonId: Id.optional().describe('Stage reason code; required when the SLA is exceeded and the parameters demand a reason'),
  })
  .strict();

export const SignatureEntry = z.object({
  id: Id,
  signerName: z.string(),
  signedAt: z.string(),
  imagePng: z.string(),
  /** True when this signature signs the order itself. */
  order: z.boolean(),
  lines: z.array(z.object({ id: Id, lineNo: z.number().int() })),
  recordedBy: z.string(),
  /** The reason code given for signing after the SLA was exceeded. */
  reasonCode: z.string().nullable(),
});
export type SignatureEntry = z.infer<typeof SignatureEntry>;

export const OrderSignatures = z.object({
  orderId: Id,
  version: Version,
  signatureId: Id.nullable().describe("The order's own sign-off, if signed"),
  signatures: z.array(SignatureEntry),
  lines: z.array(
    z.object({
      id: Id,
      version: Version,
      lineNo: z.number().int(),
      description: z.string(),
      status: z.enum(ORDER_LINE_STATUSES),
      signatureId: Id.nullable(),
    }),
  ),
});
export type OrderSignatures = z.infer<typeof OrderSignatures>;

const OrderRef = z.object({ orderId: Id, version: Version.describe("The order's version as read") }).strict();
const LineRef = z.object({ id: Id, version: Version.describe("The line's version as read") }).strict();

export const orderSignOffContract = {
  'orders.signOff': endpoint({
    summary:
      'Signs off the order (and all its unsigned created lines) or only the chosen lines, with a drawn signature. Refused for a blank drawing (0 strokes), cancelled or posted lines or orders, lines already signed, a time in the future, and — when the parameters demand it — a breached SLA without a reason code.',
    scope: SIGNOFF_SCOPE,
    input: SignOffInput,
    output: OrderSignatures,
    writes: true,
  }),
  'orders.signatures': endpoint({
    summary: "Who signed what and when, with the drawings, and the order's lines with their sign-off.",
    scope: SIGNOFF_SCOPE,
    input: z.object({ orderId: Id }).strict(),
    output: OrderSignatures,
    writes: false,
  }),
  'orders.cancel': endpoint({
    summary:
      "Cancels the order: every created line becomes cancelled and the progress cancelled. Refused when the order's stage does not allow cancellation or anything on it is posted.",
    scope: SIGNOFF_SCOPE,
    input: OrderRef.extend({ reasonId: Id.optional(), note: z.string().trim().max(500).optional() }).strict(),
    output: OrderDetail,
    writes: true,
  }),
  'orders.revokeCancel': endpoint({
    summary: 'Takes back a cancellation: cancelled lines become created again and the progress is derived from the lines.',
    scope: SIGNOFF_SCOPE,
    input: OrderRef,
    output: OrderDetail,
    writes: true,
  }),
  'orders.delete': endpoint({
    summary:
      "Deletes the order with its lines, relations and signatures. Refused when its stage does not allow deletion, anything on it is posted, or a customer request was converted into it.",
    scope: SIGNOFF_SCOPE,
    input: OrderRef,
    output: z.object({ id: Id }),
    writes: true,
  }),
  'orderLines.cancel': endpoint({
    summary: "Cancels one created line; the order's progress is derived again. Refused by the stage as cancelling the order is.",
    scope: SIGNOFF_SCOPE,
    input: LineRef,
    output: OrderDetail,
    writes: true,
  }),
  'orderLines.revokeCancel': endpoint({
    summary: "Returns one cancelled line to created; the order's progress is derived again.",
    scope: SIGNOFF_SCOPE,
    input: LineRef,
    output: OrderDetail,
    writes: true,
  }),
};
