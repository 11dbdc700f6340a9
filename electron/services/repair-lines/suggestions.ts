import type { Database } from 'better-sqlite3';
import type { RepairSuggestion } from '../../contract/repair-lines';

/** At most this many earlier fixes are offered: beyond that they are noise, not knowledge. */
const LIMIT = 10;

interface Row {
  count: number;
  daId: number | null; daCode: string | null; daDescription: string | null;
  dcId: number | null; dcCode: string | null; dcDescription: string | null;
  rId: number; rCode: string; rDescription: string;
}

const coded = (id: number | null, code: string | null, description: string | null) =>
  id === null || code === null || description === null ? null : { id, code, description };

/**
 * Earlier fixes of a symptom (domain reference §1.10, §9 item 8): repair lines of OTHER orders
 * with the same symptom code and a resolution, on objects of the same object group, grouped by
 * diagnosis + resolution and counted. An object without a group has no peers, so only its own
 * history counts. Ties go to the combination used most recently.
 */
export function suggestRepairs(db: Database, input: { orderId: number; serviceObjectId?: number | null | undefined; symptomCodeId: number }): RepairSuggestion[] {
  const objectId =
    input.serviceObjectId ?? ((db.prepare('SELECT service_object_id FROM service_orders WHERE id = ?').pluck().get(input.orderId) as number | null | undefined) ?? null);
  if (objectId === null) return [];
  const groupId = db.prepare('SELECT group_id FROM service_objects WHERE id = ?').pluck().get(objectId) as number | null | undefined;
  if (groupId === undefined) return [];
  const peers = groupId === null ? 'o.id = @objectId' : 'o.group_id = @groupId';
  const rows = db
    .prepare(
      `SELECT count(*) AS count,
         da.id AS daId, da.code AS daCode, da.description AS daDescription,
         dc.id AS dcId, dc.code AS dcCode, dc.description AS dcDescription,
         r.id AS rId, r.code AS rCode, r.description AS rDescription
       FROM repair_lines rl
       JOIN service_objects o ON o.id = rl.service_object_id
       JOIN repair_resolutions r ON r.id = rl.resolution_id
       LEFT JOIN diagnosis_areas da ON da.id = rl.diagnosis_area_id
       LEFT JOIN diagnosis_codes dc ON dc.id = rl.diagnosis_code_id
       WHERE rl.symptom_code_id = @symptomCodeId AND rl.order_id <> @orderId AND ${peers}
       GROUP BY rl.diagnosis_area_id, rl.diagnosis_code_id, rl.resolution_id
       ORDER BY count(*) DESC, max(rl.updated_at) DESC, r.code
       LIMIT ${LIMIT}`,
    )
    .all({ symptomCodeId: input.symptomCodeId, orderId: input.orderId, objectId, groupId }) as Row[];
  return rows.map((r) => ({
    diagnosisArea: coded(r.daId, r.daCode, r.daDescription),
    diagnosisCode: coded(r.dcId, r.dcCode, r.dcDescription),
    resolution: { id: r.rId, code: r.rCode, description: r.rDescription },
    count: r.count,
  }));
}
