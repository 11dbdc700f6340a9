import { describe, expect, it } from 'vitest';
import { zonedToInstant } from '../sla/working-time';
import { checkVisit, DEFAULT_POLICY, prepareTechnician, summarize } from './conflicts';
import type { ConflictPolicy, ConflictRule, OrderFacts, ProposedVisit, TechnicianFacts } from './types';

const RIGA = 'Europe/Riga';
const riga = (date: string, time: string): string => zonedToInstant(date, time, RIGA);
const nineToFive = { open: '08:00', close: '17:00' };

// 2026-06-10 is a Wednesday; Riga is UTC+3 in summer.
const WED = '2026-06-10';

const tech = (over: Partial<TechnicianFacts> = {}): TechnicianFacts => ({
  workerId: 7,
  timeZone: RIGA,
  hours: new Map([1, 2, 3, 4, 5].map((d) => [d, nineToFive])),
  absences: [],
  skills: new Map(),
  visits: [],
  ...over,
});
const order = (over: Partial<OrderFacts> = {}): OrderFacts => ({ orderId: 100, requiredSkills: [], slaDeadline: null, stageAllowsChanges: true, ...over });
const visit = (date: string, from: string, toDate: string, to: string): ProposedVisit => ({
  orderId: 100,
  workerId: 7,
  start: riga(date, from),
  end: riga(toDate, to),
});
const onWed = (from: string, to: string): ProposedVisit => visit(WED, from, WED, to);
const rules = (v: ProposedVisit, t: TechnicianFacts, o: OrderFacts = order()): ConflictRule[] =>
  checkVisit(v, t, o).conflicts.map((c) => c.rule);

describe('overlap', () => {
  const other = { orderId: 200, start: riga(WED, '10:00'), end: riga(WED, '12:00') };

  it('flags another visit of the technician that overlaps, with its order and times', () => {
    const result = checkVisit(onWed('11:00', '13:00'), tech({ visits: [other] }), order());
    expect(result).toEqual({
      blocked: true,
      conflicts: [{ rule: 'overlap', severity: 'block', params: { orderId: 200, start: other.start, end: other.end } }],
    });
  });

  it('flags a visit containing or contained in the other', () => {
    expect(rules(onWed('09:00', '13:00'), tech({ visits: [other] }))).toEqual(['overlap']);
    expect(rules(onWed('10:30', '11:00'), tech({ visits: [other] }))).toEqual(['overlap']);
  });

  it('does not flag visits that only touch at their ends', () => {
    expect(rules(onWed('08:00', '10:00'), tech({ visits: [other] }))).toEqual([]);
    expect(rules(onWed('12:00', '14:00'), tech({ visits: [other] }))).toEqual([]);
  });

  it('does not flag a visit of the same order (the moved visit itself)', () => {
    expect(rules(onWed('11:00', '13:00'), tech({ visits: [{ ...other, orderId: 100 }] }))).toEqual([]);
  });

  it('lists every overlapping visit in time order, found past a long earlier visit', () => {
    const long = { orderId: 201, start: riga(WED, '08:00'), end: riga(WED, '16:00') };
    const early = { orderId: 202, start: riga(WED, '08:00'), end: riga(WED, '09:00') };
    const late = { orderId: 203, start: riga(WED, '15:00'), end: riga(WED, '16:00') };
    const result = checkVisit(onWed('14:00', '15:30'), tech({ visits: [late, early, long, other] }), order());
    expect(result.conflicts.map((c) => c.params.orderId)).toEqual([201, 203]);
  });
});

