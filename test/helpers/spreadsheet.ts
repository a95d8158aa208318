import { parse } from 'csv-parse/sync';

/** The rows of a CSV answer, read strictly: it must open with a UTF-8 BOM and end every record with CRLF. */
export function parseSpreadsheet(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) throw new Error('The CSV has no byte-order mark');
  if (!text.endsWith('\r\n')) throw new Error('The CSV does not end its last record with CRLF');
  return parse(text, { bom: true, record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false });
}
