import { z } from 'zod';
import type { EntityDef } from '../entity';
import { defineEntity, entityContract } from '../entity';
import { f } from '../fields';
import { WEEKDAYS } from './people';

/**
 * Working calendars, service level agreements and the building blocks of service agreements
 * (intervals, time windows, agreement and template groups).
 */

/** Zones a service company around the Baltic works in; the calendar's hours are read in its zone. */
export const TIME_ZONES = [
  'Europe/Riga',
  'Europe/Vilnius',
  'Europe/Tallinn',
  'Europe/Helsinki',
  'Europe/Stockholm',
  'Europe/Warsaw',
  'Europe/Berlin',
  'UTC',
] as const;

export const CALENDAR_DAY_KINDS = ['holiday', 'closed', 'open'] as const;
export const INTERVAL_UNITS = ['day', 'week', 'month', 'year'] as const;
export const TIME_WINDOW_KINDS = ['week', 'month', 'manual'] as const;
export type TimeWindowKind = (typeof TIME_WINDOW_KINDS)[number];

/** A year of minutes: a longer SLA target is a typo, not a promise. */
const MAX_TARGET_MINUTES = 527_040;
const minutes = () => f.integer(0, MAX_TARGET_MINUTES);

/** Days before/after a calculated date; left empty it is 0, as week and month windows need. */
const windowDays = () => ({ ...f.integer(0, 365, { listed: true }), schema: z.number().int().min(0).max(365).default(0) });

const weekdayLabels = {
  en: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
  lv: { mon: 'Pirmdiena', tue: 'Otrdiena', wed: 'Trešdiena', thu: 'Ceturtdiena', fri: 'Piektdiena', sat: 'Sestdiena', sun: 'Svētdiena' },
};

const timeZoneLabels = {
  en: {
    'Europe/Riga': 'Riga (Europe/Riga)',
    'Europe/Vilnius': 'Vilnius (Europe/Vilnius)',
    'Europe/Tallinn': 'Tallinn (Europe/Tallinn)',
    'Europe/Helsinki': 'Helsinki (Europe/Helsinki)',
    'Europe/Stockholm': 'Stockholm (Europe/Stockholm)',
    'Europe/Warsaw': 'Warsaw (Europe/Warsaw)',
    'Europe/Berlin': 'Berlin (Europe/Berlin)',
    UTC: 'Coordinated Universal Time (UTC)',
  },
  lv: {
    'Europe/Riga': 'Rīga (Europe/Riga)',
    'Europe/Vilnius': 'Viļņa (Europe/Vilnius)',
    'Europe/Tallinn': 'Tallina (Europe/Tallinn)',
    'Europe/Helsinki': 'Helsinki (Europe/Helsinki)',
    'Europe/Stockholm': 'Stokholma (Europe/Stockholm)',
    'Europe/Warsaw': 'Varšava (Europe/Warsaw)',
    'Europe/Berlin': 'Berlīne (Europe/Berlin)',
    UTC: 'Koordinētais universālais laiks (UTC)',
  },
};

export const calendarsEntity = defineEntity({
  name: 'calendars',
  scope: 'calendar',
  labelField: 'code',
  fields: {
    code: f.code(),
    description: f.text(200, { listed: true, searchable: true }),
    timeZone: f.enumOf('timeZone', TIME_ZONES, 'Europe/Riga', { listed: true }),
  },
  labels: {
    en: {
      title: 'Working calendars',
      create: 'New working calendar',
      fields: { code: 'Code', description: 'Description', timeZone: 'Time zone' },
      enums: { timeZone: timeZoneLabels.en },
    },
    lv: {
      title: 'Darba kalendāri',
      create: 'Jauns darba kalendārs',
      fields: { code: 'Kods', description: 'Apraksts', timeZone: 'Laika josla' },
      enums: { timeZone: timeZoneLabels.lv },
    },
  },
});

