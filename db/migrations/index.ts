import type { Database } from 'better-sqlite3';
import { migration0010 } from './0010-foundation';
import { migration0020 } from './0020-people';
import { migration0030 } from './0030-calendars';
import { migration0080 } from './0080-parameters';
import { migration0090 } from './0090-agreements';
import { migration0100 } from './0100-orders';
import { migration0110 } from './0110-requests';
import { migration0040 } from './0040-objects';
import { migration0050 } from './0050-pricing';
import { migration0070 } from './0070-stages';
import { migration0120 } from './0120-lifecycle';
import { migration0150 } from './0150-order-cancellation';
import { migration0170 } from './0170-order-filters';
import { migration0180 } from './0180-dispatch';
import type { Migration } from './types';

export const migrations: readonly Migration[] = [migration0010, migration0020, migration0030, migration0040, migration0050, migration0070, migration0080, migration0090, migration0100, migration0110, migration0120, migration0150, migration0170, migration0180];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]?.version ?? 0;

export class SchemaTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `The database has schema version ${found}, but this version of the application knows only up to ${known}. Install the newer application version that wrote it.`,
    );
    this.name = 'SchemaTooNewError';
  }
}

export function schemaVersionOf(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function assertOrdered(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    const prev = list[i - 1];
    if (prev && m.version <= prev.version) {
      throw new Error(`Migration ${m.version} (${m.name}) is out of order after ${prev.version}`);
    }
  });
}

/** Applies every pending step in one transaction, so a failure leaves the old schema intact. */
export function migrate(db: Database, list: readonly Migration[] = migrations): number {
  assertOrdered(list);
  const current = schemaVersionOf(db);
  const known = list[list.length - 1]?.version ?? 0;
  if (current > known) throw new SchemaTooNewError(current, known);
  const pending = list.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const step of pending) {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    }
  })();
  return schemaVersionOf(db);
}
