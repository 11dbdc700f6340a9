import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { isNetworkPath, resolveDbPath } from '../../db/location';
import { Store } from '../../db/store';
import { createHandlers } from '../services/handlers';
import { startHost } from './server';

/** Scripts may bring their own token instead of reading it from the ready line. */
export const TOKEN_ENV = 'SERVISA_TOKEN';

interface CliOptions {
  port: number;
  open: boolean;
  staticDir: string;
}

function flagValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

function parseOptions(argv: readonly string[], here: string): CliOptions {
  const portText = flagValue(argv, '--port') ?? '0';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535 (0 = any free port), not "${portText}"`);
  }
  return {
    port,
    open: argv.includes('--open'),
    staticDir: flagValue(argv, '--static') ?? join(here, '..', 'dist', 'renderer'),
  };
}

function openInBrowser(url: string): void {
  const command = process.platform === 'win32' ? 'cmd' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '""', url] : [url];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No system browser: the printed address is enough.
  }
}

function appVersion(here: string): string {
  try {
    return (JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

export async function main(argv: readonly string[], here: string): Promise<void> {
  const options = parseOptions(argv, here);
  const dbPath = resolveDbPath(argv);
  if (isNetworkPath(dbPath)) {
    throw new Error(`The database must be on a local disk, not on a network share: ${dbPath}`);
  }
  mkdirSync(dirname(dbPath), { recursive: true });
  const store = Store.open(dbPath);
  const osUser = userInfo().username;
  const token = process.env[TOKEN_ENV] || randomBytes(24).toString('hex');
  const host = await startHost({
    store,
    handlers: createHandlers({ appVersion: appVersion(here), osUser, jobWorkerPath: join(here, 'job-worker.cjs') }),
    token,
    staticDir: options.staticDir,
    port: options.port,
    defaultActor: osUser,
  });
  const address = `${host.url}?token=${token}`;
  console.log(`Servisa vadība is ready at ${address} (database ${dbPath}, API token ${token})`);
  if (options.open) openInBrowser(address);

  const stop = () => {
    void host.close().then(() => {
      store.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
