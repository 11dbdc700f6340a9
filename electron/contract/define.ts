import type { z } from 'zod';

/** One API call: its input schema (parsed in the main process), output schema (documentation and tests), and a summary. */
export interface Endpoint<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  summary: string;
  /** Label scope for field names in error messages ("customer" -> customer.name). */
  scope?: string;
  /** Calls that change data; reads are marked false so scripts know what is safe to retry. */
  writes: boolean;
}

export function endpoint<I extends z.ZodType, O extends z.ZodType>(spec: Endpoint<I, O>): Endpoint<I, O> {
  return spec;
}
