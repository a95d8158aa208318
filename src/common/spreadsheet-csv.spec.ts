import { parse } from 'csv-parse/sync';
import { spreadsheetCsv } from './spreadsheet-csv';

describe('spreadsheetCsv', () => {
  const csv = spreadsheetCsv(['delegation', 'note'], [["Côte d'Ivoire", 'plain'], ['Türkiye', 'a, "quoted" cell']]);

  it('starts with a UTF-8 byte-order mark', () => {
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('ends every record, the last too, with CRLF and has no bare LF', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('parses strictly (RFC 4180 quoting, CRLF records) back to the cells given', () => {
    const rows = parse(csv, { bom: true, record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false });
    expect(rows).toEqual([
      ['delegation', 'note'],
      ["Côte d'Ivoire", 'plain'],
      ['Türkiye', 'a, "quoted" cell'],
    ]);
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('prefixes a cell starting as a formula (%j) with a quote', (cell) => {
    const [, row] = parse(spreadsheetCsv(['cell'], [[cell]]), { bom: true, record_delimiter: '\r\n' });
    expect(row).toEqual([`'${cell}`]);
  });
});
