import type { BoardTechnician, BoardVisit, QueueOrder } from '../../electron/contract/dispatch';
import { checkVisit, prepareTechnician } from '../../electron/domain/dispatch/conflicts';
import type { Conflict, ConflictPolicy, OrderFacts, SkillHolding, TechnicianFacts } from '../../electron/domain/dispatch/types';

/**
 * The board's side of the conflict rules: turns the contract's rows into the pure rules' facts and
 * checks a proposed placement while a bar is dragged. The main process checks again on save.
 */

export type OrderCardFacts = Pick<BoardVisit | QueueOrder, 'orderId' | 'requiredSkills' | 'slaDeadline' | 'stageAllowsChanges'>;

export interface Interval {
  orderId: number;
  start: string;
  end: string;
}

/** A placement being proposed for one order. */
export interface Move {
  order: OrderCardFacts & { number: string };
  workerId: number;
  start: string;
  end: string;
}

export interface MoveConflict extends Conflict {
  /** The order being placed, for messages about several moved visits. */
  number: string;
}

export interface CheckOutcome {
  blocked: boolean;
  conflicts: MoveConflict[];
}

export function technicianFacts(tech: BoardTechnician, timeZone: string, visits: readonly Interval[]): TechnicianFacts {
  const skills = new Map<number, SkillHolding>();
  for (const s of tech.skills) skills.set(s.skillId, { level: s.level, validTo: s.validTo });
  return {
    workerId: tech.id,
    timeZone,
    hours: new Map(tech.hours.map((h) => [h.weekday, { open: h.open, close: h.close }])),
    absences: tech.absences,
    skills,
    visits,
  };
}

export function orderFacts(order: OrderCardFacts): OrderFacts {
  return {
    orderId: order.orderId,
    requiredSkills: order.requiredSkills,
    slaDeadline: order.slaDeadline,
    stageAllowsChanges: order.stageAllowsChanges,
  };
}

/**
 * Checks placements against the loaded technicians and visits. Facts per technician are built once
 * and reused for every hover frame; a new checker is made whenever the rows or visits are reloaded.
 */
export class ConflictChecker {
  private readonly technicians = new Map<number, BoardTechnician>();
  private readonly visitsByWorker = new Map<number, Interval[]>();
  private readonly facts = new Map<number, TechnicianFacts>();

  constructor(
    technicians: readonly BoardTechnician[],
    visits: readonly (Interval & { workerId: number })[],
    private readonly timeZone: string,
    private readonly policy: ConflictPolicy,
  ) {
    for (const t of technicians) this.technicians.set(t.id, t);
    for (const v of visits) {
      const list = this.visitsByWorker.get(v.workerId);
      const interval = { orderId: v.orderId, start: v.start, end: v.end };
      if (list) list.push(interval);
      else this.visitsByWorker.set(v.workerId, [interval]);
    }
  }

  private factsOf(workerId: number): TechnicianFacts | null {
    const cached = this.facts.get(workerId);
    if (cached) return cached;
    const tech = this.technicians.get(workerId);
    if (!tech) return null;
    const facts = technicianFacts(tech, this.timeZone, this.visitsByWorker.get(workerId) ?? []);
    prepareTechnician(facts);
    this.facts.set(workerId, facts);
    return facts;
  }

  /**
   * Checks the moves as if all were applied together: the moved visits leave their old places and
   * take the new ones, so moving a row of adjacent visits by the same delta does not collide with itself.
   * A technician the board has not loaded is not checked (the main process still is).
   */
  check(moves: readonly Move[]): CheckOutcome {
    const conflicts: MoveConflict[] = [];
    const movedIds = new Set(moves.map((m) => m.order.orderId));
    for (const move of moves) {
      const base = this.factsOf(move.workerId);
      if (!base) continue;
      const facts = moves.length === 1 ? base : this.withMoves(base, move, moves, movedIds);
      const result = checkVisit(
        { orderId: move.order.orderId, workerId: move.workerId, start: move.start, end: move.end },
        facts,
        orderFacts(move.order),
        this.policy,
      );
      for (const c of result.conflicts) conflicts.push({ ...c, number: move.order.number });
    }
    return { blocked: conflicts.some((c) => c.severity === 'block'), conflicts };
  }

  private withMoves(base: TechnicianFacts, current: Move, moves: readonly Move[], movedIds: ReadonlySet<number>): TechnicianFacts {
    const visits: Interval[] = base.visits.filter((v) => !movedIds.has(Number(v.orderId))).map((v) => ({ orderId: Number(v.orderId), start: v.start, end: v.end }));
    for (const m of moves) {
      if (m !== current && m.workerId === current.workerId) visits.push({ orderId: m.order.orderId, start: m.start, end: m.end });
    }
    return { ...base, visits };
  }
}
