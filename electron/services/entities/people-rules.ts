import type { Database } from 'better-sqlite3';
import type { absencesEntity, workerHoursEntity } from '../../contract/setup/people';
import type { ValuesOf } from '../../contract/fields';
import { firstOverlap, isTimeAfter } from '../../domain/periods';
import { fieldError } from '../errors';
import type { EntityRules } from './entity-service';

/** A worker's absences must not overlap each other, and each ends on or after its start. */
export const absenceRules: EntityRules<(typeof absencesEntity)['fields']> = {
  validate(db: Database, v: ValuesOf<(typeof absencesEntity)['fields']>, existing) {
    if (v.toDate < v.fromDate) throw fieldError('toDate', 'date_order', { other: 'fromDate' });
    const others = db
      .prepare('SELECT from_date AS "from", to_date AS "to" FROM absences WHERE worker_id = ? AND id IS NOT ?')
      .all(v.workerId, existing?.id ?? null) as { from: string; to: string }[];
    const clash = firstOverlap({ from: v.fromDate, to: v.toDate }, others);
    if (clash) throw fieldError('fromDate', 'overlap', { from: clash.from, to: clash.to });
  },
};

/** A working day has both times or neither (a day off), and ends after it starts. */
export const workerHoursRules: EntityRules<(typeof workerHoursEntity)['fields']> = {
  validate(_db, v) {
    if ((v.startTime === null) !== (v.endTime === null)) {
      throw fieldError(v.startTime === null ? 'startTime' : 'endTime', 'required');
    }
    if (v.startTime && v.endTime && !isTimeAfter(v.endTime, v.startTime)) {
      throw fieldError('endTime', 'time_order', { other: 'startTime' });
    }
  },
};
