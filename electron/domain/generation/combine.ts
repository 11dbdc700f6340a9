import type { DatePeriod } from '../periods';
import type { GenAgreement, GenLine } from './types';
import { intersectRanges } from './windows';

/**
 * What a line's orders are grouped by, per the agreement's "combine" setting. The key is only ever
 * compared within one agreement (the planner groups per agreement first), so orders never mix
 * agreements even when two agreements produce the same key text.
 */
export function combineKey(agreement: GenAgreement, line: GenLine): string {
  switch (agreement.combineBy) {
    case 'agreement':
      return `agreement:${agreement.id}`;
    case 'task':
      return `task:${line.taskId ?? 'none'}`;
    case 'worker':
      // A line without its own worker is done by the agreement's preferred technician.
      return `worker:${line.workerId ?? agreement.preferredWorkerId ?? 'none'}`;
    case 'object':
      return `object:${line.serviceObjectId ?? 'none'}`;
  }
}

/** One due occurrence of a line: its series date and the dates it may be served on. */
export interface Candidate {
  line: GenLine;
  date: string;
  range: DatePeriod;
}

export interface Visit {
  /** In date order (then line number); the first is the earliest. */
  members: Candidate[];
  /** The dates every member may be served on. */
  range: DatePeriod;
}

export function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.line.lineNo - b.line.lineNo || a.line.id - b.line.id;
}

/**
 * Greedy grouping of one agreement's candidates with one combine key into visits. Walking in date
 * order, a candidate joins the open visit while its range meets the visit's common range (which
 * narrows to the intersection); a candidate that does not meet it, or whose line is already in the
 * visit (a line is served once per visit), closes the visit and opens the next. O(n log n).
 */
export function buildVisits(candidates: readonly Candidate[]): Visit[] {
  const sorted = [...candidates].sort(compareCandidates);
  const visits: Visit[] = [];
  let current: { visit: Visit; lineIds: Set<number> } | null = null;
  for (const c of sorted) {
    const common = current === null || current.lineIds.has(c.line.id) ? null : intersectRanges(current.visit.range, c.range);
    if (current !== null && common !== null) {
      current.visit.members.push(c);
      current.visit.range = common;
      current.lineIds.add(c.line.id);
      continue;
    }
    current = { visit: { members: [c], range: c.range }, lineIds: new Set([c.line.id]) };
    visits.push(current.visit);
  }
  return visits;
}

export interface TimeOfDay {
  startAfter: string | null;
  endBefore: string | null;
}

/**
 * The preferred time of day that suits every line of a visit: the latest "start after" and the
 * earliest "end before". When they leave no time at all (end at or before start) the start is kept
 * and the end dropped: a visit that starts late enough is still right for every line.
 */
export function preferredTimes(lines: readonly GenLine[]): TimeOfDay {
  let startAfter: string | null = null;
  let endBefore: string | null = null;
  for (const l of lines) {
    // "HH:MM" strings order like the times they stand for.
    if (l.startAfter !== null && (startAfter === null || l.startAfter > startAfter)) startAfter = l.startAfter;
    if (l.endBefore !== null && (endBefore === null || l.endBefore < endBefore)) endBefore = l.endBefore;
  }
  if (startAfter !== null && endBefore !== null && endBefore <= startAfter) endBefore = null;
  return { startAfter, endBefore };
}
