import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number;

/**
 * RFC 4180 text that spreadsheets open right: CRLF after every record, a UTF-8 byte-order mark
 * (else Excel reads "Côte d'Ivoire" as Latin-1), and cells starting with = + - @ or a tab or
 * carriage return prefixed with a quote, so no cell runs as a formula.
 */
export function spreadsheetCsv(columns: string[], rows: CsvCell[][]): string {
  return stringify(rows, { header: true, columns, bom: true, record_delimiter: 'windows', escape_formulas: true });
}
