/**
 * The data automatic order generation works on. Everything is plain data loaded by the service;
 * the planner (plan.ts) is pure and decides every date, so each rule is unit-tested without a
 * database. Dates are ISO calendar dates (YYYY-MM-DD) in the company's time zone.
 */

export type TransactionType = 'hour' | 'expense' | 'item' | 'fee';
export type CombineBy = 'agreement' | 'task' | 'worker' | 'object';
export type AgreementStatus = 'draft' | 'active' | 'suspended' | 'expired' | 'cancelled';

export interface GenInterval {
  unit: 'day' | 'week' | 'month' | 'year';
  frequency: number;
}

/** week / month: the calendar week (Mon–Sun) or month of the occurrence; manual: days around it. */
export interface GenTimeWindow {
  kind: 'week' | 'month' | 'manual';
  daysBefore: number;
  daysAfter: number;
}

export interface GenLine {
  id: number;
  lineNo: number;
  transactionType: TransactionType;
  description: string;
  categoryId: number | null;
  itemId: number | null;
  quantityX100: number;
  costPriceCents: number;
  salesPriceCents: number;
  priceOverridden: boolean;
  workerId: number | null;
  serviceObjectId: number | null;
  taskId: number | null;
  /** null: a one-time line, due once on its start date. */
  interval: GenInterval | null;
  timeWindow: GenTimeWindow | null;
  /** Line start; null = the agreement's start. The series steps from here. */
  validFrom: string | null;
  /** null = open-ended. */
  validTo: string | null;
  /** Preferred time of day, "HH:MM". */
  startAfter: string | null;
  endBefore: string | null;
  stopped: boolean;
}

export interface GenAgreement {
  id: number;
  number: string;
  description: string;
  status: AgreementStatus;
  /** A template (has a template group) never generates. */
  isTemplate: boolean;
  validFrom: string;
  validTo: string | null;
  combineBy: CombineBy;
  customerId: number;
  siteId: number | null;
  responsibleWorkerId: number | null;
  preferredWorkerId: number | null;
  slaId: number | null;
  /** Working calendar whose closed days flag conflicts; null = no calendar (every day open). */
  calendarId: number | null;
  lines: GenLine[];
}

/** Open and closed days of one working calendar. */
export interface GenCalendar {
  id: number;
  /** Weekdays 1 (Mon) … 7 (Sun) with opening hours; other weekdays are closed. */
  openWeekdays: ReadonlySet<number>;
  /** Exceptions by date: holiday/closed close an open weekday, open opens a closed one. */
  days: ReadonlyMap<string, 'holiday' | 'closed' | 'open'>;
}

export interface GenRequest {
  from: string;
  to: string;
  transactionTypes: ReadonlySet<TransactionType>;
  /** Recreate missing members inside a series; otherwise only dates after the last generated one. */
  fillGaps: boolean;
}

/** What earlier runs created, per agreement line. */
export interface GenExisting {
  /** `${lineId}:${date}` of every generated line that exists (any status). */
  members: ReadonlySet<string>;
  /** The latest calculated date generated per line. */
  lastDateByLine: ReadonlyMap<number, string>;
}

export interface PlannedLine {
  line: GenLine;
  /** The series date this line stands for (what idempotence is keyed on). */
  calculatedDate: string;
}

export interface PlannedOrder {
  agreement: GenAgreement;
  combineKey: string;
  /** The visit's date: inside every member's time window, on an open day when one exists. */
  serviceDate: string;
  /** No open day in the common window: the order is created on a closed day, flagged. */
  calendarConflict: boolean;
  preferredStartTime: string | null;
  preferredEndTime: string | null;
  lines: PlannedLine[];
}

export interface GenPlan {
  orders: PlannedOrder[];
  /** Agreements looked at, and why those that produced nothing did so (for the preview). */
  skipped: { agreementId: number; reason: 'template' | 'not_active' | 'no_lines_due' }[];
}
