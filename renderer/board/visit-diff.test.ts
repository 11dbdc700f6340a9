import { describe, expect, it } from 'vitest';
import type { BoardVisit } from '../../electron/contract/dispatch';
import { endsLate } from './events';
import { diffVisits, type ShownBar } from './visit-diff';

const visit = (orderId: number, workerId: number, start: string, end: string, version = 1): BoardVisit => ({
  orderId,
  number: `S-${orderId}`,
  version,
  description: 'd',
  customer: 'c',
  city: null,
  address: null,
  task: null,
  priority: 'normal',
  stage: null,
  stageAllowsChanges: true,
  plannedHoursX100: 100,
  slaDeadline: null,
  requiredSkills: [],
  workerId,
  start,
  end,
});

const bar = (v: BoardVisit): ShownBar => ({ orderId: v.orderId, workerId: v.workerId, start: v.start, end: v.end, version: v.version, priority: v.priority, late: false });

describe('visit diff after a save', () => {
  const a = visit(1, 7, '2027-01-04T08:00:00.000Z', '2027-01-04T09:00:00.000Z');
  const b = visit(2, 7, '2027-01-04T10:00:00.000Z', '2027-01-04T11:00:00.000Z');

  it('leaves bars that are as stored alone, even when the instants are written differently', () => {
    expect(diffVisits([bar(a), { ...bar(b), start: '2027-01-04T10:00:00Z' }], [a, b], endsLate)).toEqual({ add: [], update: [], remove: [] });
  });

  it('adds new visits, updates moved or re-versioned ones, removes unscheduled ones', () => {
    const moved = visit(2, 8, '2027-01-04T12:00:00.000Z', '2027-01-04T13:00:00.000Z', 2);
    const added = visit(3, 8, '2027-01-04T14:00:00.000Z', '2027-01-04T15:00:00.000Z');
    expect(diffVisits([bar(a), bar(b)], [moved, added], endsLate)).toEqual({ add: [added], update: [moved], remove: [1] });
    expect(diffVisits([bar(a)], [visit(1, 7, a.start, a.end, 5)], endsLate).update).toHaveLength(1);
  });

  it('updates a bar whose SLA state changed', () => {
    const late = { ...a, slaDeadline: '2027-01-04T08:30:00.000Z' };
    expect(diffVisits([bar(a)], [late], endsLate).update).toEqual([late]);
  });
});
