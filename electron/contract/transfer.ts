import { z } from 'zod';
import { CustomerInput } from './customers';
import { endpoint } from './define';
import { entityDef } from './setup';

/** Master data that can be moved in and out as CSV files (Setup > Import and export). */
export const TRANSFER_KINDS = ['customers', 'sites', 'serviceObjects', 'workers', 'items'] as const;
export const TransferKind = z.enum(TRANSFER_KINDS);
export type TransferKind = z.infer<typeof TransferKind>;

/** 5 MB of text; a larger file is split by the user rather than held in one transaction. */
export const MAX_CSV_CHARS = 5 * 1024 * 1024;

/** Label scope of a kind's fields in error messages (customers have their own contract). */
export function transferScope(kind: TransferKind): string {
  return kind === 'customers' ? 'customer' : (entityDef(kind)?.scope ?? kind);
}

/** Column names a file of this kind may use, in the order an export writes them: the field keys. */
export function transferColumns(kind: TransferKind): string[] {
  return Object.keys(kind === 'customers' ? CustomerInput.shape : (entityDef(kind)?.fields ?? {}));
}

const Params = z.record(z.string(), z.union([z.string(), z.number()]));

/** One problem in the file: a header column (row 1) or a record, naming its field where there is one. */
export const TransferIssue = z.object({
  /** Spreadsheet row number: the header is row 1, a value spanning lines is still one row. */
  row: z.number().int().positive(),
  /** Field key (or an unknown column's name); null when the whole row is refused. */
  field: z.string().nullable(),
  key: z.string(),
  params: Params,
  /** English text for scripts; the UI renders `key` and `params` in its own language. */
  message: z.string(),
});
export type TransferIssue = z.infer<typeof TransferIssue>;

/** What formatErrorMessage needs to render one issue, naming its field in the reader's language. */
export function transferIssueDetails(scope: string, issue: Pick<TransferIssue, 'field' | 'key' | 'params'>) {
  return issue.field
    ? { key: issue.key, scope, issues: [{ field: issue.field, key: issue.key, params: issue.params }] }
    : { key: issue.key, scope, params: issue.params };
}

const TransferInput = z
  .object({
    kind: TransferKind,
    /** The file's text (UTF-8, BOM allowed); ";" or "," is taken from the header line. */
    csv: z.string().max(MAX_CSV_CHARS),
  })
  .strict();

const Summary = z.object({
  kind: TransferKind,
  /** Label scope for rendering the issues' field names. */
  scope: z.string(),
  /** Data rows in the file (empty lines are not counted). */
  rows: z.number().int().nonnegative(),
  creates: z.number().int().nonnegative(),
  updates: z.number().int().nonnegative(),
  issues: z.array(TransferIssue),
});

export const transferContract = {
  'transfer.preview': endpoint({
    summary:
      'Checks a CSV file of master data with the same rules as the forms and reports every bad row; writes nothing.',
    scope: 'transfer',
    input: TransferInput,
    output: Summary,
    writes: false,
  }),
  'transfer.import': endpoint({
    summary:
      'Imports a CSV file: rows whose code exists update that record, others create one. All or nothing: with any bad row nothing is written and the issues are returned.',
    scope: 'transfer',
    input: TransferInput,
    output: Summary.extend({ imported: z.boolean() }),
    writes: true,
  }),
  'transfer.export': endpoint({
    summary: 'All records of a kind as a ";"-separated UTF-8 CSV file with the columns the import accepts.',
    input: z.object({ kind: TransferKind }).strict(),
    output: z.object({ fileName: z.string(), csv: z.string() }),
    writes: false,
  }),
};
