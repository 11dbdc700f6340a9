// Bundles the main process, the preload script and the browser host into dist-electron/*.cjs.
// The preload must be one CommonJS file: a sandboxed preload cannot require its neighbours.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' }),
  build({ ...common, entryPoints: ['electron/host/entry.ts'], outfile: 'dist-electron/host.cjs' }),
  build({ ...common, entryPoints: ['electron/services/jobs/worker-entry.ts'], outfile: 'dist-electron/job-worker.cjs' }),
]);
