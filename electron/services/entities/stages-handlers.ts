import {
  conditionsEntity,
  diagnosisAreasEntity,
  diagnosisCodesEntity,
  reasonCodesEntity,
  repairStagesEntity,
  resolutionsEntity,
  stagesEntity,
  symptomAreasEntity,
  symptomCodesEntity,
} from '../../contract/setup/stages';
import type { Handlers } from '../context';
import { entityHandlers } from './handlers';
import { stageRules } from './stages-rules';

/** Handlers of the stages group, each entity with its rules. */
export const stagesHandlers = {
  ...entityHandlers(stagesEntity, stageRules),
  ...entityHandlers(reasonCodesEntity),
  ...entityHandlers(conditionsEntity),
  ...entityHandlers(symptomAreasEntity),
  ...entityHandlers(symptomCodesEntity),
  ...entityHandlers(diagnosisAreasEntity),
  ...entityHandlers(diagnosisCodesEntity),
  ...entityHandlers(resolutionsEntity),
  ...entityHandlers(repairStagesEntity),
} satisfies Partial<Handlers>;

/** Tables of the stages group: entity name -> table and the column shown where others refer to it. */
export const stagesTables: Record<string, { table: string; labelColumn: string }> = {
  stages: { table: 'service_stages', labelColumn: 'code' },
  reasonCodes: { table: 'stage_reason_codes', labelColumn: 'code' },
  conditions: { table: 'repair_conditions', labelColumn: 'code' },
  symptomAreas: { table: 'symptom_areas', labelColumn: 'code' },
  symptomCodes: { table: 'symptom_codes', labelColumn: 'code' },
  diagnosisAreas: { table: 'diagnosis_areas', labelColumn: 'code' },
  diagnosisCodes: { table: 'diagnosis_codes', labelColumn: 'code' },
  resolutions: { table: 'repair_resolutions', labelColumn: 'code' },
  repairStages: { table: 'repair_stages', labelColumn: 'code' },
};
