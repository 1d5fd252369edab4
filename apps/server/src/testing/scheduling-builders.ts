import { AppointmentTypeCode } from '@regflow/contracts';
import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { DiarySessionEntity } from '../modules/diaries/diary-session.entity';
import { SessionBlockEntity } from '../modules/diaries/session-block.entity';
import { OfficeEntity } from '../modules/settings/office.entity';
import { defaultAppointmentTypes } from '../modules/settings/appointment-types.seed';
import { AppointmentRequestEntity } from '../modules/scheduling/appointment-request.entity';
import { AppointmentTypeEntity } from '../modules/settings/appointment-type.entity';
import { AppointmentEntity } from '../modules/scheduling/appointment.entity';
import { BookingSuspensionEntity } from '../modules/settings/booking-suspension.entity';
import { StaffUserEntity } from '../modules/staff/staff-user.entity';
import { staffMember } from './staff-sessions';

/** Test data builders: each saves one row with sensible defaults and returns it. */
export function schedulingBuilders(manager: EntityManager) {
  /** An appointment not yet written, with its request saved. */
  async function appointmentRow(session: SessionOfAppointment, startsAt: Date, endsAt: Date, overrides: Partial<AppointmentEntity>): Promise<AppointmentEntity> {
    const request = await manager.save(AppointmentRequestEntity, {
      id: randomUUID(),
      typeCode: 'ceremony',
      channel: 'phone',
      requestedAt: new Date('2022-07-01T08:00:00Z'),
      serviceDay: '2022-07-01',
      paperworkReadyAt: null,
      eventDate: null,
      coronerReferral: false,
      babies: 1,
      targetWorkingDays: 10,
      targetDeadlineOn: '2022-07-15',
      firstOfferStartsAt: null,
      firstOfferAtOfficeStartsAt: null,
      idempotencyKey: null,
    });
    return {
      id: randomUUID(),
      requestId: request.id,
      sessionId: session.id,
      registrarId: session.registrarId,
      officeId: session.officeId,
      mode: 'face-to-face',
      startsAt,
      endsAt,
      status: 'booked',
      reference: `CER-${randomUUID().slice(0, 6).toUpperCase()}`,
      residentName: 'Aled Jones',
      residentEmail: 'aled@example.org',
      residentPhone: null,
      notes: null,
      registeredAt: null,
      createdAt: request.requestedAt,
      updatedAt: request.requestedAt,
      ...overrides,
    };
  }

  return {
    appointmentTypes: () => manager.save(AppointmentTypeEntity, defaultAppointmentTypes()),
    office: (overrides: Partial<OfficeEntity> = {}) =>
      manager.save(OfficeEntity, {
        id: randomUUID(),
        name: `Office ${randomUUID().slice(0, 8)}`,
        address: 'The Guildhall, High Street',
        openingHours: { '1': ['09:00', '17:00'] as const },
        createdAt: new Date('2022-01-01T00:00:00Z'),
        ...overrides,
      }),
    registrar: (overrides: Partial<StaffUserEntity> = {}) =>
      manager.save(StaffUserEntity, {
        id: randomUUID(),
        name: 'Rhian Registrar',
        email: `registrar-${randomUUID().slice(0, 8)}@example.org`,
        passwordHash: 'not-a-real-hash',
        roles: ['registrar' as const],
        active: true,
        offices: [],
        createdAt: new Date('2022-01-01T00:00:00Z'),
        ...overrides,
      }),
    session: (registrarId: string, officeId: string | null, day: string, overrides: Partial<DiarySessionEntity> = {}) =>
      manager.save(DiarySessionEntity, {
        id: randomUUID(),
        registrarId,
        officeId,
        day,
        startTime: '09:00',
        endTime: '12:00',
        acceptedTypes: ['birth', 'death', 'still-birth', 'notice'] as AppointmentTypeCode[],
        templateId: null,
        ...overrides,
      }),
    block: (sessionId: string, startsAt: string, endsAt: string) =>
      manager.save(SessionBlockEntity, { id: randomUUID(), sessionId, startsAt: new Date(startsAt), endsAt: new Date(endsAt), reason: 'training' }),
    suspension: (typeCode: AppointmentTypeCode, fromDay: string, toDay: string, message: string) =>
      manager.save(BookingSuspensionEntity, { id: randomUUID(), typeCode, fromDay, toDay, message }),
    /** A booked appointment in the session's registrar's name, with its request; no officers are claimed for it. */
    appointment: async (session: SessionOfAppointment, startsAt: Date, endsAt: Date, overrides: Partial<AppointmentEntity> = {}) =>
      manager.save(AppointmentEntity, await appointmentRow(session, startsAt, endsAt, overrides)),
    /** The same appointment written with only the columns its table has now: for a migration's spec, where the schema is an older one. */
    appointmentOfTheDay: async (session: SessionOfAppointment, startsAt: Date, endsAt: Date, overrides: Partial<AppointmentEntity> = {}) => {
      const appointment = await appointmentRow(session, startsAt, endsAt, overrides);
      await manager.createQueryBuilder().insert().into(AppointmentEntity, await fieldsOfTheDay(manager, AppointmentEntity)).values(appointment).execute();
      return appointment;
    },
  };
}

type SessionOfAppointment = Pick<DiarySessionEntity, 'id' | 'registrarId' | 'officeId'>;

/** The fields of `entity` whose columns its table has now (a migration's spec may run on an older schema). */
export async function fieldsOfTheDay<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>): Promise<(keyof T & string)[]> {
  const metadata = manager.connection.getMetadata(entity);
  const table = metadata.tableName;
  const rows: { name: string }[] =
    manager.connection.options.type === 'postgres'
      ? await manager.query(`SELECT column_name AS "name" FROM information_schema.columns WHERE table_name = $1`, [table])
      : await manager.query(`SELECT name FROM pragma_table_info('${table}')`);
  const present = new Set(rows.map((row) => row.name));
  return metadata.columns.filter((column) => present.has(column.databaseName)).map((column) => column.propertyName as keyof T & string);
}

/** The smallest bookable service: the appointment types, one office, one registrar and one 09:00–12:00 session on `day`. Returns the session's id. */
export async function oneSessionService(app: INestApplication, day: string): Promise<string> {
  const build = schedulingBuilders(app.get(DataSource).manager);
  await build.appointmentTypes();
  const registrar = await staffMember(app, ['registrar']);
  return (await build.session(registrar.id, (await build.office()).id, day)).id;
}
