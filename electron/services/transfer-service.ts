import { contract, type ApiName } from '../contract';
import { formatErrorMessage } from '../contract/messages';
import { transferIssueDetails, transferScope, type TransferIssue, type TransferKind } from '../contract/transfer';
import { parseCsv, writeCsv, type CsvRecord } from '../domain/csv';
import { readCell, writeCell } from '../domain/csv-values';
import type { CallContext, Handlers } from './context';
import { customerHandlers } from './customers-service';
import { setupHandlers } from './entities/setup-handlers';
import { ServiceError } from './errors';
import { codeLookup, idByCode, ownerFieldOf, transferSpec, type TransferColumn, type TransferSpec } from './transfer-columns';
import { toFieldIssues } from './validation';

type TransferHandlers = Pick<Handlers, 'transfer.preview' | 'transfer.import' | 'transfer.export'>;
type Issue = Omit<TransferIssue, 'message' | 'row'>;
type Values = Record<string, unknown>;

interface Outcome {
  kind: TransferKind;
  scope: string;
  rows: number;
  creates: number;
  updates: number;
  issues: TransferIssue[];
}

/** The same handlers the forms call, so an imported row passes exactly the checks a saved form does. */
const entityCalls: Partial<Handlers> = { ...customerHandlers, ...setupHandlers };

/** Thrown out of the outer transaction to undo a preview (or a refused import) on purpose. */
const ROLLBACK = Symbol('rollback');

type CallResult = { ok: true; value: Values } | { ok: false; issues: Issue[] };

const issueOf = (field: string | null, key: string, params: Record<string, string | number> = {}): Issue => ({ field, key, params });

/**
 * Runs one contract call the way `invoke` does (schema, then handler) but synchronously, so every
 * row stays inside the one transaction. The entity handlers open their own transactions; nested
 * in ours they become savepoints, and a refused row is rolled back to its savepoint alone.
 */
function callEntity(name: ApiName, raw: Values, ctx: CallContext): CallResult {
  const parsed = contract[name].input.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, issues: toFieldIssues(parsed.error).map((i) => issueOf(i.field, i.key, i.params)) };
  }
  const handler = entityCalls[name] as ((input: unknown, ctx: CallContext) => unknown) | undefined;
  if (!handler) throw new Error(`No handler for ${name}`);
  try {
    const value = handler(parsed.data, ctx);
    if (value instanceof Promise) throw new Error(`${name} is asynchronous and cannot run inside an import`);
    return { ok: true, value: value as Values };
  } catch (err) {
    if (!(err instanceof ServiceError)) throw err;
    if (err.issues.length > 0) return { ok: false, issues: err.issues.map((i) => issueOf(i.field, i.key, i.params)) };
    const field = typeof err.params.field === 'string' ? err.params.field : null;
    return { ok: false, issues: [issueOf(field, err.key, err.params)] };
  }
}

function withMessage(scope: string, row: number, issue: Issue): TransferIssue {
  return { row, ...issue, message: formatErrorMessage('en', transferIssueDetails(scope, issue)) };
}

