import { QueryRunner, TableColumnOptions } from 'typeorm';

/**
 * Column shapes shared by every migration, so one migration file serves SQLite and PostgreSQL:
 * instants are `timestamptz` on PostgreSQL and `datetime` (UTC text) on SQLite; civil dates and
 * wall-clock times are fixed-width text (`yyyy-MM-dd`, `HH:mm`).
 */
export function migrationColumns(queryRunner: QueryRunner) {
  const postgres = queryRunner.connection.driver.options.type === 'postgres';
  return {
    postgres,
    id: (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: true }),
    ref: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable: nullable }),
    text: (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable }),
    longText: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable }),
    integer: (name: string, defaultValue?: number): TableColumnOptions => ({
      name,
      type: 'integer',
      ...(defaultValue === undefined ? {} : { default: defaultValue }),
    }),
    flag: (name: string, defaultValue: boolean): TableColumnOptions => ({ name, type: 'boolean', default: postgres ? String(defaultValue) : defaultValue ? 1 : 0 }),
    instant: (name: string, nullable = false): TableColumnOptions => ({ name, type: postgres ? 'timestamptz' : 'datetime', isNullable: nullable }),
    civilDate: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '10', isNullable: nullable }),
    wallClock: (name: string): TableColumnOptions => ({ name, type: 'varchar', length: '5' }),
  };
}
