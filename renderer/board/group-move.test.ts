import { describe, expect, it } from 'vitest';
import type { BoardVisit } from '../../electron/contract/dispatch';
import { checkedMoves, parseGroupDelta, planGroupMove } from './group-move';

const RIGA = 'Europe/Riga';

const visit = (orderId: number, workerId: number, start: string, end: string): BoardVisit => ({
  orderId,
  number: `S-${orderId}`,
  version: 3,
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

describe('moving the selected visits by a typed delta', () => {
  it('reads whole days and minutes in steps of five, either way, an empty field as zero', () => {
    expect(parseGroupDelta('1', '60')).toEqual({ ok: true, delta: { days: 1, milliseconds: 3_600_000 } });
    expect(parseGroupDelta(' -2 ', '-15')).toEqual({ ok: true, delta: { days: -2, milliseconds: -15 * 60_000 } });
    expect(parseGroupDelta('', '90')).toEqual({ ok: true, delta: { days: 0, milliseconds: 90 * 60_000 } });
    expect(parseGroupDelta('+1', '')).toEqual({ ok: true, delta: { days: 1, milliseconds: 0 } });
  });

  it('names the wrong field, and refuses a move by nothing', () => {
    expect(parseGroupDelta('1.5', '7')).toEqual({ ok: false, problems: ['days', 'minutes'] });
    expect(parseGroupDelta('x', '0')).toEqual({ ok: false, problems: ['days'] });
    expect(parseGroupDelta('0', '1e2')).toEqual({ ok: false, problems: ['minutes'] });
    expect(parseGroupDelta('367', '0')).toEqual({ ok: false, problems: ['days'] });
    expect(parseGroupDelta('0', String(7 * 24 * 60 + 5))).toEqual({ ok: false, problems: ['minutes'] });
    expect(parseGroupDelta('0', '0')).toEqual({ ok: false, problems: ['nothing'] });
    expect(parseGroupDelta('', '')).toEqual({ ok: false, problems: ['nothing'] });
  });

  it('moves every visit on its own technician’s row, keeping where it was for undo', () => {
    // Monday 4 January 2027 (UTC+2): 10:00–11:00 and 12:00–13:00 local, one hour later.
    const a = visit(1, 7, '2027-01-04T08:00:00.000Z', '2027-01-04T09:00:00.000Z');
    const b = visit(2, 8, '2027-01-04T10:00:00.000Z', '2027-01-04T11:00:00.000Z');
    const moves = planGroupMove([a, b], { days: 0, milliseconds: 3_600_000 }, RIGA);
    expect(moves.map((m) => m.after)).toEqual([
      { workerId: 7, start: '2027-01-04T09:00:00.000Z', end: '2027-01-04T10:00:00.000Z' },
      { workerId: 8, start: '2027-01-04T11:00:00.000Z', end: '2027-01-04T12:00:00.000Z' },
    ]);
    expect(moves[0]?.before).toEqual({ workerId: 7, start: a.start, end: a.end });
    expect(moves[1]?.order).toBe(b);
    expect(checkedMoves(moves)[1]).toEqual({ order: b, workerId: 8, start: '2027-01-04T11:00:00.000Z', end: '2027-01-04T12:00:00.000Z' });
  });

  it('keeps the local time across the spring DST change and goes back over midnight', () => {
    // Saturday 27 March 2027 10:00 (UTC+2) + 1 day = Sunday 10:00 (UTC+3).
    const saturday = visit(1, 7, '2027-03-27T08:00:00.000Z', '2027-03-27T09:00:00.000Z');
    const [moved] = planGroupMove([saturday], { days: 1, milliseconds: 0 }, RIGA);
    expect(moved?.after).toEqual({ workerId: 7, start: '2027-03-28T07:00:00.000Z', end: '2027-03-28T08:00:00.000Z' });
    // Tuesday 5 January 00:30–01:30 local, 45 minutes earlier: Monday 23:45 – Tuesday 00:45.
    const early = visit(2, 7, '2027-01-04T22:30:00.000Z', '2027-01-04T23:30:00.000Z');
    const [back] = planGroupMove([early], { days: 0, milliseconds: -45 * 60_000 }, RIGA);
    expect(back?.after).toEqual({ workerId: 7, start: '2027-01-04T21:45:00.000Z', end: '2027-01-04T22:45:00.000Z' });
  });
});
