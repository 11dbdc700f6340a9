import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  APP_DATA_FOLDER,
  DB_ENV,
  DB_FILE_NAME,
  appDataRoot,
  defaultDataDir,
  isNetworkPath,
  networkMountPoints,
  resolveDbPath,
} from './location';
import { tempDir } from './test-helpers';

describe('resolveDbPath', () => {
  let dir: string;
  let cleanup: () => void;
  let dataDir: string;

  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    dataDir = join(dir, 'data');
    mkdirSync(dataDir);
  });

  afterEach(() => cleanup());

  const fromFlag = () => join(dir, 'flag.sqlite');
  const fromEnv = () => join(dir, 'env.sqlite');

  it('refuses --db without a path instead of silently using another file', () => {
    expect(() => resolveDbPath(['--db'], {}, dataDir)).toThrow(/--db needs the path/);
    expect(() => resolveDbPath(['--db', '--port', '0'], {}, dataDir)).toThrow(/--db needs the path/);
    expect(() => resolveDbPath(['--db='], {}, dataDir)).toThrow(/--db needs the path/);
  });

  it('takes --db PATH first', () => {
    expect(resolveDbPath(['--port', '0', '--db', fromFlag()], { [DB_ENV]: fromEnv() }, dataDir)).toBe(fromFlag());
  });

  it('takes --db=PATH before the environment', () => {
    expect(resolveDbPath([`--db=${fromFlag()}`], { [DB_ENV]: fromEnv() }, dataDir)).toBe(fromFlag());
  });

  it('prefers --db PATH over --db=PATH when both are given', () => {
    const other = join(dir, 'other.sqlite');
    expect(resolveDbPath([`--db=${other}`, '--db', fromFlag()], {}, dataDir)).toBe(fromFlag());
  });

  it('uses SERVISA_DB without a flag', () => {
    expect(DB_ENV).toBe('SERVISA_DB');
    expect(resolveDbPath(['--port', '0'], { SERVISA_DB: fromEnv() }, dataDir)).toBe(fromEnv());
  });

  it('falls back to the file in the data folder', () => {
    expect(resolveDbPath([], {}, dataDir)).toBe(join(dataDir, DB_FILE_NAME));
    expect(resolveDbPath([], { [DB_ENV]: '' }, dataDir)).toBe(join(dataDir, DB_FILE_NAME));
  });

  it('makes a relative path absolute against the working folder', () => {
    expect(resolveDbPath(['--db', 'rel/x.sqlite'], {}, dataDir)).toBe(resolve('rel/x.sqlite'));
    expect(resolveDbPath([], { [DB_ENV]: 'rel/env.sqlite' }, dataDir)).toBe(resolve('rel/env.sqlite'));
  });
});

describe('appDataRoot / defaultDataDir', () => {
  const home = '/home/anna';

  it('win32: APPDATA, else AppData/Roaming under home', () => {
    expect(appDataRoot('win32', { APPDATA: 'C:\\Users\\anna\\AppData\\Roaming' }, home)).toBe(
      'C:\\Users\\anna\\AppData\\Roaming',
    );
    expect(appDataRoot('win32', {}, home)).toBe(join(home, 'AppData', 'Roaming'));
  });

  it('darwin: Library/Application Support, whatever XDG says', () => {
    expect(appDataRoot('darwin', {}, home)).toBe(join(home, 'Library', 'Application Support'));
    expect(appDataRoot('darwin', { XDG_CONFIG_HOME: '/x/config' }, home)).toBe(join(home, 'Library', 'Application Support'));
  });

  it('treats an empty APPDATA or XDG_CONFIG_HOME as unset', () => {
    expect(appDataRoot('win32', { APPDATA: '' }, home)).toBe(join(home, 'AppData', 'Roaming'));
    expect(appDataRoot('linux', { XDG_CONFIG_HOME: '' }, home)).toBe(join(home, '.config'));
  });

  it('linux: XDG_CONFIG_HOME, else ~/.config', () => {
    expect(appDataRoot('linux', { XDG_CONFIG_HOME: '/x/config' }, home)).toBe('/x/config');
    expect(appDataRoot('linux', {}, home)).toBe(join(home, '.config'));
  });

  it('puts the data folder under the root', () => {
    expect(APP_DATA_FOLDER).toBe('ServisaVadiba');
    expect(defaultDataDir('linux', {}, home)).toBe(join(home, '.config', APP_DATA_FOLDER));
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x/config' }, home)).toBe(join('/x/config', APP_DATA_FOLDER));
  });
});

describe('isNetworkPath', () => {
  const mounts = [
    'sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0',
    '/dev/sda1 / ext4 rw,relatime 0 0',
    '/dev/sdb1 /srv/local ext4 rw,relatime 0 0',
    'fileserver:/export/office /mnt/office nfs4 rw,relatime,vers=4.2 0 0',
    '//nas/share /mnt/nas\\040share cifs rw,relatime,vers=3.0 0 0',
    '',
  ].join('\n');

  it('treats UNC paths as network paths on any platform', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      expect(isNetworkPath('\\\\server\\share\\x.sqlite', platform, '')).toBe(true);
      expect(isNetworkPath('//server/share/x', platform, '')).toBe(true);
    }
  });

  it('does not treat a local Windows path as a network path', () => {
    expect(isNetworkPath('C:\\Users\\anna\\x.sqlite', 'win32')).toBe(false);
  });

  it('finds network mount points in /proc/mounts text', () => {
    expect(networkMountPoints(mounts)).toEqual(['/mnt/office', '/mnt/nas share']);
  });

  it('is true for a Linux path under an nfs or cifs mount', () => {
    expect(isNetworkPath('/mnt/office/servisa/x.sqlite', 'linux', mounts)).toBe(true);
    expect(isNetworkPath('/mnt/office/x.sqlite', 'linux', mounts)).toBe(true);
    expect(isNetworkPath('/mnt/nas share/db/x.sqlite', 'linux', mounts)).toBe(true);
  });

  it('is false for a local ext4 path, and for a folder that only shares a prefix with a mount', () => {
    expect(isNetworkPath('/srv/local/x.sqlite', 'linux', mounts)).toBe(false);
    expect(isNetworkPath('/home/anna/x.sqlite', 'linux', mounts)).toBe(false);
    expect(isNetworkPath('/mnt/office-local/x.sqlite', 'linux', mounts)).toBe(false);
  });

  it('ignores mount tables on other platforms', () => {
    expect(isNetworkPath('/mnt/office/x.sqlite', 'darwin', mounts)).toBe(false);
  });
});
