import { describe, expect, it } from 'vitest';
import { formatHundredths, parseHundredths, readCell, writeCell } from './csv-values';

describe('parseHundredths / formatHundredths', () => {
  it('reads a decimal comma or point, spaces as thousands separators, and up to two places', () => {
    expect(parseHundredths('45,50')).toBe(4550);
    expect(parseHundredths('45.5')).toBe(4550);
    expect(parseHundredths('45')).toBe(4500);
    expect(parseHundredths('1 234,05')).toBe(123405);
    expect(parseHundredths('0,')).toBe(0);
    expect(parseHundredths('-3,1')).toBe(-310);
  });

  it('refuses text, three places and two separators', () => {
    for (const bad of ['', 'abc', '12,345', '1,2,3', '1.234,50', '€5']) expect(parseHundredths(bad), bad).toBeNull();
  });

  it('writes with a decimal comma', () => {
    expect(formatHundredths(4550)).toBe('45,50');
    expect(formatHundredths(5)).toBe('0,05');
    expect(formatHundredths(0)).toBe('0,00');
    expect(formatHundredths(-310)).toBe('-3,10');
  });
});

describe('readCell', () => {
  it('turns money, hours and percent into hundredths', () => {
    expect(readCell('money', ' 45,50 ')).toEqual({ ok: true, value: 4550 });
    expect(readCell('hours', '1.5')).toEqual({ ok: true, value: 150 });
    expect(readCell('percent', '21')).toEqual({ ok: true, value: 2100 });
    expect(readCell('money', 'cheap')).toEqual({ ok: false, key: 'not_number' });
  });

  it('reads whole numbers and refuses anything else', () => {
    expect(readCell('integer', '42')).toEqual({ ok: true, value: 42 });
    expect(readCell('integer', '4,2')).toEqual({ ok: false, key: 'not_number' });
  });

  it('reads yes/no words in both languages and 1/0', () => {
    for (const yes of ['1', 'true', 'TRUE', 'Jā', 'yes', 'PATIESS']) expect(readCell('boolean', yes), yes).toEqual({ ok: true, value: true });
    for (const no of ['0', 'false', 'Nē', 'no', 'APLAMS']) expect(readCell('boolean', no), no).toEqual({ ok: true, value: false });
    expect(readCell('boolean', 'maybe')).toEqual({ ok: false, key: 'csv_boolean', params: { value: 'maybe' } });
  });

  it('matches enum values and their labels regardless of case', () => {
    const choices = {
      values: ['technician', 'office'],
      labels: [
        { technician: 'Technician', office: 'Office staff' },
        { technician: 'Tehniķis', office: 'Biroja darbinieks' },
      ],
    };
    expect(readCell('enum', 'office', choices)).toEqual({ ok: true, value: 'office' });
    expect(readCell('enum', 'TEHNIĶIS', choices)).toEqual({ ok: true, value: 'technician' });
    expect(readCell('enum', 'boss', choices)).toEqual({
      ok: false,
      key: 'csv_enum',
      params: { value: 'boss', allowed: 'technician, office' },
    });
  });

  it('turns a Latvian spreadsheet date into ISO and leaves other text to the schema', () => {
    expect(readCell('date', '3.2.2026')).toEqual({ ok: true, value: '2026-02-03' });
    expect(readCell('date', '2026-02-03')).toEqual({ ok: true, value: '2026-02-03' });
    expect(readCell('date', 'tomorrow')).toEqual({ ok: true, value: 'tomorrow' });
  });

  it('passes text through as typed', () => {
    expect(readCell('text', ' Rīga ')).toEqual({ ok: true, value: ' Rīga ' });
  });
});

describe('writeCell', () => {
  it('writes what readCell reads back', () => {
    expect(writeCell('money', 4550)).toBe('45,50');
    expect(writeCell('boolean', true)).toBe('1');
    expect(writeCell('boolean', false)).toBe('0');
    expect(writeCell('text', null)).toBe('');
    expect(writeCell('date', '2026-02-03')).toBe('2026-02-03');
    expect(writeCell('integer', 7)).toBe('7');
    for (const [kind, value] of [
      ['money', 123405],
      ['hours', 0],
      ['boolean', false],
      ['integer', 3],
    ] as const) {
      expect(readCell(kind, writeCell(kind, value))).toEqual({ ok: true, value });
    }
  });
});
