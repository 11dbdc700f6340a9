import { z } from 'zod';
import { Audited, Deleted, Id, Version, SortDirection } from './common';
import { endpoint, type Endpoint } from './define';
import type { FieldMap } from './fields';
import type { Language } from './messages';

export interface EntityLabels<F extends FieldMap> {
  /** Plural, as a list title ("Skills"). */
  title: string;
  /** Button text for a new record ("New skill"). */
  create: string;
  fields: { [K in keyof F]: string };
  /** Labels of enum values, by enum name then value. */
  enums?: Record<string, Record<string, string>>;
}

/** One master-data entity: its calls are `<name>.list|get|create|update|delete`. */
export interface EntityDef<N extends string = string, F extends FieldMap = FieldMap> {
  name: N;
  /** Label scope in error messages: fields are labelled `<scope>.<field>`. */
  scope: string;
  fields: F;
  /** Field shown where another record refers to this one (a code or a name). */
  labelField: keyof F & string;
  /** Set for child records edited inside their parent's form (a worker's absences). */
  parent?: keyof F & string;
  labels: Record<Language, EntityLabels<F>>;
}

export function defineEntity<const N extends string, F extends FieldMap>(def: EntityDef<N, F>): EntityDef<N, F> {
  return def;
}

type FieldsOnly = { fields: FieldMap; labelField: string };

const refFieldNames = (def: FieldsOnly) => Object.keys(def.fields).filter((k) => def.fields[k]?.kind === 'ref');

export const sortKeysOf = (def: FieldsOnly): [string, ...string[]] => {
  const listed = Object.keys(def.fields).filter((k) => def.fields[k]?.listed && def.fields[k]?.kind !== 'ref');
  return [def.labelField, ...listed.filter((k) => k !== def.labelField)];
};

function fieldShape<F extends FieldMap>(fields: F): { [K in keyof F]: F[K]['schema'] } {
  return Object.fromEntries(Object.entries(fields).map(([k, spec]) => [k, spec.schema])) as { [K in keyof F]: F[K]['schema'] };
}

export function entityRow<F extends FieldMap>(def: { fields: F }) {
  return Audited.extend(fieldShape(def.fields)).extend({
    /** Display text of each referenced record (code or name), keyed by the ref field. */
    refLabels: z.record(z.string(), z.string().nullable()),
  });
}

export function listInputOf(def: FieldsOnly) {
  const refs = refFieldNames(def);
  const filterShape = Object.fromEntries(refs.map((r) => [r, Id.optional()]));
  const sortKeys = sortKeysOf(def);
  return z.object({
    search: z.string().trim().max(200).default(''),
    sort: z.enum(sortKeys).default(sortKeys[0]),
    direction: SortDirection.default('asc'),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(500).default(50),
    filter: z.object(filterShape).strict().default({}),
    includeInactive: z.boolean().default(false),
  });
}

type EntityCalls<N extends string, F extends FieldMap> = {
  [K in `${N}.list`]: Endpoint<ReturnType<typeof listInputOf>, z.ZodObject<{ rows: z.ZodArray<ReturnType<typeof entityRow<F>>>; total: z.ZodNumber; page: z.ZodNumber; pageSize: z.ZodNumber }>>;
} & {
  [K in `${N}.get`]: Endpoint<z.ZodObject<{ id: typeof Id }>, ReturnType<typeof entityRow<F>>>;
} & {
  [K in `${N}.create`]: Endpoint<z.ZodObject<{ [P in keyof F]: F[P]['schema'] }>, ReturnType<typeof entityRow<F>>>;
} & {
  [K in `${N}.update`]: Endpoint<
    z.ZodObject<{ [P in keyof F]: F[P]['schema'] } & { id: typeof Id; version: typeof Version }>,
    ReturnType<typeof entityRow<F>>
  >;
} & {
  [K in `${N}.delete`]: Endpoint<z.ZodObject<{ id: typeof Id; version: typeof Version }>, typeof Deleted>;
};

/** The five calls of an entity, documented from its English labels. */
export function entityContract<const N extends string, F extends FieldMap>(def: EntityDef<N, F>): EntityCalls<N, F> {
  const row = entityRow(def);
  const shape = fieldShape(def.fields);
  const what = def.labels.en.title.toLowerCase();
  const calls = {
    [`${def.name}.list`]: endpoint({
      summary: `${def.labels.en.title}: searched, filtered by reference, sorted and paged in the database.`,
      scope: def.scope,
      input: listInputOf(def),
      output: z.object({ rows: z.array(row), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
      writes: false,
    }),
    [`${def.name}.get`]: endpoint({ summary: `One of the ${what}.`, scope: def.scope, input: z.object({ id: Id }), output: row, writes: false }),
    [`${def.name}.create`]: endpoint({
      summary: `Creates one of the ${what}.`,
      scope: def.scope,
      input: z.object(shape).strict(),
      output: row,
      writes: true,
    }),
    [`${def.name}.update`]: endpoint({
      summary: `Changes one of the ${what}; a stale \`version\` is refused with \`conflict\`.`,
      scope: def.scope,
      input: z.object({ ...shape, id: Id, version: Version }).strict(),
      output: row,
      writes: true,
    }),
    [`${def.name}.delete`]: endpoint({
      summary: `Deletes one of the ${what} when nothing refers to it (else \`referenced\`).`,
      scope: def.scope,
      input: z.object({ id: Id, version: Version }),
      output: Deleted,
      writes: true,
    }),
  };
  return calls as unknown as EntityCalls<N, F>;
}
