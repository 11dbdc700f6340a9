import { defineEntity, entityContract, type EntityDef } from '../entity';
import { f, type FieldMap } from '../fields';
import type { Language } from '../messages';

/**
 * The service order workflow (a tree of stages with what an order may do in each), the reason
 * codes given when moving between stages, and the coding of repairs (condition, symptom,
 * diagnosis, resolution, repair stage) used to find earlier fixes of similar faults.
 */

interface ExtraLabels<X extends FieldMap> {
  title: string;
  create: string;
  fields: { [K in keyof X]: string };
}

/** All of these are a code with a description, plus a few fields of their own. */
function defineCoded<const N extends string, X extends FieldMap>(
  name: N,
  scope: string,
  extra: X,
  labels: Record<Language, ExtraLabels<X>>,
  parent?: keyof X & string,
) {
  const fields = { code: f.code(), description: f.text(200, { listed: true, searchable: true }), ...extra };
  return defineEntity({
    name,
    scope,
    labelField: 'code',
    ...(parent ? { parent } : {}),
    fields,
    labels: {
      en: { ...labels.en, fields: { code: 'Code', description: 'Description', ...labels.en.fields } },
      lv: { ...labels.lv, fields: { code: 'Kods', description: 'Apraksts', ...labels.lv.fields } },
    },
  });
}

export const stagesEntity = defineCoded('stages', 'stage', {
  parentId: f.optionalRef('stages', { listed: true, fixedAfterCreate: true }),
  sortOrder: f.integer(0, 9999, { listed: true }),
  modificationAllowed: f.boolean(true),
  deletionAllowed: f.boolean(false),
  cancellationAllowed: f.boolean(true),
  postingAllowed: f.boolean(false, { listed: true }),
  reasonRequired: f.boolean(false),
  stopsSlaClock: f.boolean(false, { listed: true }),
}, {
  en: {
    title: 'Service stages',
    create: 'New service stage',
    fields: {
      parentId: 'Parent stage',
      sortOrder: 'Sort order',
      modificationAllowed: 'Order may be changed',
      deletionAllowed: 'Order may be deleted',
      cancellationAllowed: 'Order may be cancelled',
      postingAllowed: 'Order may be posted',
      reasonRequired: 'Reason code required',
      stopsSlaClock: 'Stops the SLA clock',
    },
  },
  lv: {
    title: 'Servisa stadijas',
    create: 'Jauna servisa stadija',
    fields: {
      parentId: 'Iepriekšējā stadija',
      sortOrder: 'Kārtas numurs',
      modificationAllowed: 'Pasūtījumu drīkst mainīt',
      deletionAllowed: 'Pasūtījumu drīkst dzēst',
      cancellationAllowed: 'Pasūtījumu drīkst atcelt',
      postingAllowed: 'Pasūtījumu drīkst grāmatot',
      reasonRequired: 'Jānorāda iemesla kods',
      stopsSlaClock: 'Aptur SLA laika uzskaiti',
    },
  },
});

export const reasonCodesEntity = defineCoded('reasonCodes', 'reasonCode', {}, {
  en: { title: 'Stage reason codes', create: 'New reason code', fields: {} },
  lv: { title: 'Stadiju iemeslu kodi', create: 'Jauns iemesla kods', fields: {} },
});

export const conditionsEntity = defineCoded('conditions', 'condition', {}, {
  en: { title: 'Conditions', create: 'New condition', fields: {} },
  lv: { title: 'Apstākļi', create: 'Jauns apstāklis', fields: {} },
});

export const symptomAreasEntity = defineCoded('symptomAreas', 'symptomArea', {}, {
  en: { title: 'Symptom areas', create: 'New symptom area', fields: {} },
  lv: { title: 'Simptomu jomas', create: 'Jauna simptomu joma', fields: {} },
});

/** A symptom code means something only within its area, so codes repeat across areas. */
export const symptomCodesEntity = defineCoded('symptomCodes', 'symptomCode', { symptomAreaId: f.ref('symptomAreas', { fixedAfterCreate: true }) }, {
  en: { title: 'Symptom codes', create: 'Add symptom code', fields: { symptomAreaId: 'Symptom area' } },
  lv: { title: 'Simptomu kodi', create: 'Pievienot simptoma kodu', fields: { symptomAreaId: 'Simptomu joma' } },
}, 'symptomAreaId');

export const diagnosisAreasEntity = defineCoded('diagnosisAreas', 'diagnosisArea', {}, {
  en: { title: 'Diagnosis areas', create: 'New diagnosis area', fields: {} },
  lv: { title: 'Diagnozes jomas', create: 'Jauna diagnozes joma', fields: {} },
});

export const diagnosisCodesEntity = defineCoded('diagnosisCodes', 'diagnosisCode', { diagnosisAreaId: f.ref('diagnosisAreas', { fixedAfterCreate: true }) }, {
  en: { title: 'Diagnosis codes', create: 'Add diagnosis code', fields: { diagnosisAreaId: 'Diagnosis area' } },
  lv: { title: 'Diagnozes kodi', create: 'Pievienot diagnozes kodu', fields: { diagnosisAreaId: 'Diagnozes joma' } },
}, 'diagnosisAreaId');

export const resolutionsEntity = defineCoded('resolutions', 'resolution', {}, {
  en: { title: 'Resolutions', create: 'New resolution', fields: {} },
  lv: { title: 'Risinājumi', create: 'Jauns risinājums', fields: {} },
});

/** Setting a finished repair stage on a repair line closes the line and stamps its finish time. */
export const repairStagesEntity = defineCoded('repairStages', 'repairStage', { finished: f.boolean(false, { listed: true }) }, {
  en: { title: 'Repair stages', create: 'New repair stage', fields: { finished: 'Finished (closes the repair line)' } },
  lv: { title: 'Remonta stadijas', create: 'Jauna remonta stadija', fields: { finished: 'Pabeigta (noslēdz remonta rindu)' } },
});

/** Every entity of this group; the spread into ENTITY_DEFS needs the common, widened type. */
export const stagesEntities: readonly EntityDef[] = [
  stagesEntity,
  reasonCodesEntity,
  conditionsEntity,
  symptomAreasEntity,
  symptomCodesEntity,
  diagnosisAreasEntity,
  diagnosisCodesEntity,
  resolutionsEntity,
  repairStagesEntity,
] as unknown as readonly EntityDef[];

export const stagesContract = {
  ...entityContract(stagesEntity),
  ...entityContract(reasonCodesEntity),
  ...entityContract(conditionsEntity),
  ...entityContract(symptomAreasEntity),
  ...entityContract(symptomCodesEntity),
  ...entityContract(diagnosisAreasEntity),
  ...entityContract(diagnosisCodesEntity),
  ...entityContract(resolutionsEntity),
  ...entityContract(repairStagesEntity),
};
