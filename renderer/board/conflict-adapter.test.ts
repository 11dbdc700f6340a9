import { describe, expect, it } from 'vitest';
import type { BoardTechnician } from '../../electron/contract/dispatch';
import { DEFAULT_POLICY } from '../../electron/domain/dispatch/conflicts';
import { ConflictChecker, orderFacts, technicianFacts, type Move } from './conflict-adapter';

// Monday 4 January 2027; Riga is UTC+2 in winter, so 08:00 local is 06:00Z.
const tech = (id: number, extra: Partial<BoardTechnician> = {}): BoardTechnician => ({
  id,
  code: `T${id}`,
  name: `Tech ${id}`,
  team: null,
  hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, open: '08:00', close: '17:00' })),
  absences: [],
  skills: [],
  ...extra,
});

const order = (orderId: number, extra: Partial<Move['order']> = {}): Move['order'] => ({
  orderId,
  number: `S-${orderId}`,
  requiredSkills: [],
  slaDeadline: null,
  stageAllowsChanges: true,
  ...extra,
});

const visit = (orderId: number, workerId: number, start: string, end: string) => ({ orderId, workerId, start, end });

describe('board conflict adapter', () => {
  it('builds the pure rules facts from contract rows', () => {
    const facts = technicianFacts(
      tech(1, { skills: [{ skillId: 5, level: 2, validTo: '2027-12-31' }], absences: [{ from: '2027-01-06', to: '2027-01-07', kind: 'sick' }] }),
      'Europe/Riga',
      [{ orderId: 3, start: '2027-01-04T07:00:00Z', end: '2027-01-04T08:00:00Z' }],
    );
    expect(facts.hours.get(1)).toEqual({ open: '08:00', close: '17:00' });
    expect(facts.hours.has(6)).toBe(false);
    expect(facts.skills.get(5)).toEqual({ level: 2, validTo: '2027-12-31' });
    expect(facts.absences).toHaveLength(1);
    expect(orderFacts(order(9, { slaDeadline: '2027-01-04T10:00:00Z' }))).toEqual({
      orderId: 9,
      requiredSkills: [],
      slaDeadline: '2027-01-04T10:00:00Z',
      stageAllowsChanges: true,
    });
  });

  it('blocks an overlap with another visit of the same technician', () => {
    const checker = new ConflictChecker([tech(1)], [visit(3, 1, '2027-01-04T07:00:00Z', '2027-01-04T09:00:00Z')], 'Europe/Riga', DEFAULT_POLICY);
    const outcome = checker.check([{ order: order(9), workerId: 1, start: '2027-01-04T08:00:00Z', end: '2027-01-04T10:00:00Z' }]);
    expect(outcome.blocked).toBe(true);
    expect(outcome.conflicts.map((c) => c.rule)).toEqual(['overlap']);
    expect(outcome.conflicts[0]?.params.orderId).toBe(3);
  });

  it('ignores the moved visit itself', () => {
    const checker = new ConflictChecker([tech(1)], [visit(3, 1, '2027-01-04T07:00:00Z', '2027-01-04T09:00:00Z')], 'Europe/Riga', DEFAULT_POLICY);
    expect(checker.check([{ order: order(3), workerId: 1, start: '2027-01-04T08:00:00Z', end: '2027-01-04T10:00:00Z' }])).toEqual({ blocked: false, conflicts: [] });
  });

  it('warns outside working hours in the company zone', () => {
    const checker = new ConflictChecker([tech(1)], [], 'Europe/Riga', DEFAULT_POLICY);
    // 17:00–18:00 local.
    const outcome = checker.check([{ order: order(9), workerId: 1, start: '2027-01-04T15:00:00Z', end: '2027-01-04T16:00:00Z' }]);
    expect(outcome.blocked).toBe(false);
    expect(outcome.conflicts).toEqual([
      { rule: 'outside_hours', severity: 'warn', number: 'S-9', params: { date: '2027-01-04', reason: 'outside', open: '08:00', close: '17:00' } },
    ]);
  });

  it('moves adjacent visits together without colliding with their old places', () => {
    const checker = new ConflictChecker(
      [tech(1)],
      [visit(3, 1, '2027-01-04T07:00:00Z', '2027-01-04T08:00:00Z'), visit(4, 1, '2027-01-04T08:00:00Z', '2027-01-04T09:00:00Z')],
      'Europe/Riga',
      DEFAULT_POLICY,
    );
    const later: Move[] = [
      { order: order(3), workerId: 1, start: '2027-01-04T08:00:00Z', end: '2027-01-04T09:00:00Z' },
      { order: order(4), workerId: 1, start: '2027-01-04T09:00:00Z', end: '2027-01-04T10:00:00Z' },
    ];
    expect(checker.check(later).conflicts).toEqual([]);
    // Two moved visits landing on each other do collide.
    const stacked: Move[] = [
      { order: order(3), workerId: 1, start: '2027-01-04T08:00:00Z', end: '2027-01-04T09:00:00Z' },
      { order: order(4), workerId: 1, start: '2027-01-04T08:30:00Z', end: '2027-01-04T09:30:00Z' },
    ];
    const outcome = checker.check(stacked);
    expect(outcome.blocked).toBe(true);
    expect(outcome.conflicts.map((c) => c.number)).toEqual(['S-3', 'S-4']);
  });

  it('follows the configured policy and checks skills, absences, SLA and stage', () => {
    const policy = { ...DEFAULT_POLICY, overlap: 'warn' as const, missing_skill: 'block' as const };
    const checker = new ConflictChecker(
      [tech(1, { absences: [{ from: '2027-01-04', to: '2027-01-04', kind: 'training' }] })],
      [visit(3, 1, '2027-01-04T07:00:00Z', '2027-01-04T09:00:00Z')],
      'Europe/Riga',
      policy,
    );
    const outcome = checker.check([
      {
        order: order(9, { requiredSkills: [{ skillId: 5, minLevel: null }], slaDeadline: '2027-01-04T08:00:00Z', stageAllowsChanges: false }),
        workerId: 1,
        start: '2027-01-04T08:00:00Z',
        end: '2027-01-04T09:00:00Z',
      },
    ]);
    expect(outcome.conflicts.map((c) => [c.rule, c.severity])).toEqual([
      ['overlap', 'warn'],
      ['absence', 'block'],
      ['missing_skill', 'block'],
      ['after_sla_deadline', 'warn'],
      ['stage_locked', 'block'],
    ]);
  });

  it('does not check a technician the board has not loaded', () => {
    const checker = new ConflictChecker([tech(1)], [], 'Europe/Riga', DEFAULT_POLICY);
    expect(checker.check([{ order: order(9), workerId: 99, start: '2027-01-04T08:00:00Z', end: '2027-01-04T09:00:00Z' }]).conflicts).toEqual([]);
  });
});