describe('outside_hours', () => {
  it('accepts a visit inside the day’s hours, boundaries included', () => {
    expect(rules(onWed('08:00', '17:00'), tech())).toEqual([]);
  });

  it('flags a visit starting before opening or ending after closing', () => {
    const early = checkVisit(onWed('07:30', '09:00'), tech(), order());
    expect(early.conflicts).toEqual([
      { rule: 'outside_hours', severity: 'warn', params: { date: WED, reason: 'outside', open: '08:00', close: '17:00' } },
    ]);
    expect(early.blocked).toBe(false);
    expect(rules(onWed('16:00', '17:01'), tech())).toEqual(['outside_hours']);
  });

  it('flags a visit on a day off', () => {
    // 2026-06-13 is a Saturday.
    const result = checkVisit(visit('2026-06-13', '10:00', '2026-06-13', '11:00'), tech(), order());
    expect(result.conflicts).toEqual([{ rule: 'outside_hours', severity: 'warn', params: { date: '2026-06-13', reason: 'day_off' } }]);
  });

  it('checks each local day of a visit across midnight', () => {
    const allDay = { open: '00:00', close: '24:00' };
    const nightShift = tech({ hours: new Map([[3, { open: '20:00', close: '24:00' }], [4, { open: '00:00', close: '06:00' }]]) });
    expect(rules(visit(WED, '22:00', '2026-06-11', '02:00'), nightShift)).toEqual([]);
    // Thursday's part runs past 06:00.
    const late = checkVisit(visit(WED, '22:00', '2026-06-11', '07:00'), nightShift, order());
    expect(late.conflicts.map((c) => c.params.date)).toEqual(['2026-06-11']);
    // Friday is a day off for a technician working only Wed–Thu.
    const intoFriday = checkVisit(visit('2026-06-11', '23:00', '2026-06-12', '01:00'), tech({ hours: new Map([[4, allDay]]) }), order());
    expect(intoFriday.conflicts.map((c) => c.params)).toEqual([{ date: '2026-06-12', reason: 'day_off' }]);
  });

  it('does not count a visit ending exactly at local midnight as touching the next day', () => {
    const evenings = tech({ hours: new Map([[3, { open: '18:00', close: '24:00' }]]) });
    expect(rules(visit(WED, '22:00', '2026-06-11', '00:00'), evenings)).toEqual([]);
  });

  it('reads hours in local time on the spring DST change day in Riga', () => {
    // 29 March 2026 is a Sunday with 23 hours: 08:00 local is 05:00 UTC (EEST), not 06:00.
    const everyDay = tech({ hours: new Map([1, 2, 3, 4, 5, 6, 7].map((d) => [d, nineToFive])) });
    const v = visit('2026-03-29', '08:00', '2026-03-29', '10:00');
    expect(v.start).toBe('2026-03-29T05:00:00.000Z');
    expect(rules(v, everyDay)).toEqual([]);
    expect(rules(visit('2026-03-29', '15:00', '2026-03-29', '17:00'), everyDay)).toEqual([]);
    expect(rules(visit('2026-03-29', '07:00', '2026-03-29', '09:00'), everyDay)).toEqual(['outside_hours']);
    expect(rules(visit('2026-03-29', '16:00', '2026-03-29', '18:00'), everyDay)).toEqual(['outside_hours']);
  });

  it('reads hours in local time on the autumn DST change day in Riga', () => {
    // 25 October 2026 has 25 hours; 17:00 local is 15:00 UTC (EET).
    const everyDay = tech({ hours: new Map([1, 2, 3, 4, 5, 6, 7].map((d) => [d, nineToFive])) });
    expect(rules({ orderId: 100, workerId: 7, start: '2026-10-25T13:00:00Z', end: '2026-10-25T15:00:00Z' }, everyDay)).toEqual([]);
    expect(rules({ orderId: 100, workerId: 7, start: '2026-10-25T13:00:00Z', end: '2026-10-25T15:30:00Z' }, everyDay)).toEqual(['outside_hours']);
  });
});

describe('absence', () => {
  const vacation = { from: '2026-06-08', to: '2026-06-10', kind: 'vacation' };

  it('flags a visit on an absence day, both boundary days inclusive', () => {
    for (const date of ['2026-06-08', '2026-06-10']) {
      const result = checkVisit(visit(date, '09:00', date, '10:00'), tech({ absences: [vacation] }), order());
      expect(result).toEqual({ blocked: true, conflicts: [{ rule: 'absence', severity: 'block', params: { from: '2026-06-08', to: '2026-06-10', kind: 'vacation' } }] });
    }
  });

  it('does not flag the days just outside the period', () => {
    expect(rules(visit('2026-06-05', '09:00', '2026-06-05', '10:00'), tech({ absences: [vacation] }))).toEqual([]);
    expect(rules(visit('2026-06-11', '09:00', '2026-06-11', '10:00'), tech({ absences: [vacation] }))).toEqual([]);
  });

  it('uses the technician’s local date, not the UTC date', () => {
    // 00:30 local on 11 June is still 10 June in UTC; the absence ended on the 10th.
    const nights = tech({ hours: new Map([[4, { open: '00:00', close: '24:00' }]]), absences: [vacation] });
    const v = visit('2026-06-11', '00:30', '2026-06-11', '01:30');
    expect(v.start.slice(0, 10)).toBe('2026-06-10');
    expect(rules(v, nights)).toEqual([]);
  });

  it('flags a visit across midnight into an absence', () => {
    const sick = { from: '2026-06-11', to: '2026-06-11', kind: 'sick' };
    const allDay = { open: '00:00', close: '24:00' };
    const t = tech({ hours: new Map([[3, allDay], [4, allDay]]), absences: [sick] });
    expect(rules(visit(WED, '23:00', '2026-06-11', '01:00'), t)).toEqual(['absence']);
  });
});

