import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { migrationColumns } from '../migration-columns';

/** Whether a death's informant asked for Tell Us Once: the appointment is longer by the type's extra minutes. */
export class TellUsOnce1764500000000 implements MigrationInterface {
  name = 'TellUsOnce1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('appointment_requests', new TableColumn(migrationColumns(queryRunner).flag('tell_us_once', false)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('appointment_requests', 'tell_us_once');
  }
}
