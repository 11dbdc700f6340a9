import type { Database } from 'better-sqlite3';

/** A schema step. Shipped steps are never edited; a change is a new step with a higher number. */
export interface Migration {
  /** Multiples of 10 leave room for a hotfix step between two releases. */
  version: number;
  name: string;
  up(db: Database): void;
}