describe('missing_skill', () => {
  const welding = { skillId: 5, minLevel: null };

  it('accepts a held skill without level or expiry', () => {
    expect(rules(onWed('09:00', '10:00'), tech({ skills: new Map([[5, { level: null, validTo: null }]]) }), order({ requiredSkills: [welding] }))).toEqual([]);
  });

  it('flags a skill the technician lacks', () => {
    const result = checkVisit(onWed('09:00', '10:00'), tech(), order({ requiredSkills: [welding] }));
    expect(result).toEqual({ blocked: false, conflicts: [{ rule: 'missing_skill', severity: 'warn', params: { skillId: 5, reason: 'missing' } }] });
  });

  it('flags a level below minLevel, accepts equal or higher', () => {
    const required = order({ requiredSkills: [{ skillId: 5, minLevel: 3 }] });
    const at = (level: number | null) => checkVisit(onWed('09:00', '10:00'), tech({ skills: new Map([[5, { level, validTo: null }]]) }), required).conflicts;
    expect(at(2)).toEqual([{ rule: 'missing_skill', severity: 'warn', params: { skillId: 5, reason: 'level', minLevel: 3, level: 2 } }]);
    expect(at(null)).toEqual([{ rule: 'missing_skill', severity: 'warn', params: { skillId: 5, reason: 'level', minLevel: 3 } }]);
    expect(at(3)).toEqual([]);
    expect(at(4)).toEqual([]);
  });

  it('flags an expired certificate; valid through its last day', () => {
    const required = order({ requiredSkills: [welding] });
    const validTo = (date: string) => tech({ skills: new Map([[5, { level: null, validTo: date }]]) });
    expect(checkVisit(onWed('09:00', '10:00'), validTo('2026-06-09'), required).conflicts).toEqual([
      { rule: 'missing_skill', severity: 'warn', params: { skillId: 5, reason: 'expired', validTo: '2026-06-09' } },
    ]);
    expect(rules(onWed('09:00', '10:00'), validTo(WED), required)).toEqual([]);
  });

  it('reports each failing skill', () => {
    const required = order({ requiredSkills: [welding, { skillId: 6, minLevel: null }, { skillId: 8, minLevel: null }] });
    const result = checkVisit(onWed('09:00', '10:00'), tech({ skills: new Map([[6, { level: 1, validTo: null }]]) }), required);
    expect(result.conflicts.map((c) => c.params.skillId)).toEqual([5, 8]);
  });
});

describe('after_sla_deadline', () => {
  it('flags a visit ending after the deadline, not one ending exactly at it', () => {
    const deadline = riga(WED, '12:00');
    const result = checkVisit(onWed('11:00', '12:30'), tech(), order({ slaDeadline: deadline }));
    expect(result.conflicts).toEqual([{ rule: 'after_sla_deadline', severity: 'warn', params: { deadline, end: riga(WED, '12:30') } }]);
    expect(rules(onWed('11:00', '12:00'), tech(), order({ slaDeadline: deadline }))).toEqual([]);
    expect(rules(onWed('11:00', '12:30'), tech(), order({ slaDeadline: null }))).toEqual([]);
  });
});

describe('stage_locked', () => {
  it('flags an order whose stage does not allow changes', () => {
    expect(checkVisit(onWed('09:00', '10:00'), tech(), order({ stageAllowsChanges: false }))).toEqual({
      blocked: true,
      conflicts: [{ rule: 'stage_locked', severity: 'block', params: { orderId: 100 } }],
    });
    expect(rules(onWed('09:00', '10:00'), tech(), order({ stageAllowsChanges: true }))).toEqual([]);
  });
});

