import { objectGroupsEntity, serviceObjectsEntity, taskSkillsEntity, tasksEntity } from '../../contract/setup/objects';
import type { Handlers } from '../context';
import { entityHandlers } from './handlers';
import { serviceObjectRules } from './objects-rules';

/** Handlers of the objects group, each entity with its rules. */
export const objectsHandlers = {
  ...entityHandlers(objectGroupsEntity),
  ...entityHandlers(serviceObjectsEntity, serviceObjectRules),
  ...entityHandlers(tasksEntity),
  ...entityHandlers(taskSkillsEntity),
} satisfies Partial<Handlers>;

/** Tables of the objects group: entity name -> table and the column shown where others refer to it. */
export const objectsTables: Record<string, { table: string; labelColumn: string }> = {
  objectGroups: { table: 'service_object_groups', labelColumn: 'code' },
  serviceObjects: { table: 'service_objects', labelColumn: 'code' },
  tasks: { table: 'service_tasks', labelColumn: 'code' },
  taskSkills: { table: 'task_skills', labelColumn: 'id' },
};
