import { agreementLinesEntity } from '../../contract/agreement-lines';
import { agreementObjectsEntity, agreementTasksEntity, agreementsEntity } from '../../contract/agreements';
import type { Handlers } from '../context';
import { entityHandlers } from '../entities/handlers';
import { agreementRules } from './agreement-rules';
import { agreementCopyHandlers } from './copy-service';
import { agreementLineRules } from './line-rules';
import { agreementObjectRules, agreementTaskRules } from './relation-rules';

/** Handlers of service agreements: the four entities with their rules, and the copy calls. */
export const agreementHandlers = {
  ...entityHandlers(agreementsEntity, agreementRules),
  ...entityHandlers(agreementObjectsEntity, agreementObjectRules),
  ...entityHandlers(agreementTasksEntity, agreementTaskRules),
  ...entityHandlers(agreementLinesEntity, agreementLineRules),
  ...agreementCopyHandlers,
} satisfies Partial<Handlers>;

/** Where the agreement entities are stored and which column names them where others refer to them. */
export const agreementTables: Record<string, { table: string; labelColumn: string }> = {
  agreements: { table: 'agreements', labelColumn: 'number' },
  agreementObjects: { table: 'agreement_objects', labelColumn: 'id' },
  agreementTasks: { table: 'agreement_tasks', labelColumn: 'id' },
  agreementLines: { table: 'agreement_lines', labelColumn: 'line_no' },
};
