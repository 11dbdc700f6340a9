import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPANY_TIME_ZONE, ZonedClock, addDays, mondayOf } from '../db/seed/time';
import { openDatabase } from '../db/store';
import { buildBarePage, serveBarePage, toBareData, type BareServer } from './board/bare-page';
import { writeDataset, type BenchIds } from './board/database';
import { generateDataset, type BenchDataset, type BenchSize } from './board/dataset';
import type { DropRequest, LoadSample } from './board/driver';
import { planDrops } from './board/drop-plan';
import { ensureAppBuilt, startHost, type RunningHost } from './board/host';
import { median, measureTarget, type DropPlanner, type TargetResult } from './board/measure';
import { figure, type Figure } from './lib';

const SIZES: readonly BenchSize[] = [
  { technicians: 200, visits: 2_000 },
  { technicians: 500, visits: 5_000 },
  { technicians: 1_000, visits: 10_000 },
];
const CAP_MS = 30_000;
const LOAD_RUNS = 3;
const DROPS = 5;
const SAVE_CALL = 'dispatch.schedule';
const REFETCH_CALL = 'dispatch.visits';
/**
 * After a save the board reloads its bars at once, and again when its revision poll (every 2 s)
 * notices the change; a drag started during a reload can be lost, so each drop waits for both.
 */
const BOARD_SETTLE_MS = 3_500;
const BARE_SETTLE_MS = 300;

const boardRoute = (monday: string) => `#/board/${monday}/week`;
const sizeLabel = (s: BenchSize) => `${s.technicians.toLocaleString('en-US')} × ${s.visits.toLocaleString('en-US')}`;
const localTime = (date: string, minute: number) =>
  `${date}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`;

/** Where a drop should have put the order, to check afterwards that the drag landed as planned. */
interface ExpectedPlacement {
  orderId: number;
  workerId: number;
  start: string;
}

function dropPlanner(data: BenchDataset, ids: BenchIds, board: boolean, expected: ExpectedPlacement[] = []): DropPlanner {
  const technicianOf = new Map(ids.workerIds.map((id, index) => [String(id), index]));
  const clock = new ZonedClock();
  return (rows) =>
    planDrops(data, rows.flatMap((id) => technicianOf.get(id) ?? []), DROPS).map((d): DropRequest => {
      const orderId = ids.orderIds[d.visitIndex] ?? 0;
      const workerId = ids.workerIds[d.targetTechnician] ?? 0;
      expected.push({ orderId, workerId, start: clock.toUtcIso(d.date, d.toMinute) });
      return {
        bar: board ? { kind: 'orderId', id: orderId } : { kind: 'title', prefix: d.visit.number },
        sourceResourceId: String(ids.workerIds[d.sourceTechnician]),
        targetResourceId: String(workerId),
        fromLocal: localTime(d.date, d.fromMinute),
        toLocal: localTime(d.date, d.toMinute),
        saveCall: board ? SAVE_CALL : null,
        refetchCall: board ? REFETCH_CALL : null,
      };
    });
}

/** How many of the drops made are stored with the planned technician and start. */
function landedAsPlanned(dbPath: string, expected: readonly ExpectedPlacement[], made: number): number {
  const db = openDatabase(dbPath, { readonly: true });
  try {
    const read = db.prepare('SELECT worker_id AS workerId, planned_start AS start FROM service_orders WHERE id = ?');
    return expected.slice(0, made).filter((e) => {
      const row = read.get(e.orderId) as { workerId: number | null; start: string | null } | undefined;
      return row?.workerId === e.workerId && row.start !== null && Date.parse(row.start) === Date.parse(e.start);
    }).length;
  } finally {
    db.close();
  }
}

/** The board's calls before it was interactive: page-side time, and the answer's size from a replay. */
async function apiBreakdown(host: RunningHost, load: LoadSample | undefined) {
  const calls = [];
  for (const c of load?.api ?? []) {
    const started = performance.now();
    const body = await host.call(c.name, c.requestBody === '' ? {} : (JSON.parse(c.requestBody) as unknown));
    calls.push({
      name: c.name,
      startMs: Math.round(c.start),
      pageMs: c.end === null ? null : Math.round(c.end - c.start),
      replayMs: Math.round(performance.now() - started),
      kB: Math.round(Buffer.byteLength(body) / 1024),
    });
  }
  return calls;
}

const loadMs = (r: TargetResult) => median(r.loads.flatMap((l) => (l.ms === null ? [] : [l.ms])));
const roundTripMs = (r: TargetResult) => median(r.drops.map((d) => d.roundTripMs));
const ms = (n: number | null, finished = true) => (!finished ? `> ${CAP_MS / 1000} s (did not finish)` : n === null ? '—' : `${Math.round(n)} ms`);

/** What the last timed load rendered and where its main thread was blocked, with the drops' timings. */
function loadNotes(r: TargetResult) {
  const last = r.loads[r.loads.length - 1] ?? r.warmUp;
  return {
    finished: r.finished,
    warmUpMs: r.warmUp.ms,
    runsMs: r.loads.map((l) => l.ms),
    rendered: last.counts,
    longTasks: last.longTasks.map((t) => `${Math.round(t.duration)} ms at ${Math.round(t.start)} ms`),
    drops: r.drops.map((d) => Object.fromEntries(Object.entries(d).map(([k, v]) => [k, v === null ? null : Math.round(v)]))),
    dropError: r.dropError,
  };
}

