import { main } from './cli';

// Bundled to dist-electron/host.cjs, so __dirname is dist-electron and the app root is one up.
main(process.argv.slice(2), __dirname).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
