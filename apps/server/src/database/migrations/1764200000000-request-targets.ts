import { AppointmentTypeCode } from '@regflow/contracts';
import { targetDeadline } from '@regflow/domain';
import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { migrationColumns } from '../migration-columns';

interface RequestClock {
  readonly id: string;
  readonly type_code: AppointmentTypeCode;
  readonly requested_at: string | Date;
  readonly paperwork_ready_at: string | Date | null;
  readonly target_working_days: number;
}

/** SQLite hands back UTC `datetime` text without a zone; PostgreSQL a Date. */
function utc(value: string | Date): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
}

/**
 * Each request records the target in force when it was made, and the deadline day it gave, so a
 * manager's later change of target never rescores it. Requests made before this migration get
 * their type's target of the day; imported history may carry a target of its own.
 */
export class RequestTargets1764200000000 implements MigrationInterface {
  name = 'RequestTargets1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = migrationColumns(queryRunner);
    await queryRunner.addColumns('appointment_requests', [
      new TableColumn({ ...c.integer('target_working_days'), isNullable: true }),
      new TableColumn(c.civilDate('target_deadline_on', true)),
    ]);
    await queryRunner.addColumn('historical_events', new TableColumn({ ...c.integer('target_working_days'), isNullable: true }));

    await queryRunner.query(
      'UPDATE appointment_requests SET target_working_days = (SELECT t.target_working_days FROM appointment_types t WHERE t.code = appointment_requests.type_code)',
    );
    const closures = ((await queryRunner.query('SELECT day FROM service_closures')) as { day: string }[]).map((row) => row.day);
    const requests = (await queryRunner.query(
      'SELECT id, type_code, requested_at, paperwork_ready_at, target_working_days FROM appointment_requests WHERE target_working_days IS NOT NULL',
    )) as RequestClock[];
    const placeholder = (position: number) => (c.postgres ? `$${position}` : '?');
    for (const request of requests) {
      const deadline = targetDeadline({
        typeCode: request.type_code,
        requestedAt: utc(request.requested_at),
        paperworkReadyAt: request.paperwork_ready_at === null ? null : utc(request.paperwork_ready_at),
        targetWorkingDays: Number(request.target_working_days),
        closures,
      });
      await queryRunner.query(`UPDATE appointment_requests SET target_deadline_on = ${placeholder(1)} WHERE id = ${placeholder(2)}`, [deadline, request.id]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('historical_events', 'target_working_days');
    await queryRunner.dropColumn('appointment_requests', 'target_deadline_on');
    await queryRunner.dropColumn('appointment_requests', 'target_working_days');
  }
}
