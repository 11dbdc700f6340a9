import { z } from 'zod';
import { endpoint } from './define';
import { Version } from './common';

export const LanguageSetting = z.enum(['lv', 'en']);

export const SystemInfo = z.object({
  appVersion: z.string(),
  dbPath: z.string(),
  schemaVersion: z.number().int(),
  isEmpty: z.boolean().describe('No master data yet and the first-start choice not made'),
  onboarded: z.boolean(),
  language: LanguageSetting.nullable().describe('null = follow the operating system'),
  settingsVersion: Version,
  defaultBackupFolder: z.string(),
  osUser: z.string(),
});

const Counts = z.record(z.string(), z.number().int());

export const systemContract = {
  'system.info': endpoint({
    summary: 'Database file, schema version, first-start state and UI preferences.',
    input: z.object({}),
    output: SystemInfo,
    writes: false,
  }),
  'system.loadDemo': endpoint({
    summary: 'Loads the demo company into an empty database (one transaction).',
    input: z.object({}),
    output: z.object({ counts: Counts }),
    writes: true,
  }),
  'system.startEmpty': endpoint({
    summary: 'Records that the user chose to start with an empty database.',
    input: z.object({}),
    output: z.object({ onboarded: z.literal(true) }),
    writes: true,
  }),
  'system.setLanguage': endpoint({
    summary: 'Keeps the UI language (null follows the operating system). Refuses a stale settings version.',
    scope: 'settings',
    input: z.object({ language: LanguageSetting.nullable(), version: Version }),
    output: z.object({ language: LanguageSetting.nullable(), settingsVersion: Version }),
    writes: true,
  }),
  'system.backup': endpoint({
    summary: 'Writes a consistent copy of the database (SQLite online backup) into a folder.',
    scope: 'backup',
    input: z.object({ folder: z.string().trim().min(1).max(1000) }),
    output: z.object({ file: z.string(), bytes: z.number().int() }),
    writes: false,
  }),
  'system.restore': endpoint({
    summary:
      'Checks a backup file (quick_check, schema version) and swaps it in; the previous database file is kept beside it.',
    scope: 'restore',
    input: z.object({ file: z.string().trim().min(1).max(1000) }),
    output: z.object({ previousFile: z.string(), schemaVersion: z.number().int() }),
    writes: true,
  }),
};
