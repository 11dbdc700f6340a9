/**
 * Types of the dispatch board's conflict rules (issue "The dispatch board"). The same pure module
 * checks a proposed visit in the renderer while dragging and again in the main process inside the
 * write transaction, so everything here is plain data: instants are ISO 8601 UTC strings, dates are
 * local YYYY-MM-DD in the technician's time zone, times of day are local "HH:MM".
 */
import { CONFLICT_RULES, type ConflictRuleName } from '../../contract/dispatch';
import type { OpeningHours } from '../sla/working-time';

export { CONFLICT_RULES };
export type ConflictRule = ConflictRuleName;

export type ConflictSeverity = 'block' | 'warn';

/** Severity of each rule, configured in Setup. */
export type ConflictPolicy = Readonly<Record<ConflictRule, ConflictSeverity>>;

/** Ids are the database's integer ids, but the rules only compare them, so strings work too. */
export type Id = number | string;

/** The visit being placed or moved: [start, end) in UTC. */
export interface ProposedVisit {
  orderId: Id;
  workerId: Id;
  start: string;
  end: string;
}

/** Another visit already on the technician's schedule, [start, end) in UTC. */
export interface ScheduledVisit {
  orderId: Id;
  start: string;
  end: string;
}

/** An absence period, both dates inclusive, in the technician's local calendar. */
export interface Absence {
  from: string;
  to: string;
  kind: string;
}

export interface SkillHolding {
  /** null: the skill has no levels (or the level is unknown). */
  level: number | null;
  /** Last local date the certificate is valid; null: never expires. */
  validTo: string | null;
}

export interface TechnicianFacts {
  workerId: Id;
  /** IANA zone the hours, absences and certificate dates are read in, e.g. "Europe/Riga". */
  timeZone: string;
  /** ISO weekday 1 (Mon) … 7 (Sun) -> working hours; a missing weekday is a day off. close may be "24:00". */
  hours: ReadonlyMap<number, OpeningHours>;
  absences: readonly Absence[];
  skills: ReadonlyMap<Id, SkillHolding>;
  /** The technician's other visits (the moved visit itself may be included: same-order visits are ignored). */
  visits: readonly ScheduledVisit[];
}

export interface RequiredSkill {
  skillId: Id;
  /** null: any level (or none) will do. */
  minLevel: number | null;
}

export interface OrderFacts {
  orderId: Id;
  requiredSkills: readonly RequiredSkill[];
  slaDeadline: string | null;
  stageAllowsChanges: boolean;
}

/** Message parameters: ids, instants, dates, times; the renderer turns them into a localized text. */
export type ConflictParams = Record<string, string | number>;

export interface Conflict {
  rule: ConflictRule;
  severity: ConflictSeverity;
  params: ConflictParams;
}

export interface ConflictResult {
  /** true when any conflict's severity is 'block'. */
  blocked: boolean;
  /** In rule order (`CONFLICT_RULES`), then in time / input order within a rule. */
  conflicts: Conflict[];
}

export interface ConflictSummary {
  /** The worst severity found, null when there is no conflict. */
  severity: ConflictSeverity | null;
  blockCount: number;
  warnCount: number;
  /** Distinct rules that fired, in `CONFLICT_RULES` order. */
  rules: ConflictRule[];
}
