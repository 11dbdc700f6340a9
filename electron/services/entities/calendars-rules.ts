import type { calendarHoursEntity, slasEntity, timeWindowsEntity } from '../../contract/setup/calendars';
import { isTimeAfter } from '../../domain/periods';
import { resolutionBeforeResponse } from '../../domain/service-levels';
import { strayWindowDays } from '../../domain/time-windows';
import { fieldError } from '../errors';
import type { EntityRules } from './entity-service';

/** A weekday is open between two times, or closed all day (neither time); it closes after it opens. */
export const calendarHoursRules: EntityRules<(typeof calendarHoursEntity)['fields']> = {
  validate(_db, v) {
    if ((v.openTime === null) !== (v.closeTime === null)) {
      throw fieldError(v.openTime === null ? 'openTime' : 'closeTime', 'required');
    }
    if (v.openTime && v.closeTime && !isTimeAfter(v.closeTime, v.openTime)) {
      throw fieldError('closeTime', 'time_order', { other: 'openTime' });
    }
  },
};

/** Each priority's resolution target is at least its response target. */
export const slaRules: EntityRules<(typeof slasEntity)['fields']> = {
  validate(_db, v) {
    const wrong = resolutionBeforeResponse(v);
    if (wrong) throw fieldError(wrong.field, 'not_less_than', { other: wrong.other });
  },
};

/** Week and month windows span the calendar week or month, so their days before/after stay 0. */
export const timeWindowRules: EntityRules<(typeof timeWindowsEntity)['fields']> = {
  validate(_db, v) {
    const stray = strayWindowDays(v);
    if (stray) throw fieldError(stray, 'zero_unless_manual', { other: 'kind' });
  },
};