export const calendarHoursEntity = defineEntity({
  name: 'calendarHours',
  scope: 'calendarHours',
  labelField: 'weekday',
  parent: 'calendarId',
  fields: {
    calendarId: f.ref('calendars'),
    weekday: f.enumOf('weekday', WEEKDAYS, 'mon', { listed: true, unique: true }),
    openTime: f.optionalTime({ listed: true }),
    closeTime: f.optionalTime({ listed: true }),
  },
  labels: {
    en: {
      title: 'Opening hours',
      create: 'Add weekday',
      fields: { calendarId: 'Calendar', weekday: 'Weekday', openTime: 'Opens at', closeTime: 'Closes at' },
      enums: { weekday: weekdayLabels.en },
    },
    lv: {
      title: 'Darba laiks',
      create: 'Pievienot nedēļas dienu',
      fields: { calendarId: 'Kalendārs', weekday: 'Nedēļas diena', openTime: 'Darba sākums', closeTime: 'Darba beigas' },
      enums: { weekday: weekdayLabels.lv },
    },
  },
});

export const calendarDaysEntity = defineEntity({
  name: 'calendarDays',
  scope: 'calendarDay',
  labelField: 'date',
  parent: 'calendarId',
  fields: {
    calendarId: f.ref('calendars'),
    date: f.date({ listed: true, unique: true }),
    kind: f.enumOf('calendarDayKind', CALENDAR_DAY_KINDS, 'holiday', { listed: true }),
    description: f.optionalText(200, { listed: true }),
  },
  labels: {
    en: {
      title: 'Special days',
      create: 'Add special day',
      fields: { calendarId: 'Calendar', date: 'Date', kind: 'Kind', description: 'Description' },
      enums: { calendarDayKind: { holiday: 'Public holiday', closed: 'Closed', open: 'Extra working day' } },
    },
    lv: {
      title: 'Īpašās dienas',
      create: 'Pievienot īpašo dienu',
      fields: { calendarId: 'Kalendārs', date: 'Datums', kind: 'Veids', description: 'Apraksts' },
      enums: { calendarDayKind: { holiday: 'Svētku diena', closed: 'Slēgts', open: 'Papildu darba diena' } },
    },
  },
});

export const slasEntity = defineEntity({
  name: 'slas',
  scope: 'sla',
  labelField: 'code',
  fields: {
    code: f.code(),
    description: f.text(200, { listed: true, searchable: true }),
    // Empty: the clock runs in calendar time, round the clock.
    calendarId: f.optionalRef('calendars', { listed: true }),
    responseHighMinutes: minutes(),
    resolutionHighMinutes: minutes(),
    responseNormalMinutes: minutes(),
    resolutionNormalMinutes: minutes(),
    responseLowMinutes: minutes(),
    resolutionLowMinutes: minutes(),
  },
  labels: {
    en: {
      title: 'Service level agreements',
      create: 'New service level agreement',
      fields: {
        code: 'Code',
        description: 'Description',
        calendarId: 'Working calendar',
        responseHighMinutes: 'Response time, high priority (min)',
        resolutionHighMinutes: 'Resolution time, high priority (min)',
        responseNormalMinutes: 'Response time, normal priority (min)',
        resolutionNormalMinutes: 'Resolution time, normal priority (min)',
        responseLowMinutes: 'Response time, low priority (min)',
        resolutionLowMinutes: 'Resolution time, low priority (min)',
      },
    },
    lv: {
      title: 'Pakalpojumu līmeņa līgumi',
      create: 'Jauns pakalpojumu līmeņa līgums',
      fields: {
        code: 'Kods',
        description: 'Apraksts',
        calendarId: 'Darba kalendārs',
        responseHighMinutes: 'Reakcijas laiks, augsta prioritāte (min)',
        resolutionHighMinutes: 'Atrisināšanas laiks, augsta prioritāte (min)',
        responseNormalMinutes: 'Reakcijas laiks, parasta prioritāte (min)',
        resolutionNormalMinutes: 'Atrisināšanas laiks, parasta prioritāte (min)',
        responseLowMinutes: 'Reakcijas laiks, zema prioritāte (min)',
        resolutionLowMinutes: 'Atrisināšanas laiks, zema prioritāte (min)',
      },
    },
  },
});

