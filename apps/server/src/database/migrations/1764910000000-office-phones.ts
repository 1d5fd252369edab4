import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { migrationColumns } from '../migration-columns';

/** Each office's public telephone number, which residents are told to call; null where it has none of its own. */
export class OfficePhones1764910000000 implements MigrationInterface {
  name = 'OfficePhones1764910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('offices', new TableColumn(migrationColumns(queryRunner).text('phone', 30, true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('offices', 'phone');
  }
}
