import { describe, expect, it } from 'vitest';
import { en } from './en';
import { lv } from './lv';

type Tree = { [key: string]: string | Tree };

/** "a.b.c" -> text for every leaf of a nested catalogue. */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort();

const flatEn = flatten(en as Tree);
const flatLv = flatten(lv as Tree);

describe('UI catalogues (renderer/i18n)', () => {
  it('have exactly the same nested keys in en and lv', () => {
    expect([...flatLv.keys()].sort()).toEqual([...flatEn.keys()].sort());
    expect(flatEn.size).toBeGreaterThan(10);
  });

  it('contain only non-empty strings', () => {
    for (const [lang, flat] of [
      ['en', flatEn],
      ['lv', flatLv],
    ] as const) {
      for (const [key, value] of flat) {
        expect(typeof value, `${lang}:${key}`).toBe('string');
        expect(String(value).trim(), `${lang}:${key}`).not.toBe('');
      }
    }
  });

  it('use the same {{placeholders}} per key', () => {
    for (const [key, value] of flatEn) {
      expect(placeholders(String(flatLv.get(key) ?? '')), key).toEqual(placeholders(String(value)));
    }
  });

  it('have no malformed placeholders', () => {
    for (const [lang, flat] of [
      ['en', flatEn],
      ['lv', flatLv],
    ] as const) {
      for (const [key, value] of flat) {
        const text = String(value).replace(/\{\{\s*\w+\s*\}\}/g, '');
        expect(text, `${lang}:${key}`).not.toMatch(/\{\{|\}\}/);
      }
    }
  });
});
