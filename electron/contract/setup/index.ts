import { agreementEntities } from '../agreements';
import { orderEntities } from '../order-entities';
import { entityContract, type EntityDef } from '../entity';
import { calendarsContract, calendarsEntities } from './calendars';
import { objectsContract, objectsEntities } from './objects';
import { absencesEntity, peopleEntities, skillsEntity, teamsEntity, workerHoursEntity, workerSkillsEntity, workersEntity } from './people';
import { pricingContract, pricingEntities } from './pricing';
import { repairLineEntities } from '../repair-lines';
import { requestEntities } from '../requests';
import { customerChildEntities, customerChildrenContract } from './sites';
import { stagesContract, stagesEntities } from './stages';

/** Every master-data entity; the UI, error messages and docs look definitions up here. */
export const ENTITY_DEFS: readonly EntityDef[] = [
  ...(peopleEntities as unknown as readonly EntityDef[]),
  ...customerChildEntities,
  ...calendarsEntities,
  ...objectsEntities,
  ...pricingEntities,
  ...stagesEntities,
  ...agreementEntities,
  ...orderEntities,
  ...requestEntities,
  ...repairLineEntities,
];

export function entityDef(name: string): EntityDef | undefined {
  return ENTITY_DEFS.find((d) => d.name === name);
}

export function entityDefByScope(scope: string): EntityDef | undefined {
  return ENTITY_DEFS.find((d) => d.scope === scope);
}

export const setupContract = {
  ...entityContract(teamsEntity),
  ...entityContract(skillsEntity),
  ...entityContract(workersEntity),
  ...entityContract(workerSkillsEntity),
  ...entityContract(workerHoursEntity),
  ...entityContract(absencesEntity),
  ...customerChildrenContract,
  ...calendarsContract,
  ...objectsContract,
  ...pricingContract,
  ...stagesContract,
};
