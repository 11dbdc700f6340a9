/**
 * Starts the built browser host on a benchmark database, building the app first when dist/ or
 * dist-electron/ is missing (a stale build is not detected: run npm run build after changing it).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HOST_SCRIPT = join(ROOT, 'dist-electron', 'host.cjs');
const RENDERER_INDEX = join(ROOT, 'dist', 'renderer', 'index.html');
const READY_LINE = /is ready at (http:\/\/127\.0\.0\.1:\d+\/)\?token=(\S+)/;
const READY_TIMEOUT_MS = 30_000;

export interface RunningHost {
  /** Address without the token, ending in "/". */
  baseUrl: string;
  token: string;
  /** Address with ?token= and the given hash route, as a person would open it. */
  open(route: string): string;
  /** One contract call with the token; the raw JSON text of the answer. */
  call(name: string, input: unknown): Promise<string>;
  stop(): Promise<void>;
}

export function ensureAppBuilt(): void {
  if (existsSync(HOST_SCRIPT) && existsSync(RENDERER_INDEX)) return;
  console.log('The app is not built (dist/ or dist-electron/ missing): running npm run build…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed; the board cannot be measured without a build.');
}

export async function startHost(dbPath: string): Promise<RunningHost> {
  const env = { ...process.env };
  delete env.SERVISA_TOKEN;
  delete env.SERVISA_DB;
  const child = spawn(process.execPath, [HOST_SCRIPT, '--db', dbPath, '--port', '0'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(force);
  };
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host printed no ready line in ${READY_TIMEOUT_MS / 1000} s:\n${output}`)), READY_TIMEOUT_MS);
    const onData = () => {
      const m = READY_LINE.exec(output);
      if (!m) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      resolve(m);
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited (code ${code}) before it was ready:\n${output}`));
    });
  }).catch(async (err: unknown) => {
    await stop();
    throw err;
  });
  const [, baseUrl = '', token = ''] = match;
  return {
    baseUrl,
    token,
    open: (route) => `${baseUrl}?token=${token}${route}`,
    call: async (name, input) => {
      const response = await fetch(`${baseUrl}api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-servisa-token': token },
        body: JSON.stringify(input),
      });
      return response.text();
    },
    stop,
  };
}
