import type { Database } from 'better-sqlite3';
import { ordersMissingDeadline, setSlaDeadline } from '../../../db/queries/dispatch-deadlines';
import { startClock } from '../../domain/sla/clock';
import { canonicalInstant, clockOrder, loadClock, runningDeadline, slaFacts, type SlaFacts } from './sla-store';

type Priority = 'high' | 'normal' | 'low';

/** SLA facts per (SLA, priority): a batch touches few SLAs but many orders. */
function cachedFacts(db: Database): (slaId: number, priority: Priority) => SlaFacts {
  const cache = new Map<string, SlaFacts>();
  return (slaId, priority) => {
    const key = `${slaId}:${priority}`;
    let facts = cache.get(key);
    if (facts === undefined) cache.set(key, (facts = slaFacts(db, slaId, priority)));
    return facts;
  };
}

/**
 * Fills in the stored deadline of running clocks that have none: orders stored before the column
 * existed, or written by a path that does not compute it (the seed). The board calls it before
 * reading, so every visit and queue entry shows its deadline. Returns how many orders it filled.
 */
export function refreshMissingDeadlines(db: Database): number {
  return db.transaction(() => {
    const facts = cachedFacts(db);
    let filled = 0;
    for (const row of ordersMissingDeadline(db)) {
      // Most are clocks only implied since creation: no need to load them one by one.
      const order = row.segments === 0 ? null : clockOrder(db, row.id);
      const segments = order ? loadClock(db, order).segments : startClock(canonicalInstant(row.clockStart));
      const deadline = runningDeadline(segments, facts(row.slaId, row.priority));
      if (deadline === null) continue;
      setSlaDeadline(db, row.id, deadline);
      filled++;
    }
    return filled;
  })();
}

/**
 * For writers that create many orders at once (generation): the deadline of a clock that starts at
 * `startAt`, memoised per SLA, priority and start, since a run gives thousands of orders the same three.
 */
export function newClockDeadlines(db: Database): (slaId: number | null, priority: Priority, startAt: string) => string | null {
  const facts = cachedFacts(db);
  const memo = new Map<string, string | null>();
  return (slaId, priority, startAt) => {
    if (slaId === null) return null;
    const key = `${slaId}:${priority}:${startAt}`;
    let deadline = memo.get(key);
    if (deadline === undefined) memo.set(key, (deadline = runningDeadline(startClock(startAt), facts(slaId, priority))));
    return deadline;
  };
}
