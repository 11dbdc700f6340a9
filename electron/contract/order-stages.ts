import { z } from 'zod';
import { Id, IsoDateTime, Version, optionalText } from './common';
import { endpoint } from './define';

/**
 * Walking a service order through the stage tree (domain reference §1.2, §4.4) and its SLA clock
 * (§4.6). Refusals name fields in the `orderStage` scope (labels in messages.ts).
 */

const Ref = z.object({ id: Id, code: z.string(), name: z.string() });

export const StageOption = Ref.extend({ reasonRequired: z.boolean(), stopsSlaClock: z.boolean() });
export type StageOption = z.infer<typeof StageOption>;

export const StageOptions = z.object({
  orderId: Id,
  /** The order's version after the last change: the next write sends it. */
  version: Version,
  current: StageOption.nullable(),
  next: z.array(StageOption),
  previous: StageOption.nullable(),
});
export type StageOptions = z.infer<typeof StageOptions>;

export const StageLogEntry = z.object({
  id: Id,
  from: Ref.nullable(),
  to: Ref,
  reason: Ref.nullable(),
  note: z.string().nullable(),
  changedAt: z.string(),
  actor: z.string(),
});
export type StageLogEntry = z.infer<typeof StageLogEntry>;

export const SLA_CLOCK_STATES = ['idle', 'running', 'stopped', 'ended'] as const;

export const SlaSegmentOut = z.object({
  kind: z.enum(['running', 'stopped']),
  start: z.string(),
  end: z.string().nullable(),
  reason: Ref.nullable(),
  note: z.string().nullable(),
});

export const SlaStatusOut = z.object({
  orderId: Id,
  version: Version,
  sla: Ref,
  priority: z.enum(['high', 'normal', 'low']),
  /** The SLA's resolution target for the order's priority. */
  targetMinutes: z.number().int(),
  /** Null: calendar time (every minute counts). */
  calendar: Ref.extend({ timeZone: z.string() }).nullable(),
  segments: z.array(SlaSegmentOut),
  startTime: z.string().nullable(),
  elapsedMinutes: z.number().int(),
  deadline: z.string().nullable(),
  /** Hundredths of a per cent (12345 = 123.45 %). */
  compliancePercent: z.number().int(),
  breached: z.boolean(),
  running: z.boolean(),
  state: z.enum(SLA_CLOCK_STATES),
  /** When the clock was cancelled, else null. */
  cancelledAt: z.string().nullable(),
});
export type SlaStatusOut = z.infer<typeof SlaStatusOut>;

const OrderRef = z.object({ orderId: Id });
const reasonId = Id.optional().describe('A stage reason code');
const note = optionalText(1000);
const at = IsoDateTime.describe('When it happened; not in the future, not before the last recorded event');

const ClockInput = z.object({ orderId: Id, version: Version, at }).strict();
const ClockReasonInput = z.object({ orderId: Id, version: Version, at, reasonId, note }).strict();

const clockWrite = (summary: string) => ({ summary, scope: 'orderStage', output: SlaStatusOut, writes: true }) as const;

export const orderStagesContract = {
  'orders.stageOptions': endpoint({
    summary: "The order's current stage, the stages it may advance to (children of the current stage) and the one it may step back to (the parent).",
    scope: 'orderStage',
    input: OrderRef,
    output: StageOptions,
    writes: false,
  }),
  'orders.changeStage': endpoint({
    summary:
      "Moves the order to a next stage (a child of the current one) or back to the previous one (the parent), logging from, to, reason, note, time and user. A target stage that requires a reason needs `reasonId`. A stage that stops the SLA clock stops a running clock at the change time; moving from such a stage to one without the flag restarts it. A stale `version` is refused with `conflict`.",
    scope: 'orderStage',
    input: z.object({ orderId: Id, version: Version, toStageId: Id, reasonId, note, at: at.optional() }).strict(),
    output: StageOptions,
    writes: true,
  }),
  'orders.stageLog': endpoint({
    summary: "The order's stage changes, oldest first.",
    scope: 'orderStage',
    input: OrderRef,
    output: z.array(StageLogEntry),
    writes: false,
  }),
  'orders.slaStatus': endpoint({
    summary:
      "The order's SLA clock: target (resolution time for the order's priority), calendar, segments, elapsed working minutes, deadline, compliance and state; null when the order has no SLA. The clock of an order with an SLA starts at its SLA start (the request's received time) or else its creation.",
    scope: 'orderStage',
    input: OrderRef,
    output: SlaStatusOut.nullable(),
    writes: false,
  }),
  'orders.slaStop': endpoint({
    ...clockWrite('Stops the running SLA clock at `at`. When the SLA is already exceeded and the parameters require a reason on exceeding, `reasonId` is required.'),
    input: ClockReasonInput,
  }),
  'orders.slaStart': endpoint({ ...clockWrite('Restarts a stopped SLA clock at `at`.'), input: ClockInput }),
  'orders.slaCancel': endpoint({
    ...clockWrite('Cancels the SLA clock at `at` (final). When the parameters require a reason on cancelling, `reasonId` is required.'),
    input: ClockReasonInput,
  }),
};
