import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { migrationColumns } from '../migration-columns';

/** A request made with an Idempotency-Key keeps a hash of what was submitted, so the key answers only that submission again. */
export class IdempotencyBody1764600000000 implements MigrationInterface {
  name = 'IdempotencyBody1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('appointment_requests', new TableColumn(migrationColumns(queryRunner).text('idempotency_body_hash', 64, true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('appointment_requests', 'idempotency_body_hash');
  }
}