describe('policy and results', () => {
  const allWarn: ConflictPolicy = { overlap: 'warn', outside_hours: 'warn', absence: 'warn', missing_skill: 'warn', after_sla_deadline: 'warn', stage_locked: 'warn' };
  const allBlock: ConflictPolicy = { overlap: 'block', outside_hours: 'block', absence: 'block', missing_skill: 'block', after_sla_deadline: 'block', stage_locked: 'block' };

  it('has the documented defaults', () => {
    expect(DEFAULT_POLICY).toEqual({ overlap: 'block', stage_locked: 'block', absence: 'block', missing_skill: 'warn', outside_hours: 'warn', after_sla_deadline: 'warn' });
  });

  it('takes each rule’s severity from the policy', () => {
    const t = tech({ visits: [{ orderId: 200, start: riga(WED, '09:00'), end: riga(WED, '10:00') }] });
    const v = onWed('09:30', '10:30');
    expect(checkVisit(v, t, order(), allWarn)).toEqual({ blocked: false, conflicts: [expect.objectContaining({ rule: 'overlap', severity: 'warn' })] });
    expect(checkVisit(onWed('07:00', '09:00'), tech(), order(), allBlock)).toEqual({
      blocked: true,
      conflicts: [expect.objectContaining({ rule: 'outside_hours', severity: 'block' })],
    });
  });

  it('reports several conflicts at once in rule order and summarizes them', () => {
    const t = tech({
      visits: [{ orderId: 200, start: riga(WED, '16:00'), end: riga(WED, '17:00') }],
      absences: [{ from: WED, to: WED, kind: 'training' }],
    });
    const o = order({ requiredSkills: [{ skillId: 5, minLevel: 2 }], slaDeadline: riga(WED, '12:00'), stageAllowsChanges: false });
    const result = checkVisit(onWed('16:30', '18:00'), t, o);
    expect(result.blocked).toBe(true);
    expect(result.conflicts.map((c) => [c.rule, c.severity])).toEqual([
      ['overlap', 'block'],
      ['outside_hours', 'warn'],
      ['absence', 'block'],
      ['missing_skill', 'warn'],
      ['after_sla_deadline', 'warn'],
      ['stage_locked', 'block'],
    ]);
    expect(summarize(result)).toEqual({
      severity: 'block',
      blockCount: 3,
      warnCount: 3,
      rules: ['overlap', 'outside_hours', 'absence', 'missing_skill', 'after_sla_deadline', 'stage_locked'],
    });
  });

  it('summarizes warnings only and no conflicts', () => {
    const warnOnly = checkVisit(onWed('07:00', '09:00'), tech(), order());
    expect(summarize(warnOnly)).toEqual({ severity: 'warn', blockCount: 0, warnCount: 1, rules: ['outside_hours'] });
    expect(summarize(checkVisit(onWed('09:00', '10:00'), tech(), order()))).toEqual({ severity: null, blockCount: 0, warnCount: 0, rules: [] });
  });
});

describe('preparation and input errors', () => {
  it('reuses the prepared data of the same facts object and accepts it directly', () => {
    const t = tech({ visits: [{ orderId: 200, start: riga(WED, '10:00'), end: riga(WED, '12:00') }] });
    const p = prepareTechnician(t);
    expect(prepareTechnician(t)).toBe(p);
    expect(checkVisit(onWed('11:00', '13:00'), p, order())).toEqual(checkVisit(onWed('11:00', '13:00'), t, order()));
    expect(p.days.has(WED)).toBe(true);
  });

  it('throws on a visit that does not end after it starts, and on mismatched facts', () => {
    expect(() => checkVisit(onWed('10:00', '10:00'), tech(), order())).toThrow(/does not end after/);
    expect(() => checkVisit(onWed('09:00', '10:00'), tech({ workerId: 8 }), order())).toThrow(/worker/);
    expect(() => checkVisit(onWed('09:00', '10:00'), tech(), order({ orderId: 101 }))).toThrow(/order/);
    expect(() => checkVisit({ ...onWed('09:00', '10:00'), start: '2026-06-10 09:00' }, tech(), order())).toThrow(/ISO/);
  });
});
