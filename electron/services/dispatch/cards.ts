import type { Database } from 'better-sqlite3';
import { orderTaskSkills, type CardRaw } from '../../../db/queries/dispatch';
import type { BoardVisit } from '../../contract/dispatch';

/** What the board shows of an order, from its row and its related tasks, for a whole page of orders at once. */

export type OrderCard = Omit<BoardVisit, 'workerId' | 'start' | 'end'>;

export interface CardExtras {
  task: string | null;
  /** Sum of the related tasks' default hours, in hundredths. */
  defaultHoursX100: number;
  requiredSkills: { skillId: number; minLevel: number | null }[];
}

const NO_EXTRAS: CardExtras = Object.freeze({ task: null, defaultHoursX100: 0, requiredSkills: [] }) as CardExtras;

interface Gathering {
  firstRelation: number;
  task: string;
  /** Default hours per relation: a task with several skills comes in several rows but counts once. */
  hours: Map<number, number>;
  /** Skill -> the highest minimum level any task asks (null: any level). */
  skills: Map<number, number | null>;
}

const higherLevel = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/**
 * Tasks and required skills of the orders in one statement, however many orders there are. An order's
 * required skills are the union over its related tasks, at the highest minimum level any of them asks.
 */
export function loadCardExtras(db: Database, orderIds: readonly number[]): (orderId: number) => CardExtras {
  const gathered = new Map<number, Gathering>();
  for (const row of orderIds.length > 0 ? orderTaskSkills(db, orderIds) : []) {
    let g = gathered.get(row.orderId);
    if (g === undefined) gathered.set(row.orderId, (g = { firstRelation: row.relationId, task: row.task, hours: new Map(), skills: new Map() }));
    if (row.relationId < g.firstRelation) Object.assign(g, { firstRelation: row.relationId, task: row.task });
    g.hours.set(row.relationId, row.defaultHoursX100);
    if (row.skillId !== null) g.skills.set(row.skillId, g.skills.has(row.skillId) ? higherLevel(g.skills.get(row.skillId) ?? null, row.minLevel) : row.minLevel);
  }
  const extras = new Map<number, CardExtras>();
  for (const [orderId, g] of gathered) {
    let defaultHoursX100 = 0;
    for (const hours of g.hours.values()) defaultHoursX100 += hours;
    const requiredSkills = [...g.skills].sort(([a], [b]) => a - b).map(([skillId, minLevel]) => ({ skillId, minLevel }));
    extras.set(orderId, { task: g.task, defaultHoursX100, requiredSkills });
  }
  return (orderId) => extras.get(orderId) ?? NO_EXTRAS;
}

export function toCard(raw: CardRaw, extras: CardExtras): OrderCard {
  return {
    orderId: raw.orderId,
    number: raw.number,
    version: raw.version,
    description: raw.description,
    customer: raw.customer,
    city: raw.city,
    address: raw.address,
    task: extras.task,
    priority: raw.priority,
    stage: raw.stageId === null ? null : { id: raw.stageId, code: raw.stageCode ?? '', name: raw.stageName ?? '' },
    stageAllowsChanges: raw.stageAllowsChanges === 1,
    plannedHoursX100: raw.plannedHoursX100,
    slaDeadline: raw.slaDeadline,
    requiredSkills: extras.requiredSkills,
  };
}
