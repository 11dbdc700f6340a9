import { z } from 'zod';
import { Id } from './common';
import { endpoint } from './define';
import { defineEntity, entityContract, type EntityDef } from './entity';
import { f } from './fields';

/**
 * Repair lines of a service order: each records one step of a repair, coded (condition, symptom,
 * diagnosis, resolution) so that later repairs of the same fault can find what fixed it before.
 * They are ordinary child entities of the order (`repairLines.list|get|create|update|delete`), plus
 * `repairLines.suggest`, the look-up of earlier fixes.
 */

/** Labels of order facts a refusal may name although they are not repair line fields. */
const factLabels = {
  en: { stageId: 'Order stage', progress: 'Order progress' },
  lv: { stageId: 'Pasūtījuma stadija', progress: 'Pasūtījuma izpilde' },
};

export const repairLinesEntity = defineEntity({
  name: 'repairLines',
  scope: 'repairLine',
  labelField: 'lineNo',
  parent: 'orderId',
  fields: {
    orderId: f.ref('orders', { fixedAfterCreate: true }),
    // Empty on create: one after the order's last repair line.
    lineNo: f.optionalInteger(1, 99_999, { listed: true, unique: true }),
    // Empty: the order's own service object. Otherwise it must be the order's or one related to it.
    serviceObjectId: f.optionalRef('serviceObjects', { listed: true }),
    workerId: f.optionalRef('workers', { listed: true }),
    conditionId: f.optionalRef('conditions'),
    symptomAreaId: f.optionalRef('symptomAreas'),
    symptomCodeId: f.optionalRef('symptomCodes', { listed: true, filterBy: 'symptomAreaId' }),
    diagnosisAreaId: f.optionalRef('diagnosisAreas'),
    diagnosisCodeId: f.optionalRef('diagnosisCodes', { listed: true, filterBy: 'diagnosisAreaId' }),
    resolutionId: f.optionalRef('resolutions', { listed: true }),
    repairStageId: f.optionalRef('repairStages', { listed: true }),
    // Stamped by the service when a finished repair stage is set; what is sent is ignored.
    finishedAt: f.stamp({ listed: true }),
    notes: f.textarea(4000, { searchable: true }),
  },
  labels: {
    en: {
      title: 'Repair lines',
      create: 'Add repair line',
      fields: {
        ...factLabels.en,
        orderId: 'Service order',
        lineNo: 'No.',
        serviceObjectId: 'Service object',
        workerId: 'Technician',
        conditionId: 'Condition',
        symptomAreaId: 'Symptom area',
        symptomCodeId: 'Symptom code',
        diagnosisAreaId: 'Diagnosis area',
        diagnosisCodeId: 'Diagnosis code',
        resolutionId: 'Resolution',
        repairStageId: 'Repair stage',
        finishedAt: 'Finished at',
        notes: 'Notes',
      },
    },
    lv: {
      title: 'Remonta rindas',
      create: 'Pievienot remonta rindu',
      fields: {
        ...factLabels.lv,
        orderId: 'Servisa pasūtījums',
        lineNo: 'Nr.',
        serviceObjectId: 'Servisa objekts',
        workerId: 'Tehniķis',
        conditionId: 'Apstāklis',
        symptomAreaId: 'Simptomu joma',
        symptomCodeId: 'Simptoma kods',
        diagnosisAreaId: 'Diagnozes joma',
        diagnosisCodeId: 'Diagnozes kods',
        resolutionId: 'Risinājums',
        repairStageId: 'Remonta stadija',
        finishedAt: 'Pabeigts',
        notes: 'Piezīmes',
      },
    },
  },
});

const Coded = z.object({ id: Id, code: z.string(), description: z.string() });

/** One earlier fix: a diagnosis and resolution and how often that combination fixed the symptom. */
export const RepairSuggestion = z.object({
  diagnosisArea: Coded.nullable(),
  diagnosisCode: Coded.nullable(),
  resolution: Coded,
  count: z.number().int().positive(),
});
export type RepairSuggestion = z.infer<typeof RepairSuggestion>;

export const repairLinesContract = {
  ...entityContract(repairLinesEntity),
  'repairLines.suggest': endpoint({
    summary:
      'Earlier fixes of a symptom: the diagnosis and resolution combinations of repair lines on other orders that name the same symptom code and have a resolution, on service objects of the same object group as the given object (the order\'s own object when none is given; an object without a group looks at its own history only), with how often each occurred, most frequent first, at most 10.',
    scope: 'repairLine',
    input: z.object({ orderId: Id, serviceObjectId: Id.nullable().optional(), symptomCodeId: Id }).strict(),
    output: z.object({ suggestions: z.array(RepairSuggestion) }),
    writes: false,
  }),
};

/** For label and form look-ups (ENTITY_DEFS). */
export const repairLineEntities = [repairLinesEntity] as unknown as readonly EntityDef[];
