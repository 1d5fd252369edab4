import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { migrationColumns } from '../migration-columns';

/** Residents' online answers to the satisfaction question: one per appointment, counted by the London day of the answer. */
export class SatisfactionAnswers1764930000000 implements MigrationInterface {
  name = 'SatisfactionAnswers1764930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = migrationColumns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'satisfaction_answers',
        columns: [
          c.id(),
          c.ref('appointment_id'),
          c.text('type_code', 20),
          c.text('rating', 10),
          c.longText('comment', true),
          c.civilDate('service_day'),
          c.instant('answered_at'),
        ],
        uniques: [{ name: 'uq_satisfaction_answers_appointment', columnNames: ['appointment_id'] }],
        indices: [new TableIndex({ name: 'ix_satisfaction_answers_day', columnNames: ['service_day'] })],
      }),
      false,
      true,
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('satisfaction_answers', true, true, true);
  }
}
