import type { Database } from 'better-sqlite3';
import * as sql from '../../../db/queries/entity-table';
import { takeNextNumber } from '../../../db/queries/settings';
import type { EntityDef } from '../../contract/entity';
import type { FieldMap, ValuesOf } from '../../contract/fields';
import type { CallContext } from '../context';
import { ServiceError, fieldError, notFound } from '../errors';
import { isoNow, refuseStaleWrite } from '../write';
import { entityNameOfTable, tableOf } from './registry';

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function tableSpecOf(def: { name: string; fields: FieldMap }): sql.TableSpec {
  const columns = Object.entries(def.fields).map(([key, field]): sql.ColumnSpec => {
    const target = field.ref ? tableOf(field.ref) : undefined;
    return {
      key,
      column: snake(key),
      boolean: field.kind === 'boolean',
      ...(target ? { ref: { table: target.table, labelColumn: target.labelColumn } } : {}),
    };
  });
  return {
    table: tableOf(def.name).table,
    columns,
    searchKeys: Object.keys(def.fields).filter((k) => def.fields[k]?.searchable),
    hasActive: def.fields.active?.kind === 'boolean',
  };
}

/**
 * Checks that need the database, run inside the write transaction before anything is written.
 * They throw fieldError(...) naming the field.
 */
export interface EntityRules<F extends FieldMap> {
  /**
   * Values the service decides rather than the caller (a next line number, default prices, a
   * default taken from another record), filled in before the checks so they are checked too.
   * `existing` is the stored row on update.
   */
  prepare?(db: Database, values: ValuesOf<F>, existing: sql.EntityRowData | null): ValuesOf<F>;
  validate?(db: Database, values: ValuesOf<F>, existing: sql.EntityRowData | null): void;
  /** Extra refusal before a delete (beyond references, which are always checked). */
  beforeDelete?(db: Database, existing: sql.EntityRowData): void;
}

export interface EntityService<F extends FieldMap> {
  list(input: sql.ListQuery, ctx: CallContext): { rows: sql.EntityRowData[]; total: number; page: number; pageSize: number };
  get(input: { id: number }, ctx: CallContext): sql.EntityRowData;
  create(input: ValuesOf<F>, ctx: CallContext): sql.EntityRowData;
  update(input: ValuesOf<F> & { id: number; version: number }, ctx: CallContext): sql.EntityRowData;
  delete(input: { id: number; version: number }, ctx: CallContext): { id: number };
}

export function entityService<F extends FieldMap>(def: EntityDef<string, F>, rules: EntityRules<F> = {}): EntityService<F> {
  // Resolved on first use, not at module load: the registry imports every group's handler module,
  // so reading it while those modules initialise would see it half-built.
  let resolved: sql.TableSpec | undefined;
  const tableSpec = (): sql.TableSpec => (resolved ??= tableSpecOf(def));
  const parentColumn = def.parent ? snake(def.parent) : undefined;

  function load(db: Database, id: number): sql.EntityRowData {
    const row = sql.getRow(db, tableSpec(), id);
    if (!row) throw notFound();
    return row;
  }

  function check(db: Database, values: ValuesOf<F>, existing: sql.EntityRowData | null): void {
    for (const [key, field] of Object.entries(def.fields)) {
      const value = (values as Record<string, unknown>)[key];
      if (existing && field.fixedAfterCreate && value !== existing[key]) throw fieldError(key, 'fixed_after_create');
      if (field.ref && value != null) {
        const target = tableOf(field.ref);
        if (!db.prepare(`SELECT 1 FROM "${target.table}" WHERE id = ?`).get(value)) throw fieldError(key, 'ref_missing');
      }
      if (field.unique && value != null) {
        const within =
          def.parent && parentColumn ? { column: parentColumn, value: (values as Record<string, unknown>)[def.parent] } : undefined;
        if (sql.findOther(db, tableSpec().table, snake(key), value, existing?.id ?? null, within) !== undefined) {
          throw fieldError(key, 'duplicate', { value: String(value) });
        }
      }
    }
    rules.validate?.(db, values, existing);
  }

  /** Empty numbered fields take the sequence's next number, skipping numbers typed by hand. */
  function withNumbers(db: Database, input: ValuesOf<F>): ValuesOf<F> {
    const values: Record<string, unknown> = { ...input };
    for (const [key, field] of Object.entries(def.fields)) {
      if (!field.sequence || values[key] != null) continue;
      let number: string;
      do number = takeNextNumber(db, field.sequence);
      while (sql.findOther(db, tableSpec().table, snake(key), number, null) !== undefined);
      values[key] = number;
    }
    return values as ValuesOf<F>;
  }

  return {
    list: (input, ctx) => ({ ...sql.listRows(ctx.store.db, tableSpec(), input), page: input.page, pageSize: input.pageSize }),
    get: (input, ctx) => load(ctx.store.db, input.id),
    create: (input, ctx) => {
      const db = ctx.store.db;
      const id = db.transaction(() => {
        const numbered = withNumbers(db, input);
        const values = rules.prepare ? rules.prepare(db, numbered, null) : numbered;
        check(db, values, null);
        return sql.insertRow(db, tableSpec(), values, ctx.actor, isoNow(ctx));
      })();
      return load(db, id);
    },
    update: (input, ctx) => {
      const db = ctx.store.db;
      const { id, version, ...sent } = input;
      db.transaction(() => {
        const existing = load(db, id);
        const values = rules.prepare ? rules.prepare(db, sent as unknown as ValuesOf<F>, existing) : (sent as unknown as ValuesOf<F>);
        check(db, values, existing);
        if (!sql.updateRow(db, tableSpec(), id, version, values, ctx.actor, isoNow(ctx))) refuseStaleWrite(db, tableSpec().table, id);
      })();
      return load(db, id);
    },
    delete: (input, ctx) => {
      const db = ctx.store.db;
      db.transaction(() => {
        const existing = load(db, input.id);
        if (existing.version !== input.version) refuseStaleWrite(db, tableSpec().table, input.id);
        rules.beforeDelete?.(db, existing);
        const refs = sql.countReferencesTo(db, tableSpec().table, input.id);
        if (refs.length > 0) {
          const described = refs.map((r) => `${entityNameOfTable(r.table)}=${r.count}`).join(';');
          throw new ServiceError('referenced', 'referenced', { refs: described });
        }
        if (!sql.deleteRow(db, tableSpec().table, input.id, input.version)) refuseStaleWrite(db, tableSpec().table, input.id);
      })();
      return { id: input.id };
    },
  };
}
