import type { EntityDef } from '../entity';
import { defineEntity, entityContract } from '../entity';
import { f } from '../fields';

/** What is serviced (objects, their groups and components) and the reusable jobs done on it (tasks). */

export const objectGroupsEntity = defineEntity({
  name: 'objectGroups',
  scope: 'objectGroup',
  labelField: 'code',
  fields: {
    code: f.code(),
    description: f.text(200, { listed: true, searchable: true }),
  },
  labels: {
    en: { title: 'Object groups', create: 'New object group', fields: { code: 'Code', description: 'Description' } },
    lv: { title: 'Objektu grupas', create: 'Jauna objektu grupa', fields: { code: 'Kods', description: 'Apraksts' } },
  },
});

export const serviceObjectsEntity = defineEntity({
  name: 'serviceObjects',
  scope: 'serviceObject',
  labelField: 'code',
  fields: {
    code: f.code(),
    description: f.text(200, { listed: true, searchable: true }),
    groupId: f.optionalRef('objectGroups', { listed: true }),
    customerId: f.optionalRef('customers', { listed: true }),
    siteId: f.optionalRef('sites', { filterBy: 'customerId' }),
    // A component (a lift's drive, a boiler's burner) points at the object it is built into.
    parentId: f.optionalRef('serviceObjects'),
    manufacturer: f.optionalText(100, { searchable: true }),
    model: f.optionalText(100, { searchable: true }),
    // Dispatchers find the object a caller means by the number on its plate.
    serialNo: f.optionalText(100, { listed: true, searchable: true }),
    installedOn: f.optionalDate(),
    warrantyEnd: f.optionalDate(),
  },
  labels: {
    en: {
      title: 'Service objects',
      create: 'New service object',
      fields: {
        code: 'Object code',
        description: 'Description',
        groupId: 'Object group',
        customerId: 'Customer',
        siteId: 'Service site',
        parentId: 'Part of object',
        manufacturer: 'Manufacturer',
        model: 'Model',
        serialNo: 'Serial number',
        installedOn: 'Installed on',
        warrantyEnd: 'Warranty until',
      },
    },
    lv: {
      title: 'Servisa objekti',
      create: 'Jauns servisa objekts',
      fields: {
        code: 'Objekta kods',
        description: 'Apraksts',
        groupId: 'Objektu grupa',
        customerId: 'Klients',
        siteId: 'Servisa vieta',
        parentId: 'Ietilpst objektā',
        manufacturer: 'Ražotājs',
        model: 'Modelis',
        serialNo: 'Sērijas numurs',
        installedOn: 'Uzstādīts',
        warrantyEnd: 'Garantija līdz',
      },
    },
  },
});

export const tasksEntity = defineEntity({
  name: 'tasks',
  scope: 'task',
  labelField: 'code',
  fields: {
    code: f.code(),
    description: f.text(200, { listed: true, searchable: true }),
    defaultHours: f.hours({ listed: true }),
    internalText: f.textarea(4000),
    customerText: f.textarea(4000),
  },
  labels: {
    en: {
      title: 'Service tasks',
      create: 'New service task',
      fields: {
        code: 'Task code',
        description: 'Description',
        defaultHours: 'Default hours',
        internalText: 'Notes for the technician',
        customerText: 'Text for the customer',
      },
    },
    lv: {
      title: 'Servisa uzdevumi',
      create: 'Jauns servisa uzdevums',
      fields: {
        code: 'Uzdevuma kods',
        description: 'Apraksts',
        defaultHours: 'Normatīvās stundas',
        internalText: 'Piezīmes tehniķim',
        customerText: 'Teksts klientam',
      },
    },
  },
});

export const taskSkillsEntity = defineEntity({
  name: 'taskSkills',
  scope: 'taskSkill',
  labelField: 'skillId',
  parent: 'taskId',
  fields: {
    taskId: f.ref('tasks'),
    skillId: f.ref('skills', { listed: true, unique: true }),
    minLevel: f.optionalInteger(1, 5, { listed: true }),
  },
  labels: {
    en: {
      title: 'Required skills',
      create: 'Add required skill',
      fields: { taskId: 'Service task', skillId: 'Skill', minLevel: 'Minimum level (1–5)' },
    },
    lv: {
      title: 'Nepieciešamās prasmes',
      create: 'Pievienot nepieciešamo prasmi',
      fields: { taskId: 'Servisa uzdevums', skillId: 'Prasme', minLevel: 'Minimālais līmenis (1–5)' },
    },
  },
});

/** Every entity of this group; the UI, error messages and docs look definitions up through ENTITY_DEFS. */
export const objectsEntities = [objectGroupsEntity, serviceObjectsEntity, tasksEntity, taskSkillsEntity] as unknown as readonly EntityDef[];

export const objectsContract = {
  ...entityContract(objectGroupsEntity),
  ...entityContract(serviceObjectsEntity),
  ...entityContract(tasksEntity),
  ...entityContract(taskSkillsEntity),
};
