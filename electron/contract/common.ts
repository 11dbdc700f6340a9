import { z } from 'zod';

export const Id = z.number().int().positive();
export const Version = z.number().int().nonnegative();

/** Empty strings from forms mean "no value"; the store keeps NULL. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional()
    .transform((s) => s ?? null);

export const requiredText = (max: number) => z.string().trim().min(1).max(max);

export const IsoDateTime = z.iso.datetime({ offset: true });

export const SortDirection = z.enum(['asc', 'desc']);

export const pageInput = <S extends readonly [string, ...string[]]>(sortKeys: S) =>
  z.object({
    search: z.string().trim().max(200).default(''),
    sort: z.enum(sortKeys).default(sortKeys[0]),
    direction: SortDirection.default('asc'),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(500).default(50),
  });

export const pageOf = <T extends z.ZodType>(row: T) =>
  z.object({
    rows: z.array(row),
    total: z.number().int().nonnegative(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

/** Audit columns every editable record carries; `version` guards against stale writes. */
export const Audited = z.object({
  id: Id,
  version: Version,
  updatedAt: z.string(),
  updatedBy: z.string(),
});

export const Deleted = z.object({ id: Id });
