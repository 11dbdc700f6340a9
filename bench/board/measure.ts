/**
 * Measures one page (the bare FullCalendar page or our board) at one size: a warm-up load, then
 * `runs` timed loads (one when the warm-up took over 5 s), each in a fresh tab of one browser
 * context (so the scripts come from the HTTP cache, as they do for a dispatcher), then the drops on
 * the last tab. A load that passes the cap ends the measurement: nothing else would finish either.
 */
import { dragAndTime, launchChromium, newContext, openAndTime, rowOrder, type DropRequest, type LoadSample, type OpenPage } from './driver';

const SLOW_LOAD_MS = 5_000;

export interface DropSample {
  /** Release to the bar standing in the target lane (not the drag mirror). */
  barMs: number;
  /** Release to the page sending the save, and to its answer parsed; null on the bare page. */
  saveSentMs: number | null;
  savedMs: number | null;
  /** Release to both: saved and the bar in its new place. */
  roundTripMs: number;
  /** Release to the post-save refetch painted; null on the bare page. */
  refetchedMs: number | null;
}

export interface TargetResult {
  finished: boolean;
  warmUp: LoadSample;
  loads: LoadSample[];
  drops: DropSample[];
  dropError: string | null;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Plans the drops from the rows as the page shows them (resource ids, top to bottom). */
export type DropPlanner = (rows: readonly string[]) => DropRequest[];

async function measureDrops(open: OpenPage, plan: DropPlanner, settleMs: number): Promise<{ drops: DropSample[]; dropError: string | null }> {
  const drops: DropSample[] = [];
  try {
    const requests = plan(await rowOrder(open.page));
    if (requests.length === 0) throw new Error('no pair of rows with a free slot to drop into');
    for (const request of requests) {
      const t = await dragAndTime(open.page, request);
      const since = (at: number | null) => (at === null ? null : at - t.upAt);
      drops.push({ barMs: t.barAt - t.upAt, saveSentMs: since(t.saveSentAt), savedMs: since(t.savedAt), roundTripMs: t.doneAt - t.upAt, refetchedMs: since(t.refetchedAt) });
      await open.page.waitForTimeout(settleMs);
    }
    return { drops, dropError: null };
  } catch (err) {
    return { drops, dropError: err instanceof Error ? err.message : String(err) };
  }
}

export interface TargetOptions {
  capMs: number;
  runs: number;
  drops: DropPlanner;
  /** Pause after each drop so that follow-up reloads land before the next drag starts. */
  settleMs: number;
}

export async function measureTarget(url: string, opts: TargetOptions): Promise<TargetResult> {
  // A page stuck past the cap may not even close cleanly; closing the browser always ends it.
  const browser = await launchChromium();
  try {
    const context = await newContext(browser);
    let open = await openAndTime(context, url, opts.capMs);
    const warmUp = open.sample;
    const loads: LoadSample[] = [];
    if (warmUp.ms === null) return { finished: false, warmUp, loads, drops: [], dropError: 'the page did not load within the cap' };
    // A load of many seconds varies little in relative terms; one timed run keeps the bench short.
    const runs = warmUp.ms > SLOW_LOAD_MS ? 1 : opts.runs;
    for (let run = 0; run < runs; run++) {
      await open.close();
      open = await openAndTime(context, url, opts.capMs);
      loads.push(open.sample);
      if (open.sample.ms === null) return { finished: false, warmUp, loads, drops: [], dropError: 'the page did not load within the cap' };
    }
    return { finished: true, warmUp, loads, ...(await measureDrops(open, opts.drops, opts.settleMs)) };
  } finally {
    await browser.close();
  }
}
