import { AppointmentTypeCode } from '@regflow/contracts';
import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DiarySessionEntity } from '../modules/diaries/diary-session.entity';
import { SessionBlockEntity } from '../modules/diaries/session-block.entity';
import { OfficeEntity } from '../modules/offices/office.entity';
import { defaultAppointmentTypes } from '../modules/scheduling/appointment-types.seed';
import { AppointmentTypeEntity } from '../modules/scheduling/appointment-type.entity';
import { BookingSuspensionEntity } from '../modules/scheduling/booking-suspension.entity';
import { StaffUserEntity } from '../modules/staff/staff-user.entity';
import { staffMember } from './staff-sessions';

/** Test data builders: each saves one row with sensible defaults and returns it. */
export function schedulingBuilders(manager: EntityManager) {
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
        diaryVersion: 0,
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
  };
}

/** The smallest bookable service: the appointment types, one office, one registrar and one 09:00–12:00 session on `day`. Returns the session's id. */
export async function oneSessionService(app: INestApplication, day: string): Promise<string> {
  const build = schedulingBuilders(app.get(DataSource).manager);
  await build.appointmentTypes();
  const registrar = await staffMember(app, ['registrar']);
  return (await build.session(registrar.id, (await build.office()).id, day)).id;
}
