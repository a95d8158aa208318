import { stringify } from 'csv-stringify/browser/esm/sync';

/** Saves rows as a CSV file the browser downloads, named `filename`. */
export function downloadCsv(filename: string, columns: string[], rows: (string | number)[][]): void {
  const text = stringify(rows, { header: true, columns });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
