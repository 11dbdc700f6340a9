import { defineEntity } from './entity';
import { f } from './fields';
import type { Language } from './messages';

/**
 * The service objects and service tasks a document (an agreement, an order) is about. Both kinds
 * of document relate them the same way; only the parent differs.
 */
interface RelationParent<N extends string, P extends string> {
  name: N;
  scope: string;
  /** The parent link field, e.g. "agreementId". */
  parent: P;
  /** The parent entity, e.g. "agreements". */
  parentEntity: string;
  parentLabel: Record<Language, string>;
}

export function relatedObjectsEntity<const N extends string, const P extends string>(p: RelationParent<N, P>) {
  const fields = {
    [p.parent]: f.ref(p.parentEntity, { fixedAfterCreate: true }),
    serviceObjectId: f.ref('serviceObjects', { listed: true, unique: true }),
    note: f.optionalText(200, { listed: true }),
  } as { [K in P]: ReturnType<typeof f.ref> } & { serviceObjectId: ReturnType<typeof f.ref>; note: ReturnType<typeof f.optionalText> };
  return defineEntity({
    name: p.name,
    scope: p.scope,
    labelField: 'serviceObjectId',
    parent: p.parent,
    fields,
    labels: {
      en: {
        title: 'Related service objects',
        create: 'Add service object',
        fields: { [p.parent]: p.parentLabel.en, serviceObjectId: 'Service object', note: 'Note' } as { [K in keyof typeof fields]: string },
      },
      lv: {
        title: 'Saistītie servisa objekti',
        create: 'Pievienot servisa objektu',
        fields: { [p.parent]: p.parentLabel.lv, serviceObjectId: 'Servisa objekts', note: 'Piezīme' } as { [K in keyof typeof fields]: string },
      },
    },
  });
}

export function relatedTasksEntity<const N extends string, const P extends string>(p: RelationParent<N, P>) {
  const fields = {
    [p.parent]: f.ref(p.parentEntity, { fixedAfterCreate: true }),
    taskId: f.ref('tasks', { listed: true, unique: true }),
    // Empty on save: the task's own text is taken, so the document can then word it differently.
    internalText: f.textarea(4000),
    customerText: f.textarea(4000),
  } as { [K in P]: ReturnType<typeof f.ref> } & {
    taskId: ReturnType<typeof f.ref>;
    internalText: ReturnType<typeof f.textarea>;
    customerText: ReturnType<typeof f.textarea>;
  };
  return defineEntity({
    name: p.name,
    scope: p.scope,
    labelField: 'taskId',
    parent: p.parent,
    fields,
    labels: {
      en: {
        title: 'Related service tasks',
        create: 'Add service task',
        fields: {
          [p.parent]: p.parentLabel.en,
          taskId: 'Service task',
          internalText: 'Notes for the technician',
          customerText: 'Text for the customer',
        } as { [K in keyof typeof fields]: string },
      },
      lv: {
        title: 'Saistītie servisa uzdevumi',
        create: 'Pievienot servisa uzdevumu',
        fields: {
          [p.parent]: p.parentLabel.lv,
          taskId: 'Servisa uzdevums',
          internalText: 'Piezīmes tehniķim',
          customerText: 'Teksts klientam',
        } as { [K in keyof typeof fields]: string },
      },
    },
  });
}
