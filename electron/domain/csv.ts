/**
 * A small RFC 4180 reader and writer. Latvian Excel saves ";"-separated files (the comma is the
 * decimal separator there), other tools ",": the header line decides which one a file uses.
 */

export type Delimiter = ';' | ',';

/** One record of the file; `row` counts records the way a spreadsheet numbers rows (header = 1). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export type CsvParseResult =
  | { ok: true; delimiter: Delimiter; records: CsvRecord[] }
  /** A quoted value opened on `row` was never closed, so where later records start is unknown. */
  | { ok: false; row: number; key: 'csv_unclosed_quote' };

const BOM = '\uFEFF';

/** Counts ";" and "," outside quotes on the first line; a tie (or neither) means ";". */
export function detectDelimiter(text: string): Delimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text.startsWith(BOM) ? text.slice(1) : text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

/**
 * Splits text into records of cells. Quoted cells may hold the delimiter, doubled quotes and line
 * breaks; CRLF, LF and lone CR all end a record. A quote in the middle of an unquoted cell is kept
 * as text rather than refused, as spreadsheets do. Empty lines keep their row number but are not
 * returned, so "row" still matches what a spreadsheet shows.
 */
export function parseCsv(input: string, delimiter: Delimiter = detectDelimiter(input)): CsvParseResult {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let row = 1;
  let quotedFrom = 0;
  let inQuotes = false;
  let cellStarted = false;

  const endCell = () => {
    cells.push(cell);
    cell = '';
    cellStarted = false;
  };
  const endRecord = () => {
    endCell();
    if (cells.some((c) => c !== '')) records.push({ row, cells });
    cells = [];
    row++;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (inQuotes) {
      if (ch !== '"') cell += ch;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else inQuotes = false;
      continue;
    }
    if (ch === '"' && !cellStarted) {
      inQuotes = true;
      cellStarted = true;
      quotedFrom = row;
    } else if (ch === delimiter) endCell();
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else {
      cell += ch;
      cellStarted = true;
    }
  }
  if (inQuotes) return { ok: false, row: quotedFrom, key: 'csv_unclosed_quote' };
  if (cellStarted || cell !== '' || cells.length > 0) endRecord();
  return { ok: true, delimiter, records };
}

function quoteCell(value: string, delimiter: Delimiter): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Records as CSV text with CRLF line ends. The BOM makes Excel read the file as UTF-8, so
 * "ā", "š" and "ž" survive a double-click open.
 */
export function writeCsv(rows: readonly (readonly string[])[], options: { delimiter?: Delimiter; bom?: boolean } = {}): string {
  const delimiter = options.delimiter ?? ';';
  const body = rows.map((cells) => cells.map((c) => quoteCell(c, delimiter)).join(delimiter) + '\r\n').join('');
  return (options.bom ?? true ? BOM : '') + body;
}
