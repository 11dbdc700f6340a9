import {
  agreementGroupsEntity,
  calendarDaysEntity,
  calendarHoursEntity,
  calendarsEntity,
  intervalsEntity,
  slasEntity,
  templateGroupsEntity,
  timeWindowsEntity,
} from '../../contract/setup/calendars';
import type { Handlers } from '../context';
import { calendarHoursRules, slaRules, timeWindowRules } from './calendars-rules';
import { entityHandlers } from './handlers';

/** Handlers of the calendars group, each entity with its rules. */
export const calendarsHandlers = {
  ...entityHandlers(calendarsEntity),
  ...entityHandlers(calendarHoursEntity, calendarHoursRules),
  ...entityHandlers(calendarDaysEntity),
  ...entityHandlers(slasEntity, slaRules),
  ...entityHandlers(intervalsEntity),
  ...entityHandlers(timeWindowsEntity, timeWindowRules),
  ...entityHandlers(agreementGroupsEntity),
  ...entityHandlers(templateGroupsEntity),
} satisfies Partial<Handlers>;

/** Tables of the calendars group: entity name -> table and the column shown where others refer to it. */
export const calendarsTables: Record<string, { table: string; labelColumn: string }> = {
  calendars: { table: 'calendars', labelColumn: 'code' },
  calendarHours: { table: 'calendar_hours', labelColumn: 'weekday' },
  calendarDays: { table: 'calendar_days', labelColumn: 'date' },
  slas: { table: 'service_level_agreements', labelColumn: 'code' },
  intervals: { table: 'service_intervals', labelColumn: 'code' },
  timeWindows: { table: 'time_windows', labelColumn: 'code' },
  agreementGroups: { table: 'agreement_groups', labelColumn: 'code' },
  templateGroups: { table: 'template_groups', labelColumn: 'code' },
};
