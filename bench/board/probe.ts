/**
 * Runs inside the measured page (bundled by driver.ts, injected before any page script) and takes
 * every timestamp there, with performance.now(), so the figures are the page's own clock from
 * navigation start and no round trip to the driver is counted. It watches for
 * data-board-state="ready", times each API call (the renderer's fetch to /api/<name>), records long
 * main-thread tasks, and arms the drop timing of probe-drop.ts.
 */
import { dragPath } from './probe-geometry';
import { trackDrop, type ApiCall, type DropSpec, type DropTiming } from './probe-drop';

export type { ApiCall, DropSpec, DropTiming };

export interface RenderedCounts {
  rows: number;
  bars: number;
  domNodes: number;
}

export interface BenchProbe {
  readyMarkedAt: number | null;
  /** Two animation frames after the ready mark: the frame showing it has been painted. */
  readyAt: number | null;
  counts: RenderedCounts | null;
  longTasks: { start: number; duration: number }[];
  api: ApiCall[];
  dragPath: typeof dragPath;
  armDrop(spec: DropSpec): void;
  drop: Promise<DropTiming> | null;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
  }
}

const READY_SELECTOR = '[data-board-state="ready"]';

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

function countRendered(): RenderedCounts {
  return {
    rows: document.querySelectorAll('.fc-timeline-lane[data-resource-id]').length,
    bars: document.querySelectorAll('.fc-timeline-event:not(.fc-event-mirror)').length,
    domNodes: document.getElementsByTagName('*').length,
  };
}

function installApiTimer(calls: ApiCall[], onDone: () => void): void {
  const originalFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const name = /\/api\/([^?#]+)/.exec(url)?.[1];
    if (name === undefined) return originalFetch(input, init);
    const call: ApiCall = {
      name: decodeURIComponent(name),
      start: performance.now(),
      headersAt: null,
      end: null,
      requestBody: typeof init?.body === 'string' ? init.body : '',
    };
    calls.push(call);
    const response = await originalFetch(input, init);
    call.headersAt = performance.now();
    const parse = response.json.bind(response);
    response.json = async () => {
      const body: unknown = await parse();
      call.end = performance.now();
      onDone();
      return body;
    };
    return response;
  };
}

function watchReady(probe: BenchProbe): void {
  let seen = false;
  const mark = () => {
    if (seen || document.querySelector(READY_SELECTOR) === null) return;
    seen = true;
    probe.readyMarkedAt = performance.now();
    void nextFrame()
      .then(nextFrame)
      .then((at) => {
        probe.readyAt = at;
        probe.counts = countRendered();
      });
  };
  // Attribute changes give the exact moment; the per-frame check also catches a root inserted
  // already marked ready, which an attribute observer does not report.
  new MutationObserver(mark).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-board-state'] });
  const poll = () => {
    mark();
    if (!seen) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

function install(): void {
  const api: ApiCall[] = [];
  const apiListeners = new Set<() => void>();
  const probe: BenchProbe = {
    readyMarkedAt: null,
    readyAt: null,
    counts: null,
    longTasks: [],
    api,
    dragPath,
    drop: null,
    armDrop(spec) {
      probe.drop = trackDrop(spec, api, apiListeners);
    },
  };
  installApiTimer(api, () => {
    for (const listener of [...apiListeners]) listener();
  });
  watchReady(probe);
  if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  }
  window.__bench = probe;
}

install();
