import type { Database } from 'better-sqlite3';
import { ORDERS_LISTED, type GenerationInput, type GenerationSummary } from '../../contract/generation';
import { planGeneration } from '../../domain/generation/plan';
import type { GenRequest } from '../../domain/generation/types';
import { fieldError } from '../errors';
import { agreementIdsInScope, calendarCache, chunkLoader } from './load';
import { orderWriter } from './write';

export interface GenerationHooks {
  actor: string;
  now: Date;
  onProgress?: (done: number, total: number) => void;
  /** Asked between chunks of agreements; true rolls the whole run back. */
  isCancelled?: () => boolean;
}

/** Thrown out of the run's transaction when the caller cancelled; nothing was kept. */
export class GenerationCancelled extends Error {
  constructor() {
    super('The generation run was cancelled');
    this.name = 'GenerationCancelled';
  }
}

/** Carries a preview's summary out of the transaction, which better-sqlite3 then rolls back. */
class PreviewRollback extends Error {
  constructor(readonly summary: GenerationSummary) {
    super('preview');
  }
}

const MAX_YEARS = 2;
/** Progress about every 1 %, but never more than this many agreements between two reports. */
const MAX_CHUNK = 200;

/** Refusals that name their field: the handler checks before a job starts, and every run checks again. */
export function checkGenerationInput(input: GenerationInput): void {
  if (input.to < input.from) throw fieldError('to', 'date_order', { other: 'from' });
  const limit = `${String(Number(input.from.slice(0, 4)) + MAX_YEARS).padStart(4, '0')}${input.from.slice(4)}`;
  if (input.to > limit) throw fieldError('to', 'period_too_long', { max: MAX_YEARS });
  if (input.transactionTypes.length === 0) throw fieldError('transactionTypes', 'required');
}

export const chunkSizeFor = (total: number) => Math.max(1, Math.min(MAX_CHUNK, Math.ceil(total / 100)));

function emptySummary(dryRun: boolean, agreements: number): GenerationSummary {
  return {
    dryRun,
    agreements,
    ordersPlanned: 0,
    linesPlanned: 0,
    ordersCreated: 0,
    linesCreated: 0,
    conflicts: 0,
    orders: [],
    skipped: { template: 0, not_active: 0, no_lines_due: 0 },
  };
}

/**
 * Creates the service orders agreements are due for in a period. The whole run is one IMMEDIATE
 * transaction: it holds the write lock from the start, so the existing members it reads cannot
 * change under it, and a preview, a cancel or an error rolls everything back. A preview runs the
 * very same inserts, so it shows exactly what a run would write (numbers aside, which it hides).
 */
/** Negative cache_size is KiB. */
export const GENERATION_CACHE_KIB = -131_072;

export function runGeneration(db: Database, input: GenerationInput, hooks: GenerationHooks): GenerationSummary {
  checkGenerationInput(input);
  const request: GenRequest = {
    from: input.from,
    to: input.to,
    transactionTypes: new Set(input.transactionTypes),
    fillGaps: input.fillGaps,
  };
  const work = db.transaction((): GenerationSummary => {
    const ids = agreementIdsInScope(db, input.scope);
    const total = ids.length;
    hooks.onProgress?.(0, total);
    const load = chunkLoader(db);
    const calendars = calendarCache(db);
    const writer = orderWriter(db, { actor: hooks.actor, now: hooks.now.toISOString() });
    const summary = emptySummary(input.dryRun, total);
    const step = chunkSizeFor(total);
    for (let start = 0; start < total; start += step) {
      if (hooks.isCancelled?.()) throw new GenerationCancelled();
      const chunk = load(ids.slice(start, start + step));
      calendars.add(chunk.agreements);
      const plan = planGeneration(chunk.agreements, calendars.calendars, request, chunk.existing);
      for (const s of plan.skipped) summary.skipped[s.reason] += 1;
      for (const order of plan.orders) {
        const extras = chunk.extras.get(order.agreement.id);
        if (!extras) throw new Error(`Agreement ${order.agreement.id} was planned but not loaded`);
        const written = writer.write(order, extras);
        summary.ordersPlanned += 1;
        summary.linesPlanned += written.lines;
        if (order.calendarConflict) summary.conflicts += 1;
        if (summary.orders.length < ORDERS_LISTED) {
          summary.orders.push({
            id: input.dryRun ? null : written.id,
            number: input.dryRun ? null : written.number,
            agreementId: order.agreement.id,
            agreementNumber: order.agreement.number,
            customerName: extras.customerName,
            serviceDate: order.serviceDate,
            calendarConflict: order.calendarConflict,
            lines: order.lines.map((l, i) => ({ lineNo: i + 1, description: l.line.description, calculatedDate: l.calculatedDate })),
          });
        }
      }
      hooks.onProgress?.(Math.min(start + step, total), total);
    }
    // A cancel that arrives during the last chunk still wins over the commit.
    if (hooks.isCancelled?.()) throw new GenerationCancelled();
    writer.finish();
    if (input.dryRun) throw new PreviewRollback(summary);
    return { ...summary, ordersCreated: summary.ordersPlanned, linesCreated: summary.linesPlanned };
  });
  // A year for thousands of agreements is hundreds of thousands of rows in one transaction; with
  // the default 2 MB page cache SQLite spills index pages over and over. 128 MB for the run.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = ${GENERATION_CACHE_KIB}`);
  try {
    return work.immediate();
  } catch (err) {
    if (err instanceof PreviewRollback) return err.summary;
    throw err;
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
}
