import { describe, expect, it } from 'vitest';
import { boardFormat } from './board-format';
import { describeConflict, describeIssues, type ConflictContext } from './conflict-text';

// A stand-in translation that shows the key and the parameters it was given.
const t = (key: string, params: Record<string, string | number> = {}) =>
  `${key}(${Object.entries(params).map(([k, v]) => `${k}=${v}`).join(',')})`;

const ctx: ConflictContext = {
  t,
  format: boardFormat('lv', 'Europe/Riga'),
  orderNumber: (id) => (id === 3 ? 'S-00003' : null),
  skillName: (id) => (id === 5 ? 'GAZE' : null),
};

describe('conflict texts', () => {
  it('names the other visit and its time in the company zone', () => {
    expect(describeConflict(ctx, 'overlap', { orderId: 3, start: '2027-01-04T07:00:00Z', end: '2027-01-04T09:00:00Z' })).toBe(
      'board.conflict.overlap(other=S-00003,when=04.01.2027 09:00–11:00)',
    );
  });

  it('tells a day off from hours', () => {
    expect(describeConflict(ctx, 'outside_hours', { date: '2027-01-09', reason: 'day_off' })).toBe('board.conflict.dayOff(date=09.01.2027)');
    expect(describeConflict(ctx, 'outside_hours', { date: '2027-01-04', reason: 'outside', open: '08:00', close: '17:00' })).toBe(
      'board.conflict.outsideHours(date=04.01.2027,open=08:00,close=17:00)',
    );
  });

  it('names skills, absences, the SLA deadline and the stage', () => {
    expect(describeConflict(ctx, 'missing_skill', { skillId: 5, reason: 'missing' })).toBe('board.conflict.skillMissing(skill=GAZE)');
    expect(describeConflict(ctx, 'missing_skill', { skillId: 5, reason: 'level', minLevel: 3, level: 1 })).toBe('board.conflict.skillLevel(skill=GAZE,level=1,minLevel=3)');
    expect(describeConflict(ctx, 'absence', { from: '2027-01-04', to: '2027-01-05', kind: 'sick' })).toBe(
      'board.conflict.absence(kind=board.absenceKinds.sick(),from=04.01.2027,to=05.01.2027)',
    );
    expect(describeConflict(ctx, 'after_sla_deadline', { deadline: '2027-01-04T10:00:00Z', end: '2027-01-04T11:00:00Z' })).toBe(
      'board.conflict.afterSla(deadline=04.01.2027 12:00)',
    );
    expect(describeConflict(ctx, 'stage_locked', {})).toBe('board.conflict.stageLocked()');
  });

  it("reads a refusal's issues, naming the orders when several moved", () => {
    const described = describeIssues(ctx, [
      { field: 'changes', key: 'dispatch_outside_hours', params: { number: 'S-1', severity: 'warn', date: '2027-01-09', reason: 'day_off' } },
      { field: 'changes', key: 'dispatch_stage_locked', params: { number: 'S-2', severity: 'block' } },
      { field: 'changes', key: 'conflict' },
    ]);
    expect(described).toEqual([
      { severity: 'warn', text: 'S-1: board.conflict.dayOff(date=09.01.2027)' },
      { severity: 'block', text: 'S-2: board.conflict.stageLocked()' },
    ]);
  });
});
