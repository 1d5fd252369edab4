import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { migrationColumns } from '../migration-columns';

/** The installation's id, kept here and in Redis, so two installations never share one queue prefix unnoticed. */
export class Installations1764700000000 implements MigrationInterface {
  name = 'Installations1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = migrationColumns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'installations',
        columns: [{ ...c.integer('singleton'), isPrimary: true }, c.ref('id'), c.instant('created_at')],
        checks: [{ name: 'ck_installations_singleton', expression: '"singleton" = 1' }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('installations');
  }
}
