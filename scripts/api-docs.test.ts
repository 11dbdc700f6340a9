import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contract } from '../electron/contract';
import { renderApiDocs } from './api-docs';

describe('docs/api.md', () => {
  it('matches the contract (run `npm run docs:api` when this fails)', () => {
    expect(readFileSync('docs/api.md', 'utf8')).toBe(renderApiDocs());
  });

  it('documents every call with its input', () => {
    const docs = renderApiDocs();
    for (const name of Object.keys(contract)) expect(docs).toContain(`### ${name}`);
    expect(docs).toContain('"name"');
  });
});
