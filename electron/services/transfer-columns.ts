import type { Database } from 'better-sqlite3';
import { Customer, CustomerInput } from '../contract/customers';
import type { EntityDef } from '../contract/entity';
import type { FieldKind } from '../contract/fields';
import { entityDef } from '../contract/setup';
import type { TransferKind } from '../contract/transfer';
import type { EnumChoices } from '../domain/csv-values';
import { tableOf } from './entities/registry';

/**
 * The CSV columns of each importable kind: one per field, named by the field key. A reference is
 * written as the referenced record's code, because ids mean nothing outside this database.
 */
export interface TransferColumn {
  key: string;
  kind: FieldKind;
  /** An empty cell clears the value (null); otherwise an empty cell means "not given". */
  nullable: boolean;
  /** Must be in the header: the field is required and has no default. */
  required: boolean;
  /** Entity a reference column points at. */
  ref?: string;
  choices?: EnumChoices;
}

export interface TransferSpec {
  kind: TransferKind;
  columns: TransferColumn[];
  /** Field whose value places a record under its owner (a site's customer); codes are unique within it. */
  parent?: string;
}

function accepts(schema: { safeParse(v: unknown): { success: boolean } }, value: unknown): boolean {
  return schema.safeParse(value).success;
}

function enumChoices(def: EntityDef, enumName: string | undefined, values: readonly string[]): EnumChoices {
  const labels = enumName ? [def.labels.en.enums?.[enumName], def.labels.lv.enums?.[enumName]] : [];
  return { values, labels: labels.filter((l): l is Record<string, string> => l !== undefined) };
}

function entitySpec(kind: Exclude<TransferKind, 'customers'>): TransferSpec {
  const def = entityDef(kind);
  if (!def) throw new Error(`No entity definition for ${kind}`);
  const columns = Object.entries(def.fields).map(
    ([key, field]): TransferColumn => ({
      key,
      kind: field.kind,
      nullable: !field.required && field.kind !== 'boolean',
      required: field.required && !accepts(field.schema, undefined),
      ...(field.ref ? { ref: field.ref } : {}),
      ...(field.options ? { choices: enumChoices(def, field.enumName, field.options) } : {}),
    }),
  );
  return { kind, columns, ...(def.parent ? { parent: def.parent } : {}) };
}

/** Customers have a contract of their own; its input schema says which fields may be empty. */
function customersSpec(): TransferSpec {
  const columns = Object.entries(CustomerInput.shape).map(([key, schema]): TransferColumn => {
    const kind: FieldKind = key === 'active' ? 'boolean' : key === 'language' ? 'enum' : 'text';
    return {
      key,
      kind,
      nullable: accepts(schema, null),
      required: !accepts(schema, undefined),
      ...(kind === 'enum' ? { choices: { values: Customer.shape.language.options } } : {}),
    };
  });
  return { kind: 'customers', columns };
}

const specs = new Map<TransferKind, TransferSpec>();

export function transferSpec(kind: TransferKind): TransferSpec {
  let spec = specs.get(kind);
  if (!spec) {
    spec = kind === 'customers' ? customersSpec() : entitySpec(kind);
    specs.set(kind, spec);
  }
  return spec;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Every importable kind and every entity they refer to has a `code`; for entities kept under an
 * owner (sites under a customer) the code is looked up under the owner when it is known.
 */
export function idByCode(db: Database, entity: string, code: string, owner?: { field: string; id: number }): number | undefined {
  const table = quote(tableOf(entity).table);
  const row = owner
    ? db.prepare(`SELECT id FROM ${table} WHERE code = ? AND ${quote(snake(owner.field))} = ? ORDER BY id LIMIT 1`).get(code, owner.id)
    : db.prepare(`SELECT id FROM ${table} WHERE code = ? ORDER BY id LIMIT 1`).get(code);
  return (row as { id: number } | undefined)?.id;
}

/** Field of the referenced entity that places it under an owner (sites -> customerId). */
export function ownerFieldOf(entity: string): string | undefined {
  return entityDef(entity)?.parent;
}

/** id -> code of one entity, cached for the length of one export. */
export function codeLookup(db: Database): (entity: string, id: number) => string {
  const cache = new Map<string, string>();
  return (entity, id) => {
    const cacheKey = `${entity}:${id}`;
    let code = cache.get(cacheKey);
    if (code === undefined) {
      const row = db.prepare(`SELECT code FROM ${quote(tableOf(entity).table)} WHERE id = ?`).get(id) as { code: string } | undefined;
      code = row?.code ?? '';
      cache.set(cacheKey, code);
    }
    return code;
  };
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
