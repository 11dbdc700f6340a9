import { z } from 'zod';

/**
 * Field builders for master-data entities. One definition gives the input schema (parsed in the
 * main process), the stored column, and what the form needs to draw the field, so the three cannot
 * disagree.
 */
export type FieldKind =
  | 'text'
  | 'textarea'
  | 'integer'
  | 'money'
  | 'hours'
  | 'percent'
  | 'date'
  | 'time'
  | 'boolean'
  | 'enum'
  | 'ref'
  | 'instant';

export interface FieldSpec<S extends z.ZodType = z.ZodType> {
  kind: FieldKind;
  schema: S;
  required: boolean;
  /** Shown in the list as a column. */
  listed: boolean;
  /** Part of the accent-folded search text. */
  searchable: boolean;
  /** Must be unique in the table (checked before writing, named in the error). */
  unique: boolean;
  /** Enum values; their labels are `enums.<enumName>.<value>` in the UI catalogue. */
  options?: readonly string[];
  enumName?: string;
  /** For ref fields: the entity referred to. */
  ref?: string;
  /** Value stays as first saved (e.g. a stage's parent). */
  fixedAfterCreate: boolean;
  /**
   * For ref fields: the choice is narrowed by another field of the same form, e.g. a site by the
   * chosen customer (the referenced list is filtered by this field's name and value).
   */
  filterBy?: string;
  /** Left empty on create, the next number of this number sequence is taken (agreements: "agreement"). */
  sequence?: string;
  /** Set by the service (a stamp); shown, never edited, and what a caller sends is ignored. */
  readOnly?: boolean;
}

type Opts = Partial<Pick<FieldSpec, 'listed' | 'searchable' | 'unique' | 'fixedAfterCreate' | 'filterBy'>>;

function spec<S extends z.ZodType>(kind: FieldKind, schema: S, required: boolean, opts: Opts, extra: Partial<Pick<FieldSpec, 'options' | 'enumName' | 'ref' | 'sequence' | 'readOnly'>> = {}): FieldSpec<S> {
  return {
    kind,
    schema,
    required,
    listed: opts.listed ?? false,
    searchable: opts.searchable ?? false,
    unique: opts.unique ?? false,
    fixedAfterCreate: opts.fixedAfterCreate ?? false,
    ...(opts.filterBy ? { filterBy: opts.filterBy } : {}),
    ...extra,
  };
}

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

const nullable = <S extends z.ZodType>(schema: S) =>
  z.preprocess(blankToNull, schema.nullable().optional()).transform((v) => v ?? null);

const isoDate = z.iso.date();
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const f = {
  /** A unique document number; empty on create takes the next number of the sequence. */
  numbered: (sequence: string, opts: Opts = {}) =>
    spec('text', nullable(z.string().trim().max(20)), false, { listed: true, searchable: true, unique: true, ...opts }, { sequence }),
  code: (opts: Opts = {}) =>
    spec('text', z.string().trim().min(1).max(20), true, { listed: true, searchable: true, unique: true, ...opts }),
  text: (max: number, opts: Opts = {}) => spec('text', z.string().trim().min(1).max(max), true, opts),
  optionalText: (max: number, opts: Opts = {}) => spec('text', nullable(z.string().trim().max(max)), false, opts),
  textarea: (max: number, opts: Opts = {}) => spec('textarea', nullable(z.string().trim().max(max)), false, opts),
  integer: (min: number, max: number, opts: Opts = {}) => spec('integer', z.number().int().min(min).max(max), true, opts),
  optionalInteger: (min: number, max: number, opts: Opts = {}) =>
    spec('integer', nullable(z.number().int().min(min).max(max)), false, opts),
  /** Integer cents; the form edits "45,50" and sends 4550. */
  money: (opts: Opts = {}) => spec('money', z.number().int().min(0).max(1_000_000_000_00).default(0), true, opts),
  /** Integer hundredths of an hour (150 = 1.5 h). */
  hours: (opts: Opts = {}) => spec('hours', z.number().int().min(0).max(100_000).default(0), true, opts),
  /** Integer hundredths of a percent (2100 = 21 %). */
  percent: (opts: Opts = {}) => spec('percent', z.number().int().min(0).max(100_00), true, opts),
  date: (opts: Opts = {}) => spec('date', isoDate, true, opts),
  optionalDate: (opts: Opts = {}) => spec('date', nullable(isoDate), false, opts),
  optionalTime: (opts: Opts = {}) => spec('time', nullable(clock), false, opts),
  boolean: (fallback: boolean, opts: Opts = {}) => spec('boolean', z.boolean().default(fallback), false, opts),
  enumOf: <const V extends readonly [string, ...string[]]>(enumName: string, values: V, fallback: V[number], opts: Opts = {}) =>
    spec('enum', z.enum(values).default(fallback as never), true, opts, { options: values, enumName }),
  /** A moment the service records (UTC ISO instant), shown in the reader's local time. */
  stamp: (opts: Opts = {}) =>
    spec('instant', nullable(z.string().max(40)), false, opts, { readOnly: true }),
  ref: (entity: string, opts: Opts = {}) => spec('ref', z.number().int().positive(), true, opts, { ref: entity }),
  optionalRef: (entity: string, opts: Opts = {}) => spec('ref', nullable(z.number().int().positive()), false, opts, { ref: entity }),
};

export type FieldMap = Record<string, FieldSpec>;

/** Input values of an entity after parsing. */
export type ValuesOf<F extends FieldMap> = { [K in keyof F]: z.output<F[K]['schema']> };
