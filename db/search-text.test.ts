import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { foldForSearch, likePattern } from './search-text';

describe('foldForSearch', () => {
  it('folds Latvian diacritics and case', () => {
    expect(foldForSearch('Rīgas Ūdens ĶĒŅĢ')).toBe('rigas udens keng');
    expect(foldForSearch('ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž')).toBe('acegiklnsuz acegiklnsuz');
  });

  it('joins the non-empty parts with spaces', () => {
    expect(foldForSearch('K000001', 'Rīgas Siltums', null, undefined, '', 'Jūrmala')).toBe('k000001 rigas siltums jurmala');
    expect(foldForSearch()).toBe('');
    expect(foldForSearch(null, undefined)).toBe('');
  });

  it('keeps digits and punctuation', () => {
    expect(foldForSearch('SIA "Ābele-2", LV40003')).toBe('sia "abele-2", lv40003');
  });
});

describe('likePattern', () => {
  it('wraps the folded term in %', () => {
    expect(likePattern('Rīgas')).toBe('%rigas%');
  });

  it('escapes % and _ and the escape character itself', () => {
    expect(likePattern('50%')).toBe('%50\\%%');
    expect(likePattern('a_b')).toBe('%a\\_b%');
    expect(likePattern('a\\b')).toBe('%a\\\\b%');
  });
});

describe('likePattern in SQLite', () => {
  it("matches folded text with ESCAPE '\\' and takes wildcards literally", () => {
    const db = new Database(':memory:');
    try {
      db.exec('CREATE TABLE t (s TEXT)');
      const insert = db.prepare('INSERT INTO t (s) VALUES (?)');
      for (const s of ['Rīgas Siltums', 'Ventspils 100% Serviss', 'Liepāja 1000', 'a_b', 'axb']) insert.run(foldForSearch(s));
      const find = (term: string) =>
        (db.prepare("SELECT s FROM t WHERE s LIKE ? ESCAPE '\\' ORDER BY s").all(likePattern(term)) as { s: string }[]).map(
          (r) => r.s,
        );
      expect(find('RĪGAS')).toEqual(['rigas siltums']);
      expect(find('100%')).toEqual(['ventspils 100% serviss']);
      expect(find('a_b')).toEqual(['a_b']);
      expect(find('')).toHaveLength(5);
    } finally {
      db.close();
    }
  });
});
