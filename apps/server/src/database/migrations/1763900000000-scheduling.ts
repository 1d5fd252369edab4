import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { migrationColumns } from '../migration-columns';

const TABLES = [
  'audit_log',
  'appointments',
  'appointment_requests',
  'booking_suspensions',
  'session_blocks',
  'diary_sessions',
  'session_templates',
  'appointment_types',
  'staff_offices',
  'staff_users',
  'service_closures',
  'office_closed_days',
  'offices',
];

function foreignKey(name: string, column: string, table: string, onDelete: 'CASCADE' | 'RESTRICT' = 'RESTRICT') {
  return new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: [table === 'appointment_types' ? 'code' : 'id'], onDelete });
}

export class Scheduling1763900000000 implements MigrationInterface {
  name = 'Scheduling1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = migrationColumns(queryRunner);
    const create = (table: Table) => queryRunner.createTable(table, false, true, true);

    await create(
      new Table({
        name: 'offices',
        columns: [c.id(), c.text('name', 80), c.longText('address'), c.longText('opening_hours'), c.instant('created_at')],
        uniques: [{ name: 'uq_offices_name', columnNames: ['name'] }],
      }),
    );
    await create(
      new Table({
        name: 'office_closed_days',
        columns: [c.id(), c.ref('office_id'), c.civilDate('day'), c.text('reason', 200)],
        uniques: [{ name: 'uq_office_closed_days_office_day', columnNames: ['office_id', 'day'] }],
        foreignKeys: [foreignKey('fk_office_closed_days_office', 'office_id', 'offices', 'CASCADE')],
      }),
    );
    await create(
      new Table({
        name: 'service_closures',
        columns: [c.id(), c.civilDate('day'), c.text('reason', 200)],
        uniques: [{ name: 'uq_service_closures_day', columnNames: ['day'] }],
      }),
    );
    await create(
      new Table({
        name: 'staff_users',
        columns: [
          c.id(),
          c.text('name', 120),
          c.text('email', 254),
          c.text('password_hash', 200),
          c.text('roles', 120),
          c.flag('active', true),
          c.integer('diary_version', 0),
          c.instant('created_at'),
        ],
        uniques: [{ name: 'uq_staff_users_email', columnNames: ['email'] }],
      }),
    );
    await create(
      new Table({
        name: 'staff_offices',
        columns: [{ ...c.ref('staff_id'), isPrimary: true }, { ...c.ref('office_id'), isPrimary: true }],
        foreignKeys: [
          foreignKey('fk_staff_offices_staff', 'staff_id', 'staff_users', 'CASCADE'),
          foreignKey('fk_staff_offices_office', 'office_id', 'offices', 'CASCADE'),
        ],
      }),
    );
    await create(
      new Table({
        name: 'appointment_types',
        columns: [
          { ...c.text('code', 20), isPrimary: true },
          c.text('name', 80),
          c.integer('duration_minutes'),
          c.integer('target_working_days'),
          c.text('modes', 40),
          c.flag('online_bookable', false),
          c.longText('documents_to_bring'),
          c.integer('extra_minutes_per_extra_baby', 0),
          c.integer('extra_minutes_for_tell_us_once', 0),
          c.integer('minimum_notice_minutes', 60),
          c.integer('horizon_days', 56),
        ],
      }),
    );
    const sessionShape = [c.ref('registrar_id'), c.ref('office_id', true), c.wallClock('start_time'), c.wallClock('end_time'), c.text('accepted_types', 120)];
    await create(
      new Table({
        name: 'session_templates',
        columns: [c.id(), ...sessionShape, c.integer('weekday'), c.flag('active', true)],
        foreignKeys: [
          foreignKey('fk_session_templates_registrar', 'registrar_id', 'staff_users', 'CASCADE'),
          foreignKey('fk_session_templates_office', 'office_id', 'offices'),
        ],
      }),
    );
    await create(
      new Table({
        name: 'diary_sessions',
        columns: [c.id(), ...sessionShape, c.civilDate('day'), c.ref('template_id', true)],
        indices: [
          new TableIndex({ name: 'ix_diary_sessions_day', columnNames: ['day'] }),
          new TableIndex({ name: 'ix_diary_sessions_registrar_day', columnNames: ['registrar_id', 'day'] }),
        ],
        foreignKeys: [
          foreignKey('fk_diary_sessions_registrar', 'registrar_id', 'staff_users'),
          foreignKey('fk_diary_sessions_office', 'office_id', 'offices'),
        ],
      }),
    );
    await create(
      new Table({
        name: 'session_blocks',
        columns: [c.id(), c.ref('session_id'), c.instant('starts_at'), c.instant('ends_at'), c.text('reason', 200)],
        indices: [new TableIndex({ name: 'ix_session_blocks_session', columnNames: ['session_id'] })],
        foreignKeys: [foreignKey('fk_session_blocks_session', 'session_id', 'diary_sessions', 'CASCADE')],
      }),
    );
    await create(
      new Table({
        name: 'booking_suspensions',
        columns: [c.id(), c.text('type_code', 20), c.civilDate('from_day'), c.civilDate('to_day'), c.longText('message')],
        foreignKeys: [foreignKey('fk_booking_suspensions_type', 'type_code', 'appointment_types')],
      }),
    );
    await create(
      new Table({
        name: 'appointment_requests',
        columns: [
          c.id(),
          c.text('type_code', 20),
          c.text('channel', 10),
          c.instant('requested_at'),
          c.civilDate('service_day'),
          c.instant('paperwork_ready_at', true),
          c.civilDate('event_date', true),
          c.flag('coroner_referral', false),
          c.integer('babies', 1),
          c.instant('first_offer_starts_at', true),
          c.instant('first_offer_at_office_starts_at', true),
          c.text('idempotency_key', 100, true),
        ],
        uniques: [{ name: 'uq_appointment_requests_idempotency_key', columnNames: ['idempotency_key'] }],
        indices: [new TableIndex({ name: 'ix_appointment_requests_type_day', columnNames: ['type_code', 'service_day'] })],
        foreignKeys: [foreignKey('fk_appointment_requests_type', 'type_code', 'appointment_types')],
      }),
    );
    await create(
      new Table({
        name: 'appointments',
        columns: [
          c.id(),
          c.ref('request_id'),
          c.ref('session_id'),
          c.ref('registrar_id'),
          c.ref('office_id', true),
          c.text('mode', 12),
          c.instant('starts_at'),
          c.instant('ends_at'),
          c.text('status', 16),
          c.text('reference', 12),
          c.text('resident_name', 120),
          c.text('resident_email', 254),
          c.text('resident_phone', 30, true),
          c.longText('notes', true),
          c.instant('registered_at', true),
          c.instant('created_at'),
          c.instant('updated_at'),
        ],
        uniques: [
          { name: 'uq_appointments_reference', columnNames: ['reference'] },
          { name: 'uq_appointments_request', columnNames: ['request_id'] },
        ],
        indices: [
          new TableIndex({ name: 'uq_appointments_registrar_start_active', columnNames: ['registrar_id', 'starts_at'], isUnique: true, where: `status <> 'cancelled'` }),
          new TableIndex({ name: 'ix_appointments_starts_at', columnNames: ['starts_at'] }),
        ],
        foreignKeys: [
          foreignKey('fk_appointments_request', 'request_id', 'appointment_requests'),
          foreignKey('fk_appointments_session', 'session_id', 'diary_sessions'),
          foreignKey('fk_appointments_registrar', 'registrar_id', 'staff_users'),
        ],
      }),
    );
    if (c.postgres) {
      await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
      await queryRunner.query(
        `ALTER TABLE "appointments" ADD CONSTRAINT "ex_appointments_registrar_overlap" EXCLUDE USING gist ("registrar_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("status" <> 'cancelled')`,
      );
    }
    await create(
      new Table({
        name: 'audit_log',
        columns: [
          c.id(),
          c.text('actor_kind', 10),
          c.ref('actor_id', true),
          c.text('entity', 40),
          c.ref('entity_id'),
          c.text('action', 40),
          c.longText('changes'),
          c.instant('at'),
        ],
        indices: [new TableIndex({ name: 'ix_audit_log_entity', columnNames: ['entity', 'entity_id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.dropTable(table, true, true, true);
  }
}
