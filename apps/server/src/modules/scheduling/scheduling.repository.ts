import { Injectable } from '@nestjs/common';
import { AppointmentTypeCode } from '@regflow/contracts';
import { Busy, DiarySession, OfficeClosedDay } from '@regflow/domain';
import { DateTime } from 'luxon';
import { Between, EntityManager, LessThan, LessThanOrEqual, MoreThan, MoreThanOrEqual, Not } from 'typeorm';
import { DiarySessionEntity } from '../diaries/diary-session.entity';
import { toDiarySession } from '../diaries/to-diary-session';
import { ServiceClosureEntity } from '../diaries/service-closure.entity';
import { SessionBlockEntity } from '../diaries/session-block.entity';
import { OfficeClosedDayEntity } from '../offices/office-closed-day.entity';
import { AppointmentRequestEntity } from './appointment-request.entity';
import { AppointmentTypeEntity } from './appointment-type.entity';
import { AppointmentEntity } from './appointment.entity';
import { BookingSuspensionEntity } from './booking-suspension.entity';

export interface DiaryWindow {
  readonly sessions: DiarySession[];
  readonly busy: Busy[];
  readonly closedDays: OfficeClosedDay[];
  readonly serviceClosures: string[];
}


/** The scheduling reads and writes, by intent; every method runs in the caller's unit of work. */
@Injectable()
export class SchedulingRepository {
  findType(manager: EntityManager, code: AppointmentTypeCode): Promise<AppointmentTypeEntity | null> {
    return manager.findOneBy(AppointmentTypeEntity, { code });
  }

  findOnlineTypes(manager: EntityManager): Promise<AppointmentTypeEntity[]> {
    return manager.find(AppointmentTypeEntity, { where: { onlineBookable: true }, order: { code: 'ASC' } });
  }

  findSuspensionOn(manager: EntityManager, typeCode: AppointmentTypeCode, day: string): Promise<BookingSuspensionEntity | null> {
    return manager.findOneBy(BookingSuspensionEntity, { typeCode, fromDay: LessThanOrEqual(day), toDay: MoreThanOrEqual(day) });
  }

  findSuspensionsCovering(manager: EntityManager, day: string): Promise<BookingSuspensionEntity[]> {
    return manager.findBy(BookingSuspensionEntity, { toDay: MoreThanOrEqual(day), fromDay: LessThanOrEqual(day) });
  }

  /**
   * Sessions, blocks, active appointments and closures of the London days `fromDay`..`toDay`, in
   * five queries; optionally one registrar's only, and leaving out an appointment being moved.
   */
  async loadDiaryWindow(
    manager: EntityManager,
    fromDay: string,
    toDay: string,
    only: { registrarId?: string; exceptAppointmentId?: string } = {},
  ): Promise<DiaryWindow> {
    const { registrarId, exceptAppointmentId } = only;
    const byRegistrar = registrarId ? { registrarId } : {};
    const sessions = await manager.find(DiarySessionEntity, { where: { day: Between(fromDay, toDay), ...byRegistrar } });
    // A day either side of the window's UTC midnights covers every London instant in it.
    const earliest = DateTime.fromISO(fromDay, { zone: 'utc' }).minus({ days: 1 }).toJSDate();
    const latest = DateTime.fromISO(toDay, { zone: 'utc' }).plus({ days: 2 }).toJSDate();
    const [blocks, appointments, closedDays, closures] = await Promise.all([
      manager
        .createQueryBuilder(SessionBlockEntity, 'block')
        .innerJoin(DiarySessionEntity, 'session', 'session.id = block.session_id')
        .select(['block.startsAt', 'block.endsAt'])
        .addSelect('session.registrar_id', 'registrar_id')
        .where('session.day BETWEEN :fromDay AND :toDay', { fromDay, toDay })
        .andWhere(registrarId ? 'session.registrar_id = :registrarId' : '1 = 1', { registrarId })
        .getRawAndEntities(),
      manager.find(AppointmentEntity, {
        select: { registrarId: true, startsAt: true, endsAt: true },
        where: {
          startsAt: Between(earliest, latest),
          status: Not('cancelled'),
          ...byRegistrar,
          ...(exceptAppointmentId ? { id: Not(exceptAppointmentId) } : {}),
        },
      }),
      manager.findBy(OfficeClosedDayEntity, { day: Between(fromDay, toDay) }),
      manager.findBy(ServiceClosureEntity, { day: Between(fromDay, toDay) }),
    ]);
    const busy: Busy[] = [
      ...blocks.entities.map((block, index) => ({
        registrarId: String((blocks.raw[index] as { registrar_id: string }).registrar_id),
        startsAt: block.startsAt.toISOString(),
        endsAt: block.endsAt.toISOString(),
      })),
      ...appointments.map((appointment) => ({
        registrarId: appointment.registrarId,
        startsAt: appointment.startsAt.toISOString(),
        endsAt: appointment.endsAt.toISOString(),
      })),
    ];
    return {
      sessions: sessions.map(toDiarySession),
      busy,
      closedDays: closedDays.map((closed) => ({ officeId: closed.officeId, day: closed.day })),
      serviceClosures: closures.map((closure) => closure.day),
    };
  }

  findSession(manager: EntityManager, id: string): Promise<DiarySessionEntity | null> {
    return manager.findOneBy(DiarySessionEntity, { id });
  }

  /** Whether an active appointment of the registrar overlaps [startsAt, endsAt). */
  async hasOverlap(manager: EntityManager, registrarId: string, startsAt: Date, endsAt: Date, exceptId?: string): Promise<boolean> {
    const overlapping = await manager.countBy(AppointmentEntity, {
      registrarId,
      status: Not('cancelled'),
      startsAt: LessThan(endsAt),
      endsAt: MoreThan(startsAt),
      ...(exceptId ? { id: Not(exceptId) } : {}),
    });
    return overlapping > 0;
  }

  findRequestByIdempotencyKey(manager: EntityManager, key: string): Promise<AppointmentRequestEntity | null> {
    return manager.findOneBy(AppointmentRequestEntity, { idempotencyKey: key });
  }

  findAppointmentByRequest(manager: EntityManager, requestId: string): Promise<AppointmentEntity | null> {
    return manager.findOneBy(AppointmentEntity, { requestId });
  }

  findAppointment(manager: EntityManager, id: string): Promise<AppointmentEntity | null> {
    return manager.findOneBy(AppointmentEntity, { id });
  }

  findAppointmentByReference(manager: EntityManager, reference: string): Promise<AppointmentEntity | null> {
    return manager.findOneBy(AppointmentEntity, { reference });
  }

  findRequest(manager: EntityManager, id: string): Promise<AppointmentRequestEntity | null> {
    return manager.findOneBy(AppointmentRequestEntity, { id });
  }

  saveRequest(manager: EntityManager, request: AppointmentRequestEntity): Promise<AppointmentRequestEntity> {
    return manager.save(AppointmentRequestEntity, request);
  }

  saveAppointment(manager: EntityManager, appointment: AppointmentEntity): Promise<AppointmentEntity> {
    return manager.save(AppointmentEntity, appointment);
  }
}