export const intervalsEntity = defineEntity({
  name: 'intervals',
  scope: 'interval',
  labelField: 'code',
  fields: {
    code: f.code(),
    description: f.text(200, { listed: true, searchable: true }),
    unit: f.enumOf('intervalUnit', INTERVAL_UNITS, 'month', { listed: true }),
    frequency: f.integer(1, 999, { listed: true }),
  },
  labels: {
    en: {
      title: 'Service intervals',
      create: 'New service interval',
      fields: { code: 'Code', description: 'Description', unit: 'Unit', frequency: 'Every (number of units)' },
      enums: { intervalUnit: { day: 'Day', week: 'Week', month: 'Month', year: 'Year' } },
    },
    lv: {
      title: 'Servisa intervāli',
      create: 'Jauns servisa intervāls',
      fields: { code: 'Kods', description: 'Apraksts', unit: 'Vienība', frequency: 'Ik pēc (vienību skaits)' },
      enums: { intervalUnit: { day: 'Diena', week: 'Nedēļa', month: 'Mēnesis', year: 'Gads' } },
    },
  },
});

export const timeWindowsEntity = defineEntity({
  name: 'timeWindows',
  scope: 'timeWindow',
  labelField: 'code',
  fields: {
    code: f.code(),
    description: f.text(200, { listed: true, searchable: true }),
    kind: f.enumOf('timeWindowKind', TIME_WINDOW_KINDS, 'manual', { listed: true }),
    daysBefore: windowDays(),
    daysAfter: windowDays(),
  },
  labels: {
    en: {
      title: 'Time windows',
      create: 'New time window',
      fields: { code: 'Code', description: 'Description', kind: 'Method', daysBefore: 'Days before', daysAfter: 'Days after' },
      enums: { timeWindowKind: { week: 'Same calendar week', month: 'Same calendar month', manual: 'Manual (days before and after)' } },
    },
    lv: {
      title: 'Laika logi',
      create: 'Jauns laika logs',
      fields: { code: 'Kods', description: 'Apraksts', kind: 'Metode', daysBefore: 'Dienas pirms', daysAfter: 'Dienas pēc' },
      enums: { timeWindowKind: { week: 'Tā pati kalendārā nedēļa', month: 'Tas pats kalendārais mēnesis', manual: 'Manuāli (dienas pirms un pēc)' } },
    },
  },
});

export const agreementGroupsEntity = defineEntity({
  name: 'agreementGroups',
  scope: 'agreementGroup',
  labelField: 'code',
  fields: {
    code: f.code(),
    description: f.text(200, { listed: true, searchable: true }),
    defaultSlaId: f.optionalRef('slas', { listed: true }),
  },
  labels: {
    en: {
      title: 'Agreement groups',
      create: 'New agreement group',
      fields: { code: 'Code', description: 'Description', defaultSlaId: 'Default service level agreement' },
    },
    lv: {
      title: 'Līgumu grupas',
      create: 'Jauna līgumu grupa',
      fields: { code: 'Kods', description: 'Apraksts', defaultSlaId: 'Noklusējuma pakalpojumu līmeņa līgums' },
    },
  },
});

export const templateGroupsEntity = defineEntity({
  name: 'templateGroups',
  scope: 'templateGroup',
  labelField: 'code',
  fields: {
    code: f.code(),
    description: f.text(200, { listed: true, searchable: true }),
  },
  labels: {
    en: { title: 'Template groups', create: 'New template group', fields: { code: 'Code', description: 'Description' } },
    lv: { title: 'Veidņu grupas', create: 'Jauna veidņu grupa', fields: { code: 'Kods', description: 'Apraksts' } },
  },
});

export const calendarsEntities = [
  calendarsEntity,
  calendarHoursEntity,
  calendarDaysEntity,
  slasEntity,
  intervalsEntity,
  timeWindowsEntity,
  agreementGroupsEntity,
  templateGroupsEntity,
] as unknown as readonly EntityDef[];

export const calendarsContract = {
  ...entityContract(calendarsEntity),
  ...entityContract(calendarHoursEntity),
  ...entityContract(calendarDaysEntity),
  ...entityContract(slasEntity),
  ...entityContract(intervalsEntity),
  ...entityContract(timeWindowsEntity),
  ...entityContract(agreementGroupsEntity),
  ...entityContract(templateGroupsEntity),
};
