import { agreementTables } from '../agreements';
import { absencesEntity, skillsEntity, teamsEntity, workerHoursEntity, workerSkillsEntity, workersEntity } from '../../contract/setup/people';
import { contactsEntity, sitesEntity } from '../../contract/setup/sites';
import { calendarsHandlers, calendarsTables } from './calendars-handlers';
import { entityHandlers } from './handlers';
import { objectsHandlers, objectsTables } from './objects-handlers';
import { absenceRules, workerHoursRules } from './people-rules';
import { pricingHandlers, pricingTables } from './pricing-handlers';
import { stagesHandlers, stagesTables } from './stages-handlers';
import { registerTables } from './registry';
import { requestTables } from '../requests';

registerTables({ ...requestTables, ...agreementTables, ...calendarsTables, ...objectsTables, ...pricingTables, ...stagesTables });

/** Handlers of every master-data entity, each with its own rules. */
export const setupHandlers = {
  ...entityHandlers(teamsEntity),
  ...entityHandlers(skillsEntity),
  ...entityHandlers(workersEntity),
  ...entityHandlers(workerSkillsEntity),
  ...entityHandlers(workerHoursEntity, workerHoursRules),
  ...entityHandlers(absencesEntity, absenceRules),
  ...entityHandlers(sitesEntity),
  ...entityHandlers(contactsEntity),
  ...calendarsHandlers,
  ...objectsHandlers,
  ...pricingHandlers,
  ...stagesHandlers,
};
