import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import type { ApiInput, ApiName, ApiOutput } from '../electron/contract';
import type { Result } from '../electron/contract/result';
import { AppShell, FirstStartPage, SettingsPage, CustomersPage, Ui, type Lang } from './page-models';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HOST_SCRIPT = join(ROOT, 'dist-electron', 'host.cjs');
const RENDERER_INDEX = join(ROOT, 'dist', 'renderer', 'index.html');
/** Screenshots a person looks at (the shell in both languages); kept out of test-results on purpose. */
export const ARTIFACTS_DIR = join(ROOT, 'e2e-artifacts');

const READY_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 5_000;
const READY_LINE = /is ready at (http:\/\/127\.0\.0\.1:\d+\/\?token=(\S+)) \(database (.+), API token (\S+)\)/;

/** What a raw HTTP call answered: status and parsed JSON body (or null if the body is not JSON). */
export interface RawResponse {
  status: number;
  body: unknown;
}

export interface Host {
  /** Address with ?token=, as printed by the host; what a person opens. */
  url: string;
  /** Address without the token, ending in "/". */
  baseUrl: string;
  token: string;
  /** Database file the host was started on (absolute). */
  dbPath: string;
  /** Temporary folder holding the database; removed after the test. */
  dir: string;
  /** One typed contract call with the token; the result object as the host returned it. */
  api<N extends ApiName>(name: N, input: ApiInput<N>): Promise<Result<ApiOutput<N>>>;
  /** A contract call that must succeed; its value. */
  apiValue<N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>>;
  /** POST /api/<name> with any body; `token: null` sends no token header at all. */
  raw(name: string, body: unknown, options?: { token?: string | null }): Promise<RawResponse>;
  /** What the host printed so far (stdout and stderr), for failure reports. */
  log(): string;
}

/** better-sqlite3 13 needs Node 22; npm scripts put node_modules/.bin/node (22) first on PATH. */
function nodeBinary(): string {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 22) return process.execPath;
  const local = join(ROOT, 'node_modules', '.bin', 'node');
  if (existsSync(local)) return local;
  throw new Error(`The host needs Node 22 or newer (this is ${process.version}); run the tests through npm (npm run test:e2e).`);
}

function assertBuilt(): void {
  const missing = [HOST_SCRIPT, RENDERER_INDEX].filter((f) => !existsSync(f));
  if (missing.length > 0) {
    throw new Error(`The app is not built (missing ${missing.join(', ')}): run npm run build first.`);
  }
}

function waitForReady(child: ChildProcess, output: { stdout: string; stderr: string }): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      cleanup();
      reject(new Error(`${why}\n--- host stdout ---\n${output.stdout}\n--- host stderr ---\n${output.stderr}`));
    };
    const onData = () => {
      const match = READY_LINE.exec(output.stdout);
      if (match) {
        cleanup();
        resolve(match);
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      fail(`The host exited before it was ready (code ${code}, signal ${signal}).`);
    const onError = (err: Error) => fail(`The host could not be started: ${err.message}`);
    const timer = setTimeout(() => fail(`The host printed no ready line within ${READY_TIMEOUT_MS / 1000} s.`), READY_TIMEOUT_MS);
    function cleanup() {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      child.off('error', onError);
    }
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

export async function startHost(): Promise<{ host: Host; stop: () => Promise<void> }> {
  assertBuilt();
  const dir = await mkdtemp(join(tmpdir(), 'servisa-e2e-'));
  const dbPath = join(dir, 'e2e.sqlite');
  const env = { ...process.env };
  delete env.SERVISA_TOKEN; // the host must make its own token
  delete env.SERVISA_DB;
  const child = spawn(nodeBinary(), [HOST_SCRIPT, '--db', dbPath, '--port', '0'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output.stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output.stderr += chunk));

  let match: RegExpExecArray;
  try {
    match = await waitForReady(child, output);
  } catch (err) {
    await stop(child);
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  const [, url = '', token = '', printedDb = ''] = match;
  const baseUrl = url.slice(0, url.indexOf('?'));
  expect(printedDb, 'the host reports the database it was given').toBe(dbPath);

  const raw: Host['raw'] = async (name, body, options = {}) => {
    const sent = options.token === undefined ? token : options.token;
    const response = await fetch(`${baseUrl}api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(sent === null ? {} : { 'x-servisa-token': sent }) },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    return { status: response.status, body: parsed };
  };

  const api: Host['api'] = async (name, input) => (await raw(name, input)).body as Result<ApiOutput<typeof name>>;

  const host: Host = {
    url,
    baseUrl,
    token,
    dbPath,
    dir,
    raw,
    api,
    async apiValue(name, input) {
      const result = await api(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
      return result.value;
    },
    log: () => `--- host stdout ---\n${output.stdout}\n--- host stderr ---\n${output.stderr}`,
  };
  return {
    host,
    stop: async () => {
      await stop(child);
      await rm(dir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** The page models for one open tab, sharing its current UI language. */
export class App {
  readonly ui: Ui;
  readonly shell: AppShell;
  readonly firstStart: FirstStartPage;
  readonly settings: SettingsPage;
  readonly customers: CustomersPage;

  constructor(
    readonly page: Page,
    readonly host: Host,
    lang: Lang = 'en',
  ) {
    this.ui = new Ui(page, lang);
    this.shell = new AppShell(this.ui);
    this.firstStart = new FirstStartPage(this.ui, this.shell);
    this.settings = new SettingsPage(this.ui, this.shell);
    this.customers = new CustomersPage(this.ui, this.shell);
  }

  /** Opens the address the host printed (with ?token=) and waits until the app has loaded. */
  async open(): Promise<this> {
    await this.page.goto(this.host.url);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
    return this;
  }

  /** Text the UI shows in its current language. */
  get t() {
    return this.ui.t;
  }
}

/** Opens the app in a new browser context (another OS locale, another person); close it afterwards. */
export async function openInNewContext(browser: Browser, host: Host, options: BrowserContextOptions & { lang: Lang }) {
  const { lang, ...contextOptions } = options;
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const app = await new App(page, host, lang).open();
  return { context, page, app };
}

/** Full-page screenshot written both beside the test's output and to e2e-artifacts/<name>. */
export async function saveScreenshot(page: Page, name: string, outputPath: string): Promise<void> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const buffer = await page.screenshot({ fullPage: true, path: outputPath, animations: 'disabled' });
  await writeFile(join(ARTIFACTS_DIR, name), buffer);
}

interface Fixtures {
  /** A browser host of its own on a fresh database in a temporary folder. */
  host: Host;
  /** The page opened at host.url, with page models (English: the default context locale is en-US). */
  app: App;
}

export const test = base.extend<Fixtures>({
  host: async ({}, use, testInfo) => {
    const started = await startHost();
    try {
      await use(started.host);
    } finally {
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('host-log', { body: started.host.log(), contentType: 'text/plain' });
      }
      await started.stop();
    }
  },
  app: async ({ page, host }, use) => {
    await use(await new App(page, host, 'en').open());
  },
});

export { expect };
