import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layers with enforced import directions (after VS Code's layering rule):
 * renderer -> electron/contract (and the pure electron/domain/dispatch rules); services -> domain, db, contract; domain -> contract only;
 * contract -> nothing; only the shell (main, preload, ipc, shell/) imports `electron`.
 */
const ELECTRON_ONLY = 'Only the Electron shell (main.ts, preload.ts, ipc.ts, shell/) may import electron.';
const PURE_ONLY = 'This layer runs in the renderer or is pure: no Node APIs.';
/** Bare module names are exact `paths`; folder patterns use gitignore syntax, so 'electron' there would match our own electron/ folder. */
const restrict = (patterns, { node = false } = {}) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'electron', message: ELECTRON_ONLY },
        ...(node ? [] : [{ name: 'better-sqlite3', message: PURE_ONLY }]),
      ],
      patterns: [...(node ? [] : [{ group: ['node:*'], message: PURE_ONLY }]), ...patterns],
    },
  ],
});

export default tseslint.config(
  { ignores: ['**/*.tmp.mjs', 'dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'e2e-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-warning-comments': ['error', { terms: ['todo', 'fixme'], location: 'start' }],
      // A skipped or focused test silently shrinks the suite; npm test must run everything.
      'no-restricted-properties': [
        'error',
        ...['it', 'test', 'describe'].flatMap((object) =>
          ['skip', 'only', 'todo', 'fixme'].map((property) => ({ object, property, message: 'Tests are never skipped or focused in the suite.' })),
        ),
      ],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-dynamic-delete': 'off',
      '@typescript-eslint/no-invalid-void-type': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        // One exception: the board runs the pure dispatch conflict rules while a visit is dragged, the
        // same code the main process runs again inside the write transaction.
        {
          regex: '(^|/)(electron/(services|host)|db)/|(^|/)electron/domain/(?!dispatch/)',
          message: 'The renderer talks to the main process only through electron/contract (and may run the pure dispatch rules).',
        },
      ]),
    },
  },
  {
    files: ['renderer/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/contract/**/*.ts'],
    rules: restrict([{ group: ['**/services/**', '**/domain/**', '**/host/**', '**/db/**', '**/renderer/**', 'react*'], message: 'The contract is pure and depends on nothing but zod.' }]),
  },
  {
    files: ['electron/domain/**/*.ts'],
    ignores: ['electron/domain/**/*.test.ts'],
    rules: restrict([{ group: ['**/services/**', '**/host/**', '**/db/**', '**/renderer/**', 'react*'], message: 'Domain rules are pure: they see only contract types.' }]),
  },
  {
    files: ['electron/services/**/*.ts', 'electron/host/**/*.ts', 'db/**/*.ts', 'scripts/**/*.{ts,mjs}', 'bench/**/*.ts'],
    rules: restrict([{ group: ['**/renderer/**'], message: 'The main-process core never imports the UI.' }], { node: true }),
  },
  {
    files: ['db/**/*.ts'],
    ignores: ['db/seed/**'],
    rules: restrict([{ group: ['**/electron/**', '**/renderer/**'], message: 'The data layer is below services: it imports neither services nor the UI.' }], { node: true }),
  },
  {
    files: ['e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: { 'no-empty-pattern': 'off' },
  },
);
