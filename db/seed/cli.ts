/**
 * npm run seed -- --profile demo|large [--db PATH] [--seed N] [--force]
 *                 [--technicians N] [--customers N] [--orders N]
 *
 * Fills a database with the demo company or the benchmark-sized one. A database that already has
 * customers is refused, so a slip of the --db flag cannot mix seed rows into real books; --force
 * deletes the file (and its WAL) and starts from an empty one.
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { resolveDbPath } from '../location';
import { markOnboarded } from '../queries/settings';
import { Store, inspectDatabaseFile, openDatabase } from '../store';
import { loadDemo } from './setup';
import { generateLarge } from './large';

const ACTOR = 'seed';

class UsageError extends Error {}

interface Args {
  profile: 'demo' | 'large';
  force: boolean;
  seed: number;
  technicians?: number;
  customers?: number;
  orders?: number;
}

function parseArgs(argv: readonly string[]): Args {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    if (i >= 0) {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value.`);
      return v;
    }
    return argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
  };
  const count = (flag: string, min: number): number | undefined => {
    const raw = value(flag);
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`${flag} must be a whole number of at least ${min}, not "${raw}".`);
    return n;
  };
  const profile = value('--profile');
  if (profile !== 'demo' && profile !== 'large') {
    throw new UsageError(
      'Usage: npm run seed -- --profile demo|large [--db PATH] [--seed N] [--force] [--technicians N] [--customers N] [--orders N]',
    );
  }
  return {
    profile,
    force: argv.includes('--force'),
    seed: count('--seed', 0) ?? 1,
    technicians: count('--technicians', 1),
    customers: count('--customers', 1),
    orders: count('--orders', 0),
  };
}

/** Read-only, so a file that is not ours is reported rather than migrated into one of ours. */
function hasCustomers(file: string): boolean {
  if (!existsSync(file) || statSync(file).size === 0) return false;
  inspectDatabaseFile(file);
  const db = openDatabase(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n > 0;
  } finally {
    db.close();
  }
}

function run(): void {
  const args = parseArgs(process.argv.slice(2));
  const file = resolveDbPath(process.argv);
  if (args.force) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  } else if (hasCustomers(file)) {
    throw new UsageError(`${file} already has customers; seed an empty database or add --force to delete it first.`);
  }
  mkdirSync(dirname(file), { recursive: true });

  const started = performance.now();
  const now = new Date();
  const store = Store.open(file);
  let counts: Record<string, number>;
  try {
    const db = store.db;
    if (args.profile === 'demo') {
      counts = db.transaction(() => {
        const c = loadDemo(db, { now, actor: ACTOR });
        markOnboarded(db, ACTOR, now.toISOString());
        return c;
      })();
    } else {
      let lastShown = -1;
      counts = generateLarge(db, {
        seed: args.seed,
        technicians: args.technicians,
        customers: args.customers,
        orders: args.orders,
        now,
        actor: ACTOR,
        onProgress: (done, total) => {
          const pct = Math.floor((done / total) * 10) * 10;
          if (pct !== lastShown) process.stderr.write(`  ${pct}%\n`);
          lastShown = pct;
        },
      });
      // Onboarded, so the application opens straight on the seeded data instead of the first-run screen.
      markOnboarded(db, ACTOR, now.toISOString());
    }
  } finally {
    store.close();
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`Seeded ${file} with the ${args.profile} profile${args.profile === 'large' ? ` (seed ${args.seed})` : ''}:`);
  for (const [table, n] of Object.entries(counts)) console.log(`  ${table.padEnd(22)} ${n.toLocaleString('en-US')}`);
  console.log(`Done in ${seconds.toFixed(seconds < 10 ? 2 : 1)} s.`);
}

try {
  run();
} catch (err) {
  console.error(err instanceof UsageError ? err.message : `Seeding failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
