/**
 * Chooses the drops the benchmark makes: a visit of one technician moved, on the same day, to a
 * free whole hour of the technician in the next row on screen, so the drop is allowed without a
 * warning (inside working hours, no overlap) and lands on a snap point whatever the board's slot
 * length. Every drop uses its own pair of rows, so earlier drops never fill a later target.
 */
import { addDays } from '../../db/seed/time';
import { WORKDAY_CLOSE_MINUTE, WORKDAY_OPEN_MINUTE, type BenchDataset, type BenchVisit } from './dataset';

export interface PlannedDrop {
  visit: BenchVisit;
  visitIndex: number;
  sourceTechnician: number;
  targetTechnician: number;
  /** Local date of the visit's day and the new start, minutes after local midnight. */
  date: string;
  fromMinute: number;
  toMinute: number;
}

const HOUR = 60;

function freeStart(busy: readonly BenchVisit[], length: number, near: number): number | null {
  let best: number | null = null;
  for (let start = WORKDAY_OPEN_MINUTE; start + length <= WORKDAY_CLOSE_MINUTE; start += HOUR) {
    const clash = busy.some((v) => start < v.endMinute && v.startMinute < start + length);
    if (!clash && (best === null || Math.abs(start - near) < Math.abs(best - near))) best = start;
  }
  return best;
}

/** `rowOrder`: technician indexes in the order the page shows their rows. */
export function planDrops(data: BenchDataset, rowOrder: readonly number[], count: number): PlannedDrop[] {
  const byTechnician = new Map<number, { visit: BenchVisit; index: number }[]>();
  data.visits.forEach((visit, index) => {
    const list = byTechnician.get(visit.technicianIndex) ?? [];
    list.push({ visit, index });
    byTechnician.set(visit.technicianIndex, list);
  });
  const drops: PlannedDrop[] = [];
  for (let row = 0; drops.length < count && row + 1 < rowOrder.length; row += 2) {
    const source = rowOrder[row] as number;
    const target = rowOrder[row + 1] as number;
    const targetVisits = (byTechnician.get(target) ?? []).map((v) => v.visit);
    for (const { visit, index } of byTechnician.get(source) ?? []) {
      const busy = targetVisits.filter((v) => v.weekday === visit.weekday);
      const toMinute = freeStart(busy, visit.endMinute - visit.startMinute, visit.startMinute);
      if (toMinute === null) continue;
      drops.push({
        visit,
        visitIndex: index,
        sourceTechnician: source,
        targetTechnician: target,
        date: addDays(data.monday, visit.weekday),
        fromMinute: visit.startMinute,
        toMinute,
      });
      break;
    }
  }
  return drops;
}
