import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { migrationColumns } from '../migration-columns';

export class Workflow1764000000000 implements MigrationInterface {
  name = 'Workflow1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = migrationColumns(queryRunner);
    const create = (table: Table) => queryRunner.createTable(table, false, true, true);
    await queryRunner.addColumns('appointment_types', [
      new TableColumn({ ...c.integer('reminder_working_days_before', 1) }),
      new TableColumn({ ...c.text('reminder_time', 5), default: `'10:00'` }),
    ]);
    await create(
      new Table({
        name: 'messages',
        columns: [
          c.id(),
          c.text('key', 160),
          c.text('kind', 40),
          c.text('audience', 10),
          c.text('channel', 10),
          c.text('recipient', 254),
          c.ref('appointment_id', true),
          c.text('subject', 500, true),
          c.text('status', 10),
          c.instant('due_at'),
          c.integer('attempts', 0),
          c.text('last_error', 500, true),
          c.instant('sent_at', true),
          c.instant('created_at'),
        ],
        uniques: [{ name: 'uq_messages_key', columnNames: ['key'] }],
        indices: [
          new TableIndex({ name: 'ix_messages_appointment', columnNames: ['appointment_id'] }),
          new TableIndex({ name: 'ix_messages_status_due', columnNames: ['status', 'due_at'] }),
        ],
      }),
    );
    await create(
      new Table({
        name: 'outbox',
        columns: [
          c.id(),
          c.text('job_id', 160),
          c.text('queue', 40),
          c.text('job_name', 60),
          c.longText('payload'),
          c.instant('due_at'),
          c.instant('dispatched_at', true),
          c.instant('completed_at', true),
          c.instant('created_at'),
        ],
        uniques: [{ name: 'uq_outbox_job', columnNames: ['job_id'] }],
        indices: [new TableIndex({ name: 'ix_outbox_pending', columnNames: ['dispatched_at', 'due_at'] })],
      }),
    );
    await create(
      new Table({
        name: 'staff_alerts',
        columns: [
          c.id(),
          c.text('key', 160),
          c.text('kind', 40),
          c.text('summary', 300),
          c.ref('appointment_id', true),
          c.instant('raised_at'),
          c.instant('resolved_at', true),
          c.ref('resolved_by', true),
        ],
        uniques: [{ name: 'uq_staff_alerts_key', columnNames: ['key'] }],
        indices: [new TableIndex({ name: 'ix_staff_alerts_open', columnNames: ['resolved_at', 'raised_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['staff_alerts', 'outbox', 'messages']) await queryRunner.dropTable(table, true, true, true);
    await queryRunner.dropColumns('appointment_types', ['reminder_time', 'reminder_working_days_before']);
  }
}
