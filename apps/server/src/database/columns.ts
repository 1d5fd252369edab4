import { Column, ColumnOptions, ValueTransformer } from 'typeorm';

/**
 * An instant, stored as UTC: `timestamptz` on PostgreSQL and UTC `datetime` text on SQLite (the
 * SQL types are the migrations' `migrationColumns().instant`). Declared as `Date` so TypeORM converts
 * it on both engines.
 */
export function InstantColumn(name: string, options: Pick<ColumnOptions, 'nullable'> = {}): PropertyDecorator {
  return Column({ name, type: Date, ...options });
}

/** A civil date, `yyyy-MM-dd`, stored as text. */
export function CivilDateColumn(name: string, options: Pick<ColumnOptions, 'nullable'> = {}): PropertyDecorator {
  return Column({ name, type: 'varchar', length: 10, ...options });
}

/** A list of short codes stored as comma-separated text. */
export const codeList: ValueTransformer = {
  to: (codes: readonly string[] | undefined) => codes?.join(','),
  from: (stored: string | null) => (stored ? stored.split(',') : []),
};

/** A JSON value stored as text (portable across SQLite and PostgreSQL). */
export const jsonText: ValueTransformer = {
  to: (value: unknown) => (value === undefined ? undefined : JSON.stringify(value)),
  from: (stored: string | null) => (stored === null ? null : JSON.parse(stored)),
};
