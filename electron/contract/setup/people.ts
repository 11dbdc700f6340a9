import { defineEntity } from '../entity';
import { f } from '../fields';

/** Dispatch teams, workers and what a worker can do and when. */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
/** ISO weekday numbers (Monday 1 … Sunday 7) of the stored weekday names. */
export const WEEKDAY_NUMBERS = Object.fromEntries(WEEKDAYS.map((day, i) => [day, i + 1])) as Readonly<Record<Weekday, number>>;
const weekdayLabels = {
  en: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
  lv: { mon: 'Pirmdiena', tue: 'Otrdiena', wed: 'Trešdiena', thu: 'Ceturtdiena', fri: 'Piektdiena', sat: 'Sestdiena', sun: 'Svētdiena' },
};

export const teamsEntity = defineEntity({
  name: 'teams',
  scope: 'team',
  labelField: 'code',
  fields: {
    code: f.code(),
    name: f.text(100, { listed: true, searchable: true }),
    ownerWorkerId: f.optionalRef('workers', { listed: true }),
  },
  labels: {
    en: { title: 'Dispatch teams', create: 'New dispatch team', fields: { code: 'Code', name: 'Name', ownerWorkerId: 'Owner' } },
    lv: { title: 'Dispečeru komandas', create: 'Jauna dispečeru komanda', fields: { code: 'Kods', name: 'Nosaukums', ownerWorkerId: 'Īpašnieks' } },
  },
});

export const skillsEntity = defineEntity({
  name: 'skills',
  scope: 'skill',
  labelField: 'code',
  fields: {
    code: f.code(),
    description: f.text(200, { listed: true, searchable: true }),
  },
  labels: {
    en: { title: 'Skills', create: 'New skill', fields: { code: 'Code', description: 'Description' } },
    lv: { title: 'Prasmes', create: 'Jauna prasme', fields: { code: 'Kods', description: 'Apraksts' } },
  },
});

export const workersEntity = defineEntity({
  name: 'workers',
  scope: 'worker',
  labelField: 'name',
  fields: {
    code: f.code(),
    name: f.text(100, { listed: true, searchable: true }),
    kind: f.enumOf('workerKind', ['technician', 'office'], 'technician', { listed: true }),
    teamId: f.optionalRef('teams', { listed: true }),
    phone: f.optionalText(50),
    email: f.optionalText(200),
    costPriceCents: f.money(),
    salesPriceCents: f.money(),
    status: f.enumOf('workerStatus', ['active', 'terminated'], 'active', { listed: true }),
  },
  labels: {
    en: {
      title: 'Workers',
      create: 'New worker',
      fields: {
        code: 'Worker number',
        name: 'Name',
        kind: 'Kind',
        teamId: 'Dispatch team',
        phone: 'Phone',
        email: 'E-mail',
        costPriceCents: 'Hourly cost price',
        salesPriceCents: 'Hourly sales price',
        status: 'Status',
      },
      enums: {
        workerKind: { technician: 'Technician', office: 'Office staff' },
        workerStatus: { active: 'Active', terminated: 'Terminated' },
      },
    },
    lv: {
      title: 'Darbinieki',
      create: 'Jauns darbinieks',
      fields: {
        code: 'Darbinieka numurs',
        name: 'Vārds, uzvārds',
        kind: 'Veids',
        teamId: 'Dispečeru komanda',
        phone: 'Tālrunis',
        email: 'E-pasts',
        costPriceCents: 'Stundas pašizmaksa',
        salesPriceCents: 'Stundas pārdošanas cena',
        status: 'Statuss',
      },
      enums: {
        workerKind: { technician: 'Tehniķis', office: 'Biroja darbinieks' },
        workerStatus: { active: 'Aktīvs', terminated: 'Atbrīvots' },
      },
    },
  },
});

export const workerSkillsEntity = defineEntity({
  name: 'workerSkills',
  scope: 'workerSkill',
  labelField: 'skillId',
  parent: 'workerId',
  fields: {
    workerId: f.ref('workers'),
    skillId: f.ref('skills', { listed: true, unique: true }),
    level: f.optionalInteger(1, 5, { listed: true }),
    certificate: f.optionalText(100, { listed: true }),
    validTo: f.optionalDate({ listed: true }),
  },
  labels: {
    en: {
      title: 'Skills',
      create: 'Add skill',
      fields: { workerId: 'Worker', skillId: 'Skill', level: 'Level (1–5)', certificate: 'Certificate', validTo: 'Valid until' },
    },
    lv: {
      title: 'Prasmes',
      create: 'Pievienot prasmi',
      fields: { workerId: 'Darbinieks', skillId: 'Prasme', level: 'Līmenis (1–5)', certificate: 'Sertifikāts', validTo: 'Derīgs līdz' },
    },
  },
});

export const workerHoursEntity = defineEntity({
  name: 'workerHours',
  scope: 'workerHours',
  labelField: 'weekday',
  parent: 'workerId',
  fields: {
    workerId: f.ref('workers'),
    weekday: f.enumOf('weekday', WEEKDAYS, 'mon', { listed: true, unique: true }),
    startTime: f.optionalTime({ listed: true }),
    endTime: f.optionalTime({ listed: true }),
  },
  labels: {
    en: {
      title: 'Working hours',
      create: 'Add working day',
      fields: { workerId: 'Worker', weekday: 'Weekday', startTime: 'From', endTime: 'Until' },
      enums: { weekday: weekdayLabels.en },
    },
    lv: {
      title: 'Darba laiks',
      create: 'Pievienot darba dienu',
      fields: { workerId: 'Darbinieks', weekday: 'Nedēļas diena', startTime: 'No', endTime: 'Līdz' },
      enums: { weekday: weekdayLabels.lv },
    },
  },
});

export const absencesEntity = defineEntity({
  name: 'absences',
  scope: 'absence',
  labelField: 'fromDate',
  parent: 'workerId',
  fields: {
    workerId: f.ref('workers'),
    kind: f.enumOf('absenceKind', ['vacation', 'sick', 'training', 'other'], 'vacation', { listed: true }),
    fromDate: f.date({ listed: true }),
    toDate: f.date({ listed: true }),
    note: f.optionalText(200, { listed: true }),
  },
  labels: {
    en: {
      title: 'Absences',
      create: 'Add absence',
      fields: { workerId: 'Worker', kind: 'Kind', fromDate: 'From', toDate: 'Until', note: 'Note' },
      enums: { absenceKind: { vacation: 'Vacation', sick: 'Sick leave', training: 'Training', other: 'Other' } },
    },
    lv: {
      title: 'Prombūtne',
      create: 'Pievienot prombūtni',
      fields: { workerId: 'Darbinieks', kind: 'Veids', fromDate: 'No', toDate: 'Līdz', note: 'Piezīme' },
      enums: { absenceKind: { vacation: 'Atvaļinājums', sick: 'Slimības lapa', training: 'Mācības', other: 'Cits' } },
    },
  },
});

export const peopleEntities = [teamsEntity, skillsEntity, workersEntity, workerSkillsEntity, workerHoursEntity, absencesEntity] as const;
