/**
 * Symptom and diagnosis codes are defined within an area ("APKURE / NESILDA"); the same code in
 * another area is a different fault. A repair line must name a code of the area it names.
 */
export interface AreaCode {
  /** The area the code was defined in (symptom_area_id or diagnosis_area_id). */
  areaId: number;
}

/**
 * True when the code may be used with the area: no code chosen is always fine, a code without
 * its area is not (the area says what the code means).
 */
export function codeBelongsToArea(code: AreaCode | null, areaId: number | null): boolean {
  if (code === null) return true;
  return code.areaId === areaId;
}
