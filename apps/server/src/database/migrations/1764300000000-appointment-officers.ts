import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { migrationColumns } from '../migration-columns';

const SAME_START_INDEX = 'uq_appointments_registrar_start_active';
const OVERLAP_CONSTRAINT = 'ex_appointments_registrar_overlap';

/**
 * An appointment's officers get a table of their own, one row per officer, and the no-overlap
 * guarantee moves onto it from `appointments`: a marriage holds two diaries at once. Existing
 * appointments become their registrar's row; `appointments.registrar_id` stays as the lead officer.
 */
export class AppointmentOfficers1764300000000 implements MigrationInterface {
  name = 'AppointmentOfficers1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = migrationColumns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'appointment_officers',
        columns: [
          { ...c.ref('appointment_id'), isPrimary: true },
          { ...c.ref('registrar_id'), isPrimary: true },
          c.text('role', 30),
          c.instant('starts_at'),
          c.instant('ends_at'),
          c.flag('active', true),
        ],
        indices: [
          new TableIndex({ name: 'uq_appointment_officers_registrar_start_active', columnNames: ['registrar_id', 'starts_at'], isUnique: true, where: '"active"' }),
        ],
        foreignKeys: [
          new TableForeignKey({ name: 'fk_appointment_officers_appointment', columnNames: ['appointment_id'], referencedTableName: 'appointments', referencedColumnNames: ['id'], onDelete: 'CASCADE' }),
          new TableForeignKey({ name: 'fk_appointment_officers_registrar', columnNames: ['registrar_id'], referencedTableName: 'staff_users', referencedColumnNames: ['id'] }),
        ],
      }),
      false,
      true,
      true,
    );
    await queryRunner.query(
      `INSERT INTO "appointment_officers" ("appointment_id", "registrar_id", "role", "starts_at", "ends_at", "active")
       SELECT "id", "registrar_id", 'registrar', "starts_at", "ends_at", "status" <> 'cancelled' FROM "appointments"`,
    );
    await queryRunner.dropIndex('appointments', SAME_START_INDEX);
    if (c.postgres) {
      await queryRunner.query(`ALTER TABLE "appointments" DROP CONSTRAINT "${OVERLAP_CONSTRAINT}"`);
      await queryRunner.query(
        `ALTER TABLE "appointment_officers" ADD CONSTRAINT "ex_appointment_officers_overlap" EXCLUDE USING gist ("registrar_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("active")`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const c = migrationColumns(queryRunner);
    await queryRunner.dropTable('appointment_officers', true, true, true);
    await queryRunner.createIndex(
      'appointments',
      new TableIndex({ name: SAME_START_INDEX, columnNames: ['registrar_id', 'starts_at'], isUnique: true, where: `status <> 'cancelled'` }),
    );
    if (c.postgres) {
      await queryRunner.query(
        `ALTER TABLE "appointments" ADD CONSTRAINT "${OVERLAP_CONSTRAINT}" EXCLUDE USING gist ("registrar_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("status" <> 'cancelled')`,
      );
    }
  }
}
