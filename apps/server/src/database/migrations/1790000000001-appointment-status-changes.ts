import { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationColumns } from '../migration-columns';

const TABLE = 'appointments';

/**
 * What undoing an appointment's last change of status needs: the status before it, when it was
 * made, and when it was undone. Added and dropped with plain `ALTER TABLE` on both engines: TypeORM
 * would rebuild the SQLite table, and the rebuild's drop cascades to `appointment_officers`.
 */
export class AppointmentStatusChanges1790000000001 implements MigrationInterface {
  name = 'AppointmentStatusChanges1790000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = migrationColumns(queryRunner);
    await queryRunner.query(`ALTER TABLE "${TABLE}" ADD COLUMN "previous_status" varchar(16) NULL`);
    for (const column of ['status_changed_at', 'status_undone_at']) {
      await queryRunner.query(`ALTER TABLE "${TABLE}" ADD COLUMN "${column}" ${c.instant(column, true).type} NULL`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['status_undone_at', 'status_changed_at', 'previous_status']) {
      await queryRunner.query(`ALTER TABLE "${TABLE}" DROP COLUMN "${column}"`);
    }
  }
}
