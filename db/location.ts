import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The folder name under the OS application-data folder; Electron's userData is set to the same. */
export const APP_DATA_FOLDER = 'ServisaVadiba';
export const DB_FILE_NAME = 'servisa-vadiba.sqlite';
/** Environment variable that points the application at another database file. */
export const DB_ENV = 'SERVISA_DB';

type Env = Record<string, string | undefined>;

/** Mirrors Electron's app.getPath('appData') so the desktop app and the browser host share one file. */
export function appDataRoot(platform: NodeJS.Platform = process.platform, env: Env = process.env, home = homedir()): string {
  // An empty variable counts as unset, as in Electron; otherwise the data would land in the working folder.
  if (platform === 'win32') return env.APPDATA || join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(home, '.config');
}

export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: Env = process.env, home = homedir()): string {
  return join(appDataRoot(platform, env, home), APP_DATA_FOLDER);
}

/** `--db PATH` wins, then SERVISA_DB, then the application-data folder. */
export function resolveDbPath(argv: readonly string[], env: Env = process.env, dataDir = defaultDataDir()): string {
  const flag = argv.indexOf('--db');
  const fromFlag = flag >= 0 ? argv[flag + 1] : argv.find((a) => a.startsWith('--db='))?.slice('--db='.length);
  if ((flag >= 0 || fromFlag !== undefined) && (!fromFlag || fromFlag.startsWith('--'))) {
    throw new Error('--db needs the path of a database file, e.g. --db ./data.sqlite');
  }
  const chosen = fromFlag || env[DB_ENV];
  return chosen ? resolve(chosen) : join(dataDir, DB_FILE_NAME);
}

const NETWORK_FS = new Set(['nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'fuse.sshfs', '9p', 'afs', 'ncpfs', 'davfs', 'fuse.davfs2']);

/** Mount points of network file systems from /proc/mounts text (Linux). */
export function networkMountPoints(procMounts: string): string[] {
  return procMounts
    .split('\n')
    .map((line) => line.split(' '))
    .filter((f) => f.length >= 3 && NETWORK_FS.has(f[2] ?? ''))
    .map((f) => (f[1] ?? '').replace(/\\040/g, ' '));
}

/**
 * SQLite's WAL needs every reader and writer on one host; on a network share it corrupts or locks
 * up. UNC paths and mapped network file systems are refused.
 */
export function isNetworkPath(file: string, platform: NodeJS.Platform = process.platform, procMounts?: string): boolean {
  if (/^(\\\\|\/\/)[^\\/]+[\\/]/.test(file)) return true;
  if (platform !== 'linux') return false;
  let mounts = procMounts;
  if (mounts === undefined) {
    try {
      mounts = readFileSync('/proc/mounts', 'utf8');
    } catch {
      return false;
    }
  }
  const dir = dirname(resolve(file));
  return networkMountPoints(mounts).some((mp) => dir === mp || dir.startsWith(mp.endsWith('/') ? mp : `${mp}/`));
}
