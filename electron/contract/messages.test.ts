import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from './result';
import { LANGUAGES, errorMessages, fieldLabel, fieldLabels, formatErrorMessage, referenceLabels } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const catalogues = { errorMessages, fieldLabels, referenceLabels } as const;

describe('message catalogues', () => {
  it('covers both languages', () => {
    expect([...LANGUAGES].sort()).toEqual(['en', 'lv']);
  });

  for (const [name, catalogue] of Object.entries(catalogues)) {
    describe(name, () => {
      it('has the same keys in lv and en', () => {
        expect(Object.keys(catalogue.lv).sort()).toEqual(Object.keys(catalogue.en).sort());
        expect(Object.keys(catalogue.en).length).toBeGreaterThan(0);
      });

      it('has no empty texts', () => {
        for (const lang of LANGUAGES) {
          for (const [key, text] of Object.entries(catalogue[lang])) {
            expect(text.trim(), `${lang}.${key}`).not.toBe('');
          }
        }
      });

      it('uses the same {{placeholders}} in lv and en for each key', () => {
        for (const [key, en] of Object.entries(catalogue.en)) {
          expect(placeholders(catalogue.lv[key] ?? ''), key).toEqual(placeholders(en));
        }
      });
    });
  }

  it('has a message for every error code that is also its own message key', () => {
    // validation and rule carry a more specific key (an issue key, demo_needs_empty, ...).
    const own = ERROR_CODES.filter((code) => code !== 'validation' && code !== 'rule');
    expect(own.length).toBeGreaterThan(0);
    for (const code of own) {
      for (const lang of LANGUAGES) expect(errorMessages[lang][code], `${lang}.${code}`).toBeDefined();
    }
  });
});

describe('fieldLabel', () => {
  it('takes the scoped label first', () => {
    expect(fieldLabel('en', 'customer', 'code')).toBe('Customer number');
    expect(fieldLabel('lv', 'customer', 'code')).toBe('Klienta numurs');
  });

  it('falls back to the common label when the scope has none', () => {
    expect(fieldLabel('en', 'customer', 'version')).toBe('Version');
    expect(fieldLabel('lv', 'customer', 'version')).toBe('Versija');
    expect(fieldLabel('en', undefined, 'pageSize')).toBe('Rows per page');
    expect(fieldLabel('lv', 'no-such-scope', 'name')).toBe('Nosaukums');
  });

  it('uses the last part of a nested path for the common fallback', () => {
    expect(fieldLabel('en', 'customer', 'lines.0.notes')).toBe('Notes');
  });

  it('falls back to the raw field name', () => {
    expect(fieldLabel('en', 'customer', 'colour')).toBe('colour');
    expect(fieldLabel('lv', undefined, 'lines.0.colour')).toBe('lines.0.colour');
  });
});

describe('formatErrorMessage', () => {
  it('renders every issue with its translated field label', () => {
    const details = {
      key: 'invalid_input',
      scope: 'customer',
      issues: [
        { field: 'name', key: 'required' },
        { field: 'postcode', key: 'too_long', params: { max: 20 } },
      ],
    };
    const en = formatErrorMessage('en', details);
    expect(en.indexOf('Name')).toBeGreaterThanOrEqual(0);
    expect(en.indexOf('Postcode')).toBeGreaterThan(en.indexOf('Name'));
    expect(en).toContain('20');
    const lv = formatErrorMessage('lv', details);
    expect(lv.indexOf('Nosaukums')).toBeGreaterThanOrEqual(0);
    expect(lv.indexOf('Pasta indekss')).toBeGreaterThan(lv.indexOf('Nosaukums'));
    expect(lv).toContain('20');
    for (const text of [en, lv]) expect(text).not.toMatch(/\{\{|\}\}/);
  });

  it('uses invalid_value for an issue key it does not know', () => {
    const unknown = formatErrorMessage('en', { key: 'x', scope: 'customer', issues: [{ field: 'city', key: 'no-such-key' }] });
    const invalid = formatErrorMessage('en', { key: 'x', scope: 'customer', issues: [{ field: 'city', key: 'invalid_value' }] });
    expect(unknown).toBe(invalid);
    expect(unknown).toContain('City');
  });

  it('describes references in the reader language', () => {
    const details = { key: 'referenced', params: { refs: 'customer_sites=3;contacts=1' } };
    expect(formatErrorMessage('en', details)).toContain('3 service sites, 1 contact persons');
    expect(formatErrorMessage('lv', details)).toContain('3 servisa vietas, 1 kontaktpersonas');
  });

  it('labels the field of a single-field message', () => {
    expect(formatErrorMessage('lv', { key: 'backup_folder_missing', scope: 'backup', params: { field: 'folder' } })).toContain(
      'Rezerves kopiju mape',
    );
    expect(formatErrorMessage('en', { key: 'backup_folder_missing', scope: 'backup', params: { field: 'folder' } })).toContain(
      'Backup folder',
    );
  });

  it('renders a missing parameter as empty and an unknown key as itself', () => {
    expect(formatErrorMessage('en', { key: 'unknown_call' })).not.toMatch(/\{\{|\}\}/);
    expect(formatErrorMessage('en', { key: 'no_such_message' })).toBe('no_such_message');
  });
});
