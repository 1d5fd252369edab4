import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { migrationColumns } from '../migration-columns';

/** Each account's session version: signing out or a new password bumps it, and every older session token stops working. */
export class SessionVersions1764800000000 implements MigrationInterface {
  name = 'SessionVersions1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('staff_users', new TableColumn(migrationColumns(queryRunner).integer('session_version', 0)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('staff_users', 'session_version');
  }
}
