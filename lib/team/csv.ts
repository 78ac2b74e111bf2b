import Papa from 'papaparse';

/** Excel needs a byte-order mark to read UTF-8 (Chinese names) correctly. */
export const CSV_BOM = '\uFEFF';

/**
 * Cells a spreadsheet would run as a formula: = + - @, tab, CR, the minus
 * sign and the full-width forms of = + - @. Papaparse's own default pattern
 * misses a multi-line cell (its `.*$` stops at the first newline) and the
 * Unicode forms, so the pattern is given here.
 */
export const FORMULA_START = /^[=+\-@\t\r\u2212\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A CSV file: BOM, header row, CRLF lines, every risky cell prefixed with an apostrophe. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return (
    CSV_BOM +
    Papa.unparse(
      { fields: [...header], data: rows.map((row) => row.map((cell) => (cell === null ? '' : cell))) },
      { escapeFormulae: FORMULA_START, newline: '\r\n' },
    )
  );
}
