import type { BoardVisit } from '../../electron/contract/dispatch';

/**
 * After a save the board reloads only the rows the change touched and applies the difference to the
 * calendar's bars, instead of refetching every bar: a full refetch gives every bar a new identity,
 * so FullCalendar re-creates and re-measures all of them.
 */

/** A bar as the calendar holds it now. */
export interface ShownBar {
  orderId: number;
  workerId: number;
  start: string;
  end: string;
  version: number;
  priority: BoardVisit['priority'];
  late: boolean;
}

export interface VisitDiff {
  add: BoardVisit[];
  update: BoardVisit[];
  remove: number[];
}

const same = (bar: ShownBar, v: BoardVisit, late: boolean): boolean =>
  bar.workerId === v.workerId &&
  Date.parse(bar.start) === Date.parse(v.start) &&
  Date.parse(bar.end) === Date.parse(v.end) &&
  bar.version === v.version &&
  bar.priority === v.priority &&
  bar.late === late;

/**
 * `shown`: the bars now on the reloaded rows (and, by id, any bar of a fresh visit wherever it is);
 * `fresh`: the reloaded visits of those rows.
 */
export function diffVisits(shown: readonly ShownBar[], fresh: readonly BoardVisit[], endsLate: (v: BoardVisit) => boolean): VisitDiff {
  const byOrder = new Map(shown.map((b) => [b.orderId, b]));
  const freshIds = new Set(fresh.map((v) => v.orderId));
  const diff: VisitDiff = { add: [], update: [], remove: [] };
  for (const v of fresh) {
    const bar = byOrder.get(v.orderId);
    if (!bar) diff.add.push(v);
    else if (!same(bar, v, endsLate(v))) diff.update.push(v);
  }
  for (const bar of shown) if (!freshIds.has(bar.orderId)) diff.remove.push(bar.orderId);
  return diff;
}
