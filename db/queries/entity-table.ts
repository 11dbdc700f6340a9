import type { Database } from 'better-sqlite3';
import { foldForSearch, likePattern } from '../search-text';

/**
 * Generic SQL for master-data tables described by a TableSpec. Table and column names come from
 * code (the entity registry), never from input; values are always bound parameters.
 */
export interface ColumnSpec {
  key: string;
  column: string;
  boolean: boolean;
  /** Joined to show the referenced record's code or name. */
  ref?: { table: string; labelColumn: string };
}

export interface TableSpec {
  table: string;
  columns: ColumnSpec[];
  /** Field keys folded into search_text. */
  searchKeys: string[];
  hasActive: boolean;
}

export type RowValues = Record<string, unknown>;

export interface EntityRowData {
  id: number;
  version: number;
  updatedAt: string;
  updatedBy: string;
  refLabels: Record<string, string | null>;
  [key: string]: unknown;
}

export interface ListQuery {
  search: string;
  sort: string;
  direction: 'asc' | 'desc';
  page: number;
  pageSize: number;
  filter: Record<string, number | undefined>;
  includeInactive: boolean;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

function selectSql(spec: TableSpec): string {
  const cols = spec.columns.map((c) => `t.${q(c.column)} AS ${q(c.key)}`);
  const joins: string[] = [];
  spec.columns.forEach((c, i) => {
    if (!c.ref) return;
    cols.push(`r${i}.${q(c.ref.labelColumn)} AS ${q(`ref:${c.key}`)}`);
    joins.push(`LEFT JOIN ${q(c.ref.table)} r${i} ON r${i}.id = t.${q(c.column)}`);
  });
  return `SELECT t.id, t.version, t.updated_at AS updatedAt, t.updated_by AS updatedBy, ${cols.join(', ')}
    FROM ${q(spec.table)} t ${joins.join(' ')}`;
}

function fromRaw(spec: TableSpec, raw: Record<string, unknown>): EntityRowData {
  const row: EntityRowData = {
    id: raw.id as number,
    version: raw.version as number,
    updatedAt: raw.updatedAt as string,
    updatedBy: raw.updatedBy as string,
    refLabels: {},
  };
  for (const c of spec.columns) {
    row[c.key] = c.boolean ? raw[c.key] === 1 : raw[c.key];
    if (c.ref) row.refLabels[c.key] = (raw[`ref:${c.key}`] as string | null) ?? null;
  }
  return row;
}

function bindable(spec: TableSpec, values: RowValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of spec.columns) {
    const v = values[c.key];
    out[c.key] = c.boolean ? (v ? 1 : 0) : (v ?? null);
  }
  return out;
}

function searchText(spec: TableSpec, values: RowValues): string {
  return foldForSearch(...spec.searchKeys.map((k) => (values[k] == null ? null : String(values[k]))));
}

export function getRow(db: Database, spec: TableSpec, id: number): EntityRowData | undefined {
  const raw = db.prepare(`${selectSql(spec)} WHERE t.id = ?`).get(id) as Record<string, unknown> | undefined;
  return raw && fromRaw(spec, raw);
}

