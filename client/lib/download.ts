import { stringify } from 'csv-stringify/browser/esm/sync';
import { refusalOf } from './api';

function save(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves rows as a CSV file the browser downloads, as the server writes its own: CRLF, a byte-order mark, no formulas. */
export function downloadCsv(filename: string, columns: string[], rows: (string | number)[][]): void {
  const text = stringify(rows, { header: true, columns, bom: true, record_delimiter: 'windows', escape_formulas: true });
  save(filename, new Blob([text], { type: 'text/csv;charset=utf-8' }));
}

/** A file only a signed-in caller may read: fetched with the token (a plain link sends none), then saved. */
export async function downloadWithToken(path: string, filename: string, token: string): Promise<void> {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw refusalOf(response, await response.text());
  save(filename, await response.blob());
}
