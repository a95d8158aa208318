import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../lib/strings';

export interface Column<Row> {
  key: string;
  label: string;
  /** What the column sorts by. */
  value: (row: Row) => string | number;
  /** What the cell shows; the value itself when absent. */
  render?: (row: Row) => ComponentChildren;
  numeric?: boolean;
}

interface Props<Row> {
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  testId: string;
  caption: string;
  empty: string;
}

/** A table sorted by any column: a header is a button, pressed again it reverses the order. */
export function SortableTable<Row>({ columns, rows, rowKey, testId, caption, empty }: Props<Row>) {
  const [sort, setSort] = useState<{ key: string; ascending: boolean } | null>(null);
  const column = columns.find((c) => c.key === sort?.key);
  const sorted = column
    ? [...rows].sort((a, b) => {
        const [x, y] = [column.value(a), column.value(b)];
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
        return sort!.ascending ? order : -order;
      })
    : rows;
  return (
    <table class="data-table" data-testid={testId}>
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => {
            const current = sort?.key === c.key;
            return (
              <th key={c.key} scope="col" aria-sort={current ? (sort!.ascending ? 'ascending' : 'descending') : 'none'} class={c.numeric ? 'numeric' : ''}>
                <button
                  type="button"
                  class="sort-button"
                  data-sort-key={c.key}
                  onClick={() => setSort({ key: c.key, ascending: current ? !sort!.ascending : true })}
                  title={t('record.sortBy', { column: c.label })}
                >
                  {c.label}
                  <span aria-hidden="true">{current ? (sort!.ascending ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {sorted.length === 0 && (
          <tr>
            <td colSpan={columns.length}>{empty}</td>
          </tr>
        )}
        {sorted.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c) => (
              <td key={c.key} class={c.numeric ? 'tabular numeric' : ''}>
                {c.render ? c.render(row) : c.value(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
