/**
 * Builds the bare FullCalendar page with Vite's build API (its own root, not the app's config) and
 * serves it, with one dataset at a time, from a small static server on 127.0.0.1.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { BARE_DATA_PATH, type BareData } from './bare/bare-data';
import type { BenchIds } from './database';
import type { BenchDataset } from './dataset';

const BARE_ROOT = fileURLToPath(new URL('./bare/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

export async function buildBarePage(outDir: string): Promise<void> {
  await build({ configFile: false, root: BARE_ROOT, base: './', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

export interface BareServer {
  url: string;
  /** The dataset the next page load receives. */
  setData(data: BareData): void;
  close(): Promise<void>;
}

/** Serves the built page from `dir` and the current dataset as data.json. */
export async function serveBarePage(dir: string): Promise<BareServer> {
  let data = Buffer.from('{}');
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const send = (status: number, body: Buffer | string, type = 'text/plain') => {
      res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
      res.end(body);
    };
    if (path === `/${BARE_DATA_PATH}`) return send(200, data, CONTENT_TYPES['.json']);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir)) return send(404, 'not found');
    readFile(file).then(
      (body) => send(200, body, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'),
      () => send(404, 'not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    setData: (next) => {
      data = Buffer.from(JSON.stringify(next));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The dataset as the bare page takes it, with the database's ids so both pages drag the same bars. */
export function toBareData(data: BenchDataset, ids: BenchIds, timeZone: string): BareData {
  return {
    monday: data.monday,
    timeZone,
    resources: data.technicians.map((t, i) => ({ id: String(ids.workerIds[i]), title: t.name, team: data.teams[t.teamIndex]?.name ?? '' })),
    events: data.visits.map((v, i) => {
      const customer = data.customers[v.customerIndex];
      return {
        id: String(ids.orderIds[i]),
        resourceId: String(ids.workerIds[v.technicianIndex]),
        title: `${v.number} ${customer?.name ?? ''}, ${customer?.city ?? ''}`,
        start: v.start,
        end: v.end,
      };
    }),
  };
}
