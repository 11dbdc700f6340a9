import type { Database } from 'better-sqlite3';
import { codeBelongsToArea, type AreaCode } from '../../domain/repair-codes';
import { fieldError } from '../errors';

/**
 * The area a symptom or diagnosis code was defined in. Codes are unique only within their area
 * (the generic per-parent uniqueness of child entities), so a code id always has one area.
 */
function areaOf(db: Database, table: 'symptom_codes' | 'diagnosis_codes', codeId: number | null): AreaCode | null {
  if (codeId === null) return null;
  const column = table === 'symptom_codes' ? 'symptom_area_id' : 'diagnosis_area_id';
  const row = db.prepare(`SELECT ${column} AS areaId FROM ${table} WHERE id = ?`).get(codeId) as AreaCode | undefined;
  // A missing code is reported by the generic reference check of the caller's own entity.
  return row ?? null;
}

/** How a repair line codes a fault; the field names are the repair line's own. */
export interface RepairCoding {
  symptomAreaId: number | null;
  symptomCodeId: number | null;
  diagnosisAreaId: number | null;
  diagnosisCodeId: number | null;
}

/** For repair lines: refuses a symptom or diagnosis code that is not one of the chosen area's. */
export function checkRepairCoding(db: Database, v: RepairCoding): void {
  if (!codeBelongsToArea(areaOf(db, 'symptom_codes', v.symptomCodeId), v.symptomAreaId)) {
    throw fieldError('symptomCodeId', 'code_not_in_area', { other: 'symptomAreaId' });
  }
  if (!codeBelongsToArea(areaOf(db, 'diagnosis_codes', v.diagnosisCodeId), v.diagnosisAreaId)) {
    throw fieldError('diagnosisCodeId', 'code_not_in_area', { other: 'diagnosisAreaId' });
  }
}
