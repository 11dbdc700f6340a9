import { z } from 'zod';
import { Id, IsoDateTime, Version, pageInput, pageOf } from './common';
import { endpoint } from './define';
import { ORDER_PRIORITIES } from './order-entities';

/**
 * The dispatch board: technicians' rows, scheduled visits in a date range, the queue of
 * unscheduled orders, and scheduling changes checked against the configurable conflict rules.
 * A visit is a service order with a technician and a planned start and end (service_orders.worker_id,
 * planned_start, planned_end). Refusals are labelled in the `dispatch` scope.
 */

export const DISPATCH_SCOPE = 'dispatch';

/** The conflict rules of the board, in the order they are reported. */
export const CONFLICT_RULES = ['overlap', 'outside_hours', 'absence', 'missing_skill', 'after_sla_deadline', 'stage_locked'] as const;
export type ConflictRuleName = (typeof CONFLICT_RULES)[number];
export const CONFLICT_SEVERITIES = ['block', 'warn'] as const;

/** The longest date range one board call covers (two weeks plus slack for time zones). */
export const MAX_BOARD_DAYS = 16;

const IsoDate = z.iso.date();
const LocalTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/);
const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/);
const Ref = z.object({ id: Id, code: z.string(), name: z.string() });

export const DispatchSettingsFields = z.object({
  rules: z.object(Object.fromEntries(CONFLICT_RULES.map((r) => [r, z.enum(CONFLICT_SEVERITIES)])) as Record<ConflictRuleName, z.ZodEnum<{ block: 'block'; warn: 'warn' }>>),
  colours: z.object({ high: Colour, normal: Colour, low: Colour }).describe('Bar colour per order priority, #rrggbb'),
});
export const DispatchSettings = DispatchSettingsFields.extend({ version: Version, updatedAt: z.string(), updatedBy: z.string() });
export type DispatchSettings = z.infer<typeof DispatchSettings>;

/** Filters shared by the board's rows, its visits and the queue. Empty = no filter. */
const BoardFilters = z.object({
  teamIds: z.array(Id).max(500).optional().describe('Technicians of these dispatch teams (visits: of their technicians)'),
  skillId: Id.optional().describe('Technicians holding this skill; queue: orders whose tasks require it'),
  city: z.string().trim().max(100).optional().describe('Orders whose service city (one-off or site) starts with this, ignoring case and accents'),
  priority: z.enum(ORDER_PRIORITIES).optional(),
  stageId: Id.optional(),
});

const DateRange = z.object({
  from: IsoDateTime.describe('Start of the range (inclusive), an instant'),
  to: IsoDateTime.describe(`End of the range (exclusive), after from, at most ${MAX_BOARD_DAYS} days later`),
});

export const BoardTechnician = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  team: Ref.nullable(),
  /** ISO weekday 1 (Mon) … 7 (Sun); a weekday without an entry is a day off. */
  hours: z.array(z.object({ weekday: z.number().int().min(1).max(7), open: LocalTime, close: LocalTime })),
  /** Absences overlapping the range, dates inclusive, in the company's time zone. */
  absences: z.array(z.object({ from: IsoDate, to: IsoDate, kind: z.enum(['vacation', 'sick', 'training', 'other']) })),
  skills: z.array(z.object({ skillId: Id, level: z.number().int().nullable(), validTo: IsoDate.nullable() })),
});
export type BoardTechnician = z.infer<typeof BoardTechnician>;

/** What the board shows of an order and what its conflict checks need, scheduled or not. */
const OrderCard = z.object({
  orderId: Id,
  number: z.string(),
  version: Version,
  description: z.string(),
  customer: z.string(),
  city: z.string().nullable().describe('One-off service city, else the site city'),
  address: z.string().nullable().describe('One-off service address, else the site address'),
  task: z.string().nullable().describe("The first related task's description"),
  priority: z.enum(ORDER_PRIORITIES),
  stage: Ref.nullable(),
  stageAllowsChanges: z.boolean(),
  plannedHoursX100: z.number().int(),
  /** When the running SLA clock runs out; null without an SLA or while the clock is stopped or cancelled. */
  slaDeadline: IsoDateTime.nullable(),
  requiredSkills: z.array(z.object({ skillId: Id, minLevel: z.number().int().nullable() })),
});

export const BoardVisit = OrderCard.extend({ workerId: Id, start: IsoDateTime, end: IsoDateTime });
export type BoardVisit = z.infer<typeof BoardVisit>;

export const QueueOrder = OrderCard.extend({
  preferredDate: IsoDate.nullable(),
  preferredStartTime: LocalTime.nullable(),
  preferredWorker: Ref.nullable(),
  /** Technician already chosen but no time yet (or a time but no technician). */
  workerId: Id.nullable(),
  /** Length a drop gives the visit: the planned hours, else the tasks' default hours, else one hour. */
  durationMinutes: z.number().int().positive(),
});
export type QueueOrder = z.infer<typeof QueueOrder>;

