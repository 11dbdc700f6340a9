import { describe, expect, it } from 'vitest';
import type { PlannedMove } from './board-handlers';
import { DropTracker, changesSomething } from './drop-tracker';

const move = (before: PlannedMove['before'], after: PlannedMove['after']): PlannedMove => ({
  order: { orderId: 1, number: 'S-1', version: 1, requiredSkills: [], slaDeadline: null, stageAllowsChanges: true },
  before,
  after,
});

const nine = { workerId: 1, start: '2027-01-04T07:00:00.000Z', end: '2027-01-04T08:00:00.000Z' };

describe('drop tracker', () => {
  it('remembers the last place eventAllow accepted for the dragged bar only', () => {
    const tracker = new DropTracker();
    const moves = [move(nine, { ...nine, workerId: 2 })];
    tracker.allowed('visit:1', moves);
    expect(tracker.lastAllowed('visit:1')).toBe(moves);
    expect(tracker.lastAllowed('visit:2')).toBeNull();
    tracker.allowed('visit:1', null);
    expect(tracker.lastAllowed('visit:1')).toBeNull();
    tracker.reset();
    expect(tracker.lastAllowed('visit:1')).toBeNull();
  });

  it('hands an early save the revert eventDrop gives later', () => {
    const tracker = new DropTracker();
    tracker.savedEarly('visit:1');
    expect(tracker.takeEarly('visit:1')).toBe(true);
    expect(tracker.takeEarly('visit:1')).toBe(false);
    let reverted = 0;
    tracker.keepRevert('visit:1', () => reverted++);
    tracker.revert('visit:1');
    tracker.revert('visit:1');
    expect(reverted).toBe(1);
  });

  it('does not save a drop back onto the same place', () => {
    expect(changesSomething([move(nine, { ...nine, start: '2027-01-04T07:00:00Z', end: '2027-01-04T08:00:00Z' })])).toBe(false);
    expect(changesSomething([move(nine, { ...nine, workerId: 2 })])).toBe(true);
    expect(changesSomething([move({ workerId: 1, start: null, end: null }, nine)])).toBe(true);
  });
});

describe('drop tracker release', () => {
  it('acts on a drag’s release once, whoever reports it first', () => {
    const tracker = new DropTracker();
    expect(tracker.release('visit:1')).toBe(true);
    expect(tracker.release('visit:1')).toBe(false);
    tracker.reset();
    expect(tracker.release('visit:1')).toBe(true);
  });
});
