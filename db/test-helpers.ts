import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from './store';

/** A fresh temporary folder; call `cleanup` in afterEach. */
export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'sv-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A migrated store on a new file in a temporary folder; `cleanup` closes it and removes the folder. */
export function tempStore(fileName = 'test.sqlite'): { dir: string; store: Store; cleanup(): void } {
  const { dir, cleanup } = tempDir();
  const store = Store.open(join(dir, fileName));
  return {
    dir,
    store,
    cleanup: () => {
      store.close();
      cleanup();
    },
  };
}