async function measureSize(size: BenchSize, monday: string, dir: string, bare: BareServer) {
  const data = generateDataset(size, monday);
  const dbPath = join(dir, `board-${size.technicians}.sqlite`);
  const ids = writeDataset(dbPath, data, new Date());
  bare.setData(toBareData(data, ids, COMPANY_TIME_ZONE));
  console.log(`${sizeLabel(size)}: bare FullCalendar…`);
  const bareResult = await measureTarget(bare.url, { capMs: CAP_MS, runs: LOAD_RUNS, drops: dropPlanner(data, ids, false), settleMs: BARE_SETTLE_MS });
  console.log(`${sizeLabel(size)}: our board…`);
  const host = await startHost(dbPath);
  try {
    const expected: ExpectedPlacement[] = [];
    const boardResult = await measureTarget(host.open(boardRoute(monday)), {
      capMs: CAP_MS,
      runs: LOAD_RUNS,
      drops: dropPlanner(data, ids, true, expected),
      settleMs: BOARD_SETTLE_MS,
    });
    const api = await apiBreakdown(host, boardResult.loads[boardResult.loads.length - 1]);
    const landed = landedAsPlanned(dbPath, expected, boardResult.drops.length);
    return { size, bare: bareResult, board: boardResult, api, landed };
  } finally {
    await host.stop();
    rmSync(dbPath, { force: true });
  }
}

type SizeResult = Awaited<ReturnType<typeof measureSize>>;

function printTable(results: readonly SizeResult[]): void {
  console.log('\nboard (Chromium, week view; median of runs; drop = release → saved and repainted, median of 5)');
  console.log('| size | bare FullCalendar | our board | ratio | drop, our board | drop, bare page |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of results) {
    const bareMs = loadMs(r.bare);
    const boardMs = loadMs(r.board);
    const ratio = bareMs !== null && boardMs !== null ? `${(boardMs / bareMs).toFixed(2)}x` : boardMs !== null && !r.bare.finished ? `< ${(boardMs / CAP_MS).toFixed(3)}x` : '—';
    console.log(
      `| ${sizeLabel(r.size)} | ${ms(bareMs, r.bare.finished)} | ${ms(boardMs, r.board.finished)} | ${ratio} | ${ms(roundTripMs(r.board))} | ${ms(roundTripMs(r.bare))} |`,
    );
  }
  for (const r of results) {
    if (r.board.drops.length > 0) console.log(`${sizeLabel(r.size)}: drops stored with the planned technician and start: ${r.landed} of ${r.board.drops.length}`);
    if (r.board.dropError) console.log(`${sizeLabel(r.size)}: our board's drops stopped: ${r.board.dropError}`);
    if (r.bare.dropError && r.bare.finished) console.log(`${sizeLabel(r.size)}: bare page drops stopped: ${r.bare.dropError}`);
  }
}

function figuresOf(results: readonly SizeResult[]): Figure[] {
  return results.flatMap((r) => {
    const bareLoad = r.bare.finished ? loadMs(r.bare) : CAP_MS;
    const suffix = r.bare.finished ? '' : ` (bare did not finish: baseline is the ${CAP_MS / 1000} s cap)`;
    const out: Figure[] = [figure(`${sizeLabel(r.size)}: navigation to interactive${suffix}`, loadMs(r.board) ?? Number.NaN, bareLoad ?? Number.NaN, 'ms', '< 1000 ms')];
    const trip = roundTripMs(r.board);
    if (trip !== null) out.push(figure(`${sizeLabel(r.size)}: drop round trip (median)`, trip, roundTripMs(r.bare) ?? Number.NaN, 'ms', '< 100 ms'));
    return out;
  });
}

/** Same shape as lib.ts's report(), written here because a run that did not finish has no baseline to print. */
function save(figures: Figure[], notes: Record<string, unknown>): void {
  mkdirSync(join('bench', 'results'), { recursive: true });
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
  writeFileSync(join('bench', 'results', 'board.json'), `${JSON.stringify({ bench: 'board', at: new Date().toISOString(), machine, figures, notes }, null, 2)}\n`);
}

/**
 * The dispatch board against a bare FullCalendar resource timeline on the same week of data, in
 * headless Chromium: navigation to interactive at three sizes, and a drop's round trip.
 */
export async function boardBench(): Promise<void> {
  ensureAppBuilt();
  // Next week, so every visit lies ahead of the clock as a dispatcher's plan does.
  const monday = addDays(mondayOf(new Date()), 7);
  const dir = mkdtempSync(join(tmpdir(), 'servisa-bench-board-'));
  try {
    console.log('Building the bare FullCalendar page…');
    await buildBarePage(join(dir, 'bare'));
    const bare = await serveBarePage(join(dir, 'bare'));
    const results: SizeResult[] = [];
    try {
      for (const size of SIZES) results.push(await measureSize(size, monday, dir, bare));
    } finally {
      await bare.close();
    }
    printTable(results);
    save(figuresOf(results), {
      week: monday,
      capMs: CAP_MS,
      loadRuns: LOAD_RUNS,
      interactive: 'performance.now() two animation frames after data-board-state="ready" (bare page: every event in the DOM)',
      dropRoundTrip:
        'page-side, from a capturing pointerup/mouseup: to the save answered and the bar (not the drag mirror) in the target lane (bare page: the bar only); refetchedMs: to the post-save reload painted',
      sizes: results.map((r) => ({
        size: sizeLabel(r.size),
        bare: loadNotes(r.bare),
        board: { ...loadNotes(r.board), dropsStoredAsPlanned: `${r.landed} of ${r.board.drops.length}` },
        boardApi: r.api,
      })),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