const ScheduleChange = z
  .object({
    orderId: Id,
    version: Version,
    workerId: Id.nullable().describe('null with start and end null: back to the queue'),
    start: IsoDateTime.nullable(),
    end: IsoDateTime.nullable(),
  })
  .strict()
  .refine((c) => (c.workerId === null) === (c.start === null) && (c.start === null) === (c.end === null), {
    message: 'workerId, start and end are all set or all null',
    path: ['workerId'],
  });
export type ScheduleChange = z.infer<typeof ScheduleChange>;

export const ScheduledOrder = z.object({ orderId: Id, version: Version, workerId: Id.nullable(), start: IsoDateTime.nullable(), end: IsoDateTime.nullable() });
export type ScheduledOrder = z.infer<typeof ScheduledOrder>;

export const dispatchContract = {
  'dispatch.settings': endpoint({
    summary: 'The board settings: block or warn per conflict rule, and the bar colour per priority.',
    scope: DISPATCH_SCOPE,
    input: z.object({}),
    output: DispatchSettings,
    writes: false,
  }),
  'dispatch.updateSettings': endpoint({
    summary: 'Changes the board settings. Stale `version` -> `conflict`.',
    scope: DISPATCH_SCOPE,
    input: DispatchSettingsFields.extend({ version: Version }).strict(),
    output: DispatchSettings,
    writes: true,
  }),
  'dispatch.technicians': endpoint({
    summary:
      "The board's rows: active technicians (by team, then name) with their weekly hours, absences in the range and skills; filtered by teams and skill. Teams are listed even when the filter leaves them empty.",
    scope: DISPATCH_SCOPE,
    input: DateRange.extend(BoardFilters.pick({ teamIds: true, skillId: true }).shape).strict(),
    output: z.object({ timeZone: z.string(), teams: z.array(Ref), technicians: z.array(BoardTechnician) }),
    writes: false,
  }),
  'dispatch.visits': endpoint({
    summary:
      'Scheduled visits (open orders with a technician and planned times) overlapping the range, of the given technicians or teams, filtered by priority, stage and city.',
    scope: DISPATCH_SCOPE,
    input: DateRange.extend(BoardFilters.omit({ skillId: true }).shape)
      .extend({ workerIds: z.array(Id).max(5000).optional().describe('Only these technicians (with teamIds: either)') })
      .strict(),
    output: z.array(BoardVisit),
    writes: false,
  }),
  'dispatch.visit': endpoint({
    summary: "One open order's visit on any date (null when the order has no technician and planned times): where the board's search goes.",
    scope: DISPATCH_SCOPE,
    input: z.object({ orderId: Id }).strict(),
    output: BoardVisit.nullable(),
    writes: false,
  }),
  'dispatch.queue': endpoint({
    summary:
      'Open orders without a technician or without planned times, searched by number, description, customer and city; filtered like the board (team: of the preferred technician); sorted by priority, SLA deadline, preferred date or number; paged.',
    scope: DISPATCH_SCOPE,
    input: pageInput(['priority', 'slaDeadline', 'preferredDate', 'number'] as const)
      .extend(BoardFilters.shape)
      .strict(),
    output: pageOf(QueueOrder),
    writes: false,
  }),
  'dispatch.schedule': endpoint({
    summary:
      "Places, moves, resizes or unschedules visits in one transaction: all changes or none. Each order's `version` must be current (else `conflict`); the order must be open. Every placed visit is checked against the conflict rules with the other changes already applied: a rule set to block refuses the call (`rule`, key dispatch_blocked), a rule set to warn refuses it (key dispatch_confirm) unless `confirmWarnings` is true. The refusal's issues list each conflict (key dispatch_<rule>, params with orderId, number and severity).",
    scope: DISPATCH_SCOPE,
    input: z
      .object({
        changes: z.array(ScheduleChange).min(1).max(200),
        confirmWarnings: z.boolean().default(false).describe('The caller has shown the warnings and the user accepted them'),
      })
      .strict(),
    output: z.object({
      orders: z.array(ScheduledOrder),
      warnings: z.number().int().describe('Warned conflicts accepted with this change'),
      revision: z.string().describe('What `dispatch.revision` answers after this change, unless something else changes meanwhile'),
    }),
    writes: true,
  }),
  'dispatch.revision': endpoint({
    summary:
      'A token that changes whenever data changes: through this application or any other connection to the same database file. The board polls it to refresh itself.',
    input: z.object({}),
    output: z.object({ revision: z.string() }),
    writes: false,
  }),
};
