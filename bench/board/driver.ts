/**
 * Drives headless Chromium: opens a page with the probe injected, waits for it to report the
 * board interactive (or gives up at the cap), and drags bars with the mouse. Every timestamp is
 * taken by the probe inside the page; this side only reads them back.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { ApiCall, DropSpec, DropTiming, RenderedCounts } from './probe';
import type { DragPath } from './probe-geometry';

const PROBE_ENTRY = fileURLToPath(new URL('./probe.ts', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const VIEWPORT = { width: 1600, height: 900 };
const DROP_TIMEOUT_MS = 15_000;
const DRAG_STEPS = 12;

/** Bundled without the test runner's transforms, so nothing but the probe's own code reaches the page. */
const probeScript = buildSync({ entryPoints: [PROBE_ENTRY], bundle: true, write: false, format: 'iife', target: 'chrome120' }).outputFiles[0]?.text ?? '';

export interface LoadSample {
  /** From navigation start to interactive; null when the cap passed first. */
  ms: number | null;
  counts: RenderedCounts | null;
  /** Main-thread tasks over 50 ms before interactive. */
  longTasks: { start: number; duration: number }[];
  /** The page's API calls started before interactive. */
  api: ApiCall[];
}

export interface OpenPage {
  sample: LoadSample;
  page: Page;
  close(): Promise<void>;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], headless: true });
}

interface ProbeReadout {
  readyAt: number | null;
  counts: RenderedCounts | null;
  longTasks: { start: number; duration: number }[];
  api: ApiCall[];
}

/**
 * Opens `url` in a fresh page of `context` and waits until the probe reports interactive. When
 * the cap passes first the page is usually still busy rendering and cannot be asked anything, so
 * the caller should close the whole browser rather than wait for the page.
 */
export async function openAndTime(context: BrowserContext, url: string, capMs: number): Promise<OpenPage> {
  const page = await context.newPage();
  const close = () => page.close();
  await page.goto(url, { waitUntil: 'commit' });
  try {
    // A function, not a string: the app's CSP forbids the eval a string predicate needs.
    await page.waitForFunction(() => window.__bench?.readyAt != null, undefined, { timeout: capMs, polling: 100 });
  } catch {
    return { page, close, sample: { ms: null, counts: null, longTasks: [], api: [] } };
  }
  const probe = (await page.evaluate(
    '({ readyAt: window.__bench.readyAt, counts: window.__bench.counts, longTasks: window.__bench.longTasks, api: window.__bench.api })',
  )) as ProbeReadout;
  const ready = probe.readyAt ?? 0;
  return {
    page,
    close,
    sample: {
      ms: probe.readyAt,
      counts: probe.counts,
      longTasks: probe.longTasks.filter((t) => t.start < ready),
      api: probe.api.filter((c) => c.start < ready),
    },
  };
}

export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: probeScript });
  return context;
}

export interface DropRequest extends DropSpec {
  sourceResourceId: string;
  /** Local wall-clock times "YYYY-MM-DDTHH:MM:SS" of the bar's start now and where it should start. */
  fromLocal: string;
  toLocal: string;
}

/** The technicians' resource ids in the order their rows are on screen. */
export async function rowOrder(page: Page): Promise<string[]> {
  return (await page.evaluate(
    "Array.from(document.querySelectorAll('.fc-timeline-lane[data-resource-id]'), (el) => el.getAttribute('data-resource-id'))",
  )) as string[];
}

/** Drags one bar with the mouse and returns the probe's timings, relative to the release. */
export async function dragAndTime(page: Page, request: DropRequest): Promise<DropTiming> {
  const args = JSON.stringify([request.bar, request.sourceResourceId, request.targetResourceId, request.fromLocal, request.toLocal]);
  const path = (await page.evaluate(`window.__bench.dragPath(...${args})`)) as DragPath | string;
  if (typeof path === 'string') throw new Error(`Cannot drag: ${path}`);
  const spec: DropSpec = { bar: request.bar, targetResourceId: request.targetResourceId, saveCall: request.saveCall, refetchCall: request.refetchCall };
  await page.evaluate(`window.__bench.armDrop(${JSON.stringify(spec)})`);
  await page.mouse.move(path.grab.x, path.grab.y);
  await page.mouse.down();
  // Past FullCalendar's drag threshold first, as a hand would be, then across in several moves.
  await page.mouse.move(path.grab.x + 8, path.grab.y + 2, { steps: 2 });
  await page.mouse.move(path.drop.x, path.drop.y, { steps: DRAG_STEPS });
  await page.mouse.up();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The bar did not arrive in the target lane within ${DROP_TIMEOUT_MS / 1000} s`)), DROP_TIMEOUT_MS);
  });
  try {
    return (await Promise.race([page.evaluate('window.__bench.drop'), timeout])) as DropTiming;
  } finally {
    clearTimeout(timer);
  }
}
