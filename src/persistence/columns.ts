import { Column, ColumnOptions } from 'typeorm';

// Instants are stored as epoch milliseconds: unambiguous UTC, the same on sqlite and PostgreSQL,
// and the unit the timer arithmetic uses.
const epochMsTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};

export function EpochMsColumn(options: Pick<ColumnOptions, 'nullable'> = {}): PropertyDecorator {
  return Column({ type: 'bigint', transformer: epochMsTransformer, ...options });
}

/** JSON in a text column that may be NULL (simple-json cannot hold a null). */
export const nullableJson = {
  to: (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value)),
  from: (value: string | null) => (value === null ? null : JSON.parse(value)),
};