/** Header cells -> the kind's columns; unknown, repeated and missing columns are named. */
function readHeader(spec: TransferSpec, header: CsvRecord): { columns: (TransferColumn | null)[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const columns = header.cells.map((cell) => {
    const name = cell.trim();
    if (name === '') return null;
    const column = spec.columns.find((c) => c.key.toLowerCase() === name.toLowerCase());
    if (!column) issues.push(issueOf(name, 'csv_unknown_column'));
    else if (seen.has(column.key)) issues.push(issueOf(column.key, 'csv_duplicate_column', { column: name }));
    else {
      seen.add(column.key);
      return column;
    }
    return null;
  });
  for (const column of spec.columns) {
    if (column.required && !seen.has(column.key)) issues.push(issueOf(column.key, 'csv_missing_column', { column: column.key }));
  }
  return { columns, issues };
}

interface RowInput {
  values: Values;
  /** Non-nullable fields left empty: not sent, so a default applies or "required" is reported. */
  empty: Set<string>;
  /** Trimmed cell text by field key, for codes and messages. */
  text: Map<string, string>;
  issues: Issue[];
}

/** Cells -> input values. References are resolved after the other cells, as an owner (a site's customer) narrows them. */
function readRow(ctx: CallContext, columns: (TransferColumn | null)[], record: CsvRecord): RowInput {
  const input: RowInput = { values: {}, empty: new Set(), text: new Map(), issues: [] };
  if (record.cells.some((cell, i) => cell.trim() !== '' && !columns[i])) input.issues.push(issueOf(null, 'csv_extra_values'));
  const refs: TransferColumn[] = [];
  columns.forEach((column, i) => {
    if (!column) return;
    const text = (record.cells[i] ?? '').trim();
    input.text.set(column.key, text);
    if (text === '') {
      if (column.nullable) input.values[column.key] = null;
      else input.empty.add(column.key);
    } else if (column.ref) refs.push(column);
    else {
      const cell = readCell(column.kind, record.cells[i] ?? '', column.choices);
      if (cell.ok) input.values[column.key] = cell.value;
      else input.issues.push(issueOf(column.key, cell.key, cell.params));
    }
  });
  for (const column of refs) {
    const code = input.text.get(column.key) ?? '';
    const ref = column.ref ?? '';
    const ownerField = ownerFieldOf(ref);
    const ownerId = ownerField ? input.values[ownerField] : undefined;
    const id = idByCode(ctx.store.db, ref, code, ownerField && typeof ownerId === 'number' ? { field: ownerField, id: ownerId } : undefined);
    if (id === undefined) input.issues.push(issueOf(column.key, 'csv_ref_unknown', { value: code }));
    else input.values[column.key] = id;
  }
  return input;
}

/** The stored record a row updates: same code (under the same owner for sites), or none. */
function existingId(ctx: CallContext, spec: TransferSpec, input: RowInput): number | undefined {
  const code = input.text.get('code');
  if (!code) return undefined;
  if (!spec.parent) return idByCode(ctx.store.db, spec.kind, code);
  const owner = input.values[spec.parent];
  return typeof owner === 'number' ? idByCode(ctx.store.db, spec.kind, code, { field: spec.parent, id: owner }) : undefined;
}

function checkRows(ctx: CallContext, spec: TransferSpec, records: CsvRecord[], outcome: Outcome): void {
  const [header, ...data] = records;
  outcome.rows = data.length;
  if (!header) {
    outcome.issues.push(withMessage(outcome.scope, 1, issueOf(null, 'csv_empty')));
    return;
  }
  const head = readHeader(spec, header);
  if (head.issues.length > 0) {
    // Every row would repeat the header's problem; the header is fixed first.
    outcome.issues.push(...head.issues.map((i) => withMessage(outcome.scope, header.row, i)));
    return;
  }
  const firstRowOfKey = new Map<string, number>();
  for (const record of data) {
    const input = readRow(ctx, head.columns, record);
    const code = input.text.get('code');
    const key = code ? `${spec.parent ? `${input.text.get(spec.parent) ?? ''}\u0000` : ''}${code}` : undefined;
    const firstRow = key === undefined ? undefined : firstRowOfKey.get(key);
    if (key !== undefined && firstRow === undefined) firstRowOfKey.set(key, record.row);
    if (firstRow !== undefined) input.issues.push(issueOf('code', 'csv_duplicate_row', { value: code ?? '', line: firstRow }));
    const result = input.issues.length > 0 ? null : saveRow(ctx, spec, input);
    const issues = result === null ? [...input.issues, ...otherIssues(spec, input)] : result.ok ? [] : result.issues;
    if (result?.ok) {
      if (result.updated) outcome.updates++;
      else outcome.creates++;
    }
    outcome.issues.push(...issues.map((i) => withMessage(outcome.scope, record.row, i)));
  }
}

/** A row with a bad cell is not saved, but its other fields are still checked so one preview shows all of them. */
function otherIssues(spec: TransferSpec, input: RowInput): Issue[] {
  const reported = new Set(input.issues.map((i) => i.field));
  const parsed = contract[`${spec.kind}.create` as ApiName].input.safeParse(input.values);
  return parsed.success ? [] : toFieldIssues(parsed.error).filter((i) => !reported.has(i.field)).map((i) => issueOf(i.field, i.key, i.params));
}

function saveRow(ctx: CallContext, spec: TransferSpec, input: RowInput): { ok: true; updated: boolean } | { ok: false; issues: Issue[] } {
  const id = existingId(ctx, spec, input);
  if (id === undefined) {
    const result = callEntity(`${spec.kind}.create` as ApiName, input.values, ctx);
    return result.ok ? { ok: true, updated: false } : result;
  }
  const stored = callEntity(`${spec.kind}.get` as ApiName, { id }, ctx);
  if (!stored.ok) return stored;
  // Columns the file leaves out keep their stored values; an empty cell acts as an empty form field.
  const values: Values = {};
  for (const column of spec.columns) {
    if (!input.empty.has(column.key)) values[column.key] = column.key in input.values ? input.values[column.key] : stored.value[column.key];
  }
  const result = callEntity(`${spec.kind}.update` as ApiName, { ...values, id, version: stored.value.version }, ctx);
  return result.ok ? { ok: true, updated: true } : result;
}

/** Checks (and with `commit` keeps) a whole file in one transaction: all rows or none. */
function run(ctx: CallContext, kind: TransferKind, csv: string, commit: boolean): Outcome {
  const outcome: Outcome = { kind, scope: transferScope(kind), rows: 0, creates: 0, updates: 0, issues: [] };
  const parsed = parseCsv(csv);
  if (!parsed.ok) {
    outcome.issues.push(withMessage(outcome.scope, parsed.row, issueOf(null, parsed.key)));
    return outcome;
  }
  const db = ctx.store.db;
  try {
    db.transaction(() => {
      checkRows(ctx, transferSpec(kind), parsed.records, outcome);
      if (!commit || outcome.issues.length > 0) throw ROLLBACK;
    })();
  } catch (err) {
    if (err !== ROLLBACK) throw err;
  }
  return outcome;
}

const EXPORT_PAGE_SIZE = 500;

function exportCsv(ctx: CallContext, kind: TransferKind): string {
  const spec = transferSpec(kind);
  const codeOf = codeLookup(ctx.store.db);
  const lines: string[][] = [spec.columns.map((c) => c.key)];
  for (let page = 1; ; page++) {
    const list = callEntity(`${kind}.list` as ApiName, { includeInactive: true, sort: 'code', page, pageSize: EXPORT_PAGE_SIZE }, ctx);
    if (!list.ok) throw new Error(`${kind}.list refused the export query`);
    const rows = list.value.rows as Values[];
    for (const row of rows) {
      lines.push(
        spec.columns.map((c) => (c.ref && typeof row[c.key] === 'number' ? codeOf(c.ref, row[c.key] as number) : writeCell(c.kind, row[c.key]))),
      );
    }
    if (rows.length < EXPORT_PAGE_SIZE) break;
  }
  return writeCsv(lines, { delimiter: ';', bom: true });
}

export const transferHandlers: TransferHandlers = {
  'transfer.preview': (input, ctx) => run(ctx, input.kind, input.csv, false),

  'transfer.import': (input, ctx) => {
    const outcome = run(ctx, input.kind, input.csv, true);
    return { ...outcome, imported: outcome.issues.length === 0 };
  },

  'transfer.export': (input, ctx) => {
    const day = ctx.now().toISOString().slice(0, 10);
    return { fileName: `${input.kind}-${day}.csv`, csv: exportCsv(ctx, input.kind) };
  },
};