export function listRows(db: Database, spec: TableSpec, query: ListQuery): { rows: EntityRowData[]; total: number } {
  const where: string[] = [];
  const args: Record<string, unknown> = {};
  if (spec.hasActive && !query.includeInactive) where.push('t.active = 1');
  if (query.search && spec.searchKeys.length > 0) {
    where.push("t.search_text LIKE @pattern ESCAPE '\\'");
    args.pattern = likePattern(query.search);
  }
  for (const [key, value] of Object.entries(query.filter)) {
    const col = spec.columns.find((c) => c.key === key);
    if (!col || value === undefined) continue;
    where.push(`t.${q(col.column)} = @f_${key}`);
    args[`f_${key}`] = value;
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const sortCol = spec.columns.find((c) => c.key === query.sort) ?? spec.columns[0];
  const order = sortCol ? `t.${q(sortCol.column)} COLLATE NOCASE ${query.direction === 'desc' ? 'DESC' : 'ASC'}, t.id` : 't.id';
  const total = (db.prepare(`SELECT count(*) AS n FROM ${q(spec.table)} t ${whereSql}`).get(args) as { n: number }).n;
  const raws = db
    .prepare(`${selectSql(spec)} ${whereSql} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
    .all({ ...args, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }) as Record<string, unknown>[];
  return { rows: raws.map((r) => fromRaw(spec, r)), total };
}

export function insertRow(db: Database, spec: TableSpec, values: RowValues, actor: string, now: string): number {
  const cols = spec.columns.map((c) => q(c.column));
  const params = spec.columns.map((c) => `@${c.key}`);
  if (spec.searchKeys.length > 0) {
    cols.push('search_text');
    params.push('@__search');
  }
  const info = db
    .prepare(
      `INSERT INTO ${q(spec.table)} (${cols.join(', ')}, version, created_at, updated_at, updated_by)
       VALUES (${params.join(', ')}, 0, @__now, @__now, @__actor)`,
    )
    .run({ ...bindable(spec, values), __search: searchText(spec, values), __now: now, __actor: actor });
  return Number(info.lastInsertRowid);
}

/** False when the row is gone or its version moved on; the caller says which. */
export function updateRow(db: Database, spec: TableSpec, id: number, version: number, values: RowValues, actor: string, now: string): boolean {
  const sets = spec.columns.map((c) => `${q(c.column)} = @${c.key}`);
  if (spec.searchKeys.length > 0) sets.push('search_text = @__search');
  const info = db
    .prepare(
      `UPDATE ${q(spec.table)} SET ${sets.join(', ')}, version = version + 1, updated_at = @__now, updated_by = @__actor
       WHERE id = @__id AND version = @__version`,
    )
    .run({ ...bindable(spec, values), __search: searchText(spec, values), __now: now, __actor: actor, __id: id, __version: version });
  return info.changes === 1;
}

export function deleteRow(db: Database, table: string, id: number, version: number): boolean {
  return db.prepare(`DELETE FROM ${q(table)} WHERE id = ? AND version = ?`).run(id, version).changes === 1;
}

/** Another row with this value in `column` (optionally within the same parent). */
export function findOther(db: Database, table: string, column: string, value: unknown, exceptId: number | null, within?: { column: string; value: unknown }): number | undefined {
  const scope = within ? ` AND ${q(within.column)} IS @within` : '';
  const row = db
    .prepare(`SELECT id FROM ${q(table)} WHERE ${q(column)} = @value AND id IS NOT @except${scope} LIMIT 1`)
    .get({ value, except: exceptId, within: within?.value ?? null }) as { id: number } | undefined;
  return row?.id;
}

interface ForeignKey {
  table: string;
  column: string;
  cascade: boolean;
}
type ForeignKeyIndex = Map<string, ForeignKey[]>;
const foreignKeyIndexes = new WeakMap<Database, ForeignKeyIndex>();

/** Who may point at a table, read from the schema's own foreign keys so no reference is forgotten. */
function referencingKeys(db: Database, table: string): ForeignKey[] {
  let foreignKeys = foreignKeyIndexes.get(db);
  if (!foreignKeys) {
    foreignKeys = new Map();
    foreignKeyIndexes.set(db, foreignKeys);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
    for (const { name } of tables) {
      const fks = db.prepare(`PRAGMA foreign_key_list(${q(name)})`).all() as { table: string; from: string; on_delete: string }[];
      for (const fk of fks) {
        const list = foreignKeys.get(fk.table) ?? [];
        list.push({ table: name, column: fk.from, cascade: fk.on_delete === 'CASCADE' });
        foreignKeys.set(fk.table, list);
      }
    }
  }
  return foreignKeys.get(table) ?? [];
}

/**
 * Rows elsewhere that keep this one from being deleted. Rows that belong to it (ON DELETE
 * CASCADE: a worker's absences, an area's codes) go with it, but whatever refers to those rows
 * blocks the delete too, so the walk follows the cascade down. A self-reference counts.
 */
export function countReferencesTo(db: Database, table: string, id: number): { table: string; count: number }[] {
  const totals = new Map<string, number>();
  const walk = (t: string, ids: number[]) => {
    for (const ref of referencingKeys(db, t)) {
      for (const chunk of chunks(ids, 500)) {
        const marks = chunk.map(() => '?').join(', ');
        if (ref.cascade) {
          const children = db.prepare(`SELECT id FROM ${q(ref.table)} WHERE ${q(ref.column)} IN (${marks})`).all(...chunk) as { id: number }[];
          if (children.length > 0) walk(ref.table, children.map((c) => c.id));
        } else {
          const n = (db.prepare(`SELECT count(*) AS n FROM ${q(ref.table)} WHERE ${q(ref.column)} IN (${marks})`).get(...chunk) as { n: number }).n;
          if (n > 0) totals.set(ref.table, (totals.get(ref.table) ?? 0) + n);
        }
      }
    }
  };
  walk(table, [id]);
  return [...totals].map(([t, count]) => ({ table: t, count }));
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
