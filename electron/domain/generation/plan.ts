import { type OpenDayTest, openDayTest, pickServiceDay } from './calendar';
import { type Candidate, type Visit, buildVisits, combineKey, compareCandidates, preferredTimes } from './combine';
import { addDays, maxDate, minDate } from './dates';
import { memberKey, seriesDates } from './occurrences';
import type { GenAgreement, GenCalendar, GenExisting, GenLine, GenPlan, GenRequest, PlannedOrder } from './types';
import { type Validity, allowedRange } from './windows';

/**
 * Decides which service orders a generation run creates: which line occurrences are due in the
 * requested period, which of them were already generated, how they group into visits and on which
 * day each visit happens. Pure: the caller loads the data and writes the result, so the same input
 * always gives the same plan, in the same order.
 */
export function planGeneration(
  agreements: readonly GenAgreement[],
  calendars: ReadonlyMap<number, GenCalendar>,
  request: GenRequest,
  existing: GenExisting,
): GenPlan {
  const orders: PlannedOrder[] = [];
  const skipped: GenPlan['skipped'] = [];
  for (const agreement of agreements) {
    if (agreement.isTemplate) {
      skipped.push({ agreementId: agreement.id, reason: 'template' });
      continue;
    }
    if (agreement.status !== 'active') {
      skipped.push({ agreementId: agreement.id, reason: 'not_active' });
      continue;
    }
    const byKey = dueByCombineKey(agreement, request, existing);
    if (byKey.size === 0) {
      skipped.push({ agreementId: agreement.id, reason: 'no_lines_due' });
      continue;
    }
    const isOpen = openDayTest(agreement.calendarId, calendars);
    for (const [key, candidates] of byKey) {
      for (const visit of buildVisits(candidates)) orders.push(toOrder(agreement, key, visit, isOpen));
    }
  }
  return { orders: orders.sort(compareOrders), skipped };
}

/** The agreement's due, not yet generated occurrences, grouped by combine key. */
function dueByCombineKey(agreement: GenAgreement, request: GenRequest, existing: GenExisting): Map<string, Candidate[]> {
  const byKey = new Map<string, Candidate[]>();
  for (const line of agreement.lines) {
    const candidates = lineCandidates(agreement, line, request, existing);
    if (candidates.length === 0) continue;
    const key = combineKey(agreement, line);
    const group = byKey.get(key);
    if (group === undefined) byKey.set(key, candidates);
    else group.push(...candidates);
  }
  return byKey;
}

function lineCandidates(agreement: GenAgreement, line: GenLine, request: GenRequest, existing: GenExisting): Candidate[] {
  if (line.stopped || !request.transactionTypes.has(line.transactionType)) return [];
  const anchor = line.validFrom ?? agreement.validFrom;
  // Where the line may be served at all: its own validity inside the agreement's.
  const validity: Validity = { from: maxDate(agreement.validFrom, anchor), to: earlierEnd(agreement.validTo, line.validTo) };
  let from = maxDate(request.from, validity.from);
  const to = minDate(request.to, validity.to);
  const last = existing.lastDateByLine.get(line.id);
  // Continuing a series: dates up to the last generated one are settled, even where orders were deleted.
  if (!request.fillGaps && last !== undefined) from = maxDate(from, addDays(last, 1));
  const out: Candidate[] = [];
  for (const date of seriesDates(anchor, line.interval, { from, to })) {
    if (existing.members.has(memberKey(line.id, date))) continue;
    out.push({ line, date, range: allowedRange(date, line.timeWindow, validity) });
  }
  return out;
}

function earlierEnd(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  return minDate(a, b);
}

function toOrder(agreement: GenAgreement, key: string, visit: Visit, isOpen: OpenDayTest): PlannedOrder {
  const earliest = visit.members[0];
  // buildVisits never makes an empty visit; the guard only satisfies the type checker.
  if (earliest === undefined) throw new Error('A visit without members');
  const day = pickServiceDay(visit.range, earliest.date, isOpen);
  const members = [...visit.members].sort((a, b) => a.line.lineNo - b.line.lineNo || compareCandidates(a, b));
  const times = preferredTimes(members.map((m) => m.line));
  return {
    agreement,
    combineKey: key,
    serviceDate: day.date,
    calendarConflict: day.calendarConflict,
    preferredStartTime: times.startAfter,
    preferredEndTime: times.endBefore,
    lines: members.map((m) => ({ line: m.line, calculatedDate: m.date })),
  };
}

/** "A-9" before "A-10": numbers in agreement numbers and keys compare by value. */
const naturalOrder = new Intl.Collator('en', { numeric: true });

function compareOrders(a: PlannedOrder, b: PlannedOrder): number {
  if (a.serviceDate !== b.serviceDate) return a.serviceDate < b.serviceDate ? -1 : 1;
  return (
    naturalOrder.compare(a.agreement.number, b.agreement.number) ||
    a.agreement.id - b.agreement.id ||
    naturalOrder.compare(a.combineKey, b.combineKey) ||
    compareFirstLines(a, b)
  );
}

/** Two visits of one key can land on one day (e.g. both pushed back to the last open day): earlier series date first. */
function compareFirstLines(a: PlannedOrder, b: PlannedOrder): number {
  const fa = earliestDate(a);
  const fb = earliestDate(b);
  if (fa !== fb) return fa < fb ? -1 : 1;
  return (a.lines[0]?.line.lineNo ?? 0) - (b.lines[0]?.line.lineNo ?? 0);
}

function earliestDate(o: PlannedOrder): string {
  return o.lines.reduce((min, l) => (l.calculatedDate < min ? l.calculatedDate : min), o.lines[0]?.calculatedDate ?? '');
}
