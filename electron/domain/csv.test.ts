import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv, writeCsv, type CsvParseResult } from './csv';

function cellsOf(result: CsvParseResult): string[][] {
  if (!result.ok) throw new Error(`parse failed on row ${result.row}`);
  return result.records.map((r) => r.cells);
}

describe('detectDelimiter', () => {
  it('takes ";" from a Latvian Excel header and "," from others', () => {
    expect(detectDelimiter('code;name;city\r\n1,5;a,b;c')).toBe(';');
    expect(detectDelimiter('code,name,city\n"a;b",c,d')).toBe(',');
  });

  it('looks at the header line only, outside quotes, and ignores a BOM', () => {
    expect(detectDelimiter('\uFEFF"a,b,c";d\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('"x;y",a,b\n')).toBe(',');
  });

  it('falls back to ";" for a single column', () => {
    expect(detectDelimiter('code\r\nA1')).toBe(';');
    expect(detectDelimiter('')).toBe(';');
  });
});

describe('parseCsv', () => {
  it('reads plain records with CRLF, LF or CR line ends', () => {
    expect(cellsOf(parseCsv('a;b\r\n1;2\r\n'))).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(cellsOf(parseCsv('a;b\n1;2'))).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(cellsOf(parseCsv('a;b\r1;2\r'))).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('strips a UTF-8 byte order mark', () => {
    const result = parseCsv('\uFEFFcode;name\r\nK1;Rīgas Ūdens\r\n');
    expect(cellsOf(result)).toEqual([
      ['code', 'name'],
      ['K1', 'Rīgas Ūdens'],
    ]);
  });

  it('keeps delimiters, doubled quotes and line breaks inside quoted cells', () => {
    const text = 'code;notes;city\r\nA;"one; two";"Rīga"\r\nB;"say ""hi""";x\r\nC;"line 1\r\nline 2\nline 3";y\r\n';
    expect(cellsOf(parseCsv(text))).toEqual([
      ['code', 'notes', 'city'],
      ['A', 'one; two', 'Rīga'],
      ['B', 'say "hi"', 'x'],
      ['C', 'line 1\r\nline 2\nline 3', 'y'],
    ]);
  });

  it('numbers records like spreadsheet rows: a multi-line cell is one row, empty lines count', () => {
    const result = parseCsv('code;notes\n"A";"x\ny"\n\nB;z\n;\nC;w');
    expect(result.ok && result.records.map((r) => [r.row, r.cells[0]])).toEqual([
      [1, 'code'],
      [2, 'A'],
      [4, 'B'],
      [6, 'C'],
    ]);
  });

  it('keeps empty cells, including trailing ones', () => {
    expect(cellsOf(parseCsv('a;b;c\n1;;\n;2;'))).toEqual([
      ['a', 'b', 'c'],
      ['1', '', ''],
      ['', '2', ''],
    ]);
  });

  it('keeps a stray quote inside an unquoted cell as text', () => {
    expect(cellsOf(parseCsv('a;b\n12" pipe;x'))).toEqual([
      ['a', 'b'],
      ['12" pipe', 'x'],
    ]);
  });

  it('uses the detected delimiter: commas separate cells only in a comma file', () => {
    expect(cellsOf(parseCsv('code,price\nA,"45,50"\n'))).toEqual([
      ['code', 'price'],
      ['A', '45,50'],
    ]);
    expect(cellsOf(parseCsv('code;price\nA;45,50\n'))).toEqual([
      ['code', 'price'],
      ['A', '45,50'],
    ]);
  });

  it('reports the row where an unclosed quoted value starts', () => {
    expect(parseCsv('code;name\nA;ok\nB;"never closed\nC;x\n')).toEqual({ ok: false, row: 3, key: 'csv_unclosed_quote' });
  });

  it('returns no records for an empty text', () => {
    expect(cellsOf(parseCsv(''))).toEqual([]);
    expect(cellsOf(parseCsv('\uFEFF\r\n'))).toEqual([]);
  });
});

describe('writeCsv', () => {
  it('writes ";" with CRLF and a BOM by default, quoting only where needed', () => {
    expect(
      writeCsv([
        ['code', 'name'],
        ['A', 'plain'],
        ['B', 'a;b'],
        ['C', 'say "hi"'],
        ['D', 'two\nlines'],
        ['E', '45,50'],
      ]),
    ).toBe('\uFEFFcode;name\r\nA;plain\r\nB;"a;b"\r\nC;"say ""hi"""\r\nD;"two\nlines"\r\nE;45,50\r\n');
  });

  it('quotes commas in a comma file and can leave the BOM out', () => {
    expect(writeCsv([['A', '45,50', 'x;y']], { delimiter: ',', bom: false })).toBe('A,"45,50",x;y\r\n');
  });

  it('round-trips awkward values through parseCsv', () => {
    const rows = [
      ['code', 'notes', 'empty'],
      ['Ā1', '"quoted"; and, both\r\nand a new line', ''],
      ['B2', 'Šķūņi Žīguri', ''],
    ];
    for (const delimiter of [';', ','] as const) {
      expect(cellsOf(parseCsv(writeCsv(rows, { delimiter })))).toEqual(rows);
    }
  });
});
