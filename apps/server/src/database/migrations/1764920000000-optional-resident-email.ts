import { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationColumns } from '../migration-columns';

const TABLE = 'appointments';
const COLUMN = 'resident_email';
/** The one table whose rows cascade from `appointments`: SQLite's table rebuild must not take them with it. */
const CASCADING = 'appointment_officers';
const KEPT = 'kept_appointment_officers';

/**
 * A resident may give a mobile number instead of an email address, so an appointment's
 * `resident_email` may be null. PostgreSQL alters the column; SQLite cannot change a column's
 * nullability, so TypeORM rebuilds the table (a copy under the new definition, every row copied,
 * then swapped in), keeping its constraint and index names.
 */
export class OptionalResidentEmail1764920000000 implements MigrationInterface {
  name = 'OptionalResidentEmail1764920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await setNullable(queryRunner, true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const [{ count }]: { count: string | number }[] = await queryRunner.query(`SELECT COUNT(*) AS "count" FROM "${TABLE}" WHERE "${COLUMN}" IS NULL`);
    if (Number(count) > 0) {
      throw new Error(
        `${this.name} cannot make ${TABLE}.${COLUMN} required again: ${count} appointment(s) have none (the resident gave a telephone number only). Give each an email address, or remove them, then undo it again.`,
      );
    }
    await setNullable(queryRunner, false);
  }
}

async function setNullable(queryRunner: QueryRunner, nullable: boolean): Promise<void> {
  const table = (await queryRunner.getTable(TABLE))!;
  const column = table.findColumnByName(COLUMN)!;
  const changed = column.clone();
  changed.isNullable = nullable;
  if (migrationColumns(queryRunner).postgres) {
    await queryRunner.changeColumn(table, column, changed);
    return;
  }
  // Undoing runs inside a transaction, where SQLite leaves foreign keys on: dropping the old
  // table would then delete every officer row through the cascade. Keep them and put them back.
  await queryRunner.query(`CREATE TEMPORARY TABLE "${KEPT}" AS SELECT * FROM "${CASCADING}"`);
  await queryRunner.changeColumn(table, column, changed);
  await queryRunner.query(`DELETE FROM "${CASCADING}"`);
  await queryRunner.query(`INSERT INTO "${CASCADING}" SELECT * FROM "${KEPT}"`);
  await queryRunner.query(`DROP TABLE "${KEPT}"`);
}
