import { Injectable } from '@nestjs/common';
import { Busy, DiarySession } from '@regflow/domain';
import { DateTime } from 'luxon';
import { Between, EntityManager, In, LessThan, MoreThan, Not } from 'typeorm';
import { AppointmentOfficerEntity } from './appointment-officer.entity';
import { DiarySessionEntity } from './diary-session.entity';
import { SessionBlockEntity } from './session-block.entity';
import { SessionTemplateEntity } from './session-template.entity';
import { toDiarySession } from './to-diary-session';

/** Registrars' sessions and the time already taken in them, of the London days of a window. */
export interface DiaryTime {
  readonly sessions: DiarySession[];
  /** Blocks and officers held by active appointments. */
  readonly busy: Busy[];
}

export interface DiaryTimeFilter {
  readonly registrarId?: string;
  /** An appointment being moved: its own time does not count as taken. */
  readonly exceptAppointmentId?: string;
}

/** The diaries' reads and writes of registrars' time, by intent; every method runs in the caller's unit of work. */
@Injectable()
export class DiaryTimeRepository {
  /** Sessions, blocks and held officers of the London days `fromDay`..`toDay`, in three queries. */
  async load(manager: EntityManager, fromDay: string, toDay: string, only: DiaryTimeFilter = {}): Promise<DiaryTime> {
    const { registrarId, exceptAppointmentId } = only;
    const byRegistrar = registrarId ? { registrarId } : {};
    // A day either side of the window's UTC midnights covers every London instant in it.
    const earliest = DateTime.fromISO(fromDay, { zone: 'utc' }).minus({ days: 1 }).toJSDate();
    const latest = DateTime.fromISO(toDay, { zone: 'utc' }).plus({ days: 2 }).toJSDate();
    const sessions = await manager.find(DiarySessionEntity, { where: { day: Between(fromDay, toDay), ...byRegistrar } });
    const blocks = await manager
      .createQueryBuilder(SessionBlockEntity, 'block')
      .innerJoin(DiarySessionEntity, 'session', 'session.id = block.session_id')
      .select(['block.startsAt', 'block.endsAt'])
      .addSelect('session.registrar_id', 'registrar_id')
      .where('session.day BETWEEN :fromDay AND :toDay', { fromDay, toDay })
      .andWhere(registrarId ? 'session.registrar_id = :registrarId' : '1 = 1', { registrarId })
      .getRawAndEntities();
    const officers = await manager.find(AppointmentOfficerEntity, {
      select: { registrarId: true, startsAt: true, endsAt: true },
      where: {
        startsAt: Between(earliest, latest),
        active: true,
        ...byRegistrar,
        ...(exceptAppointmentId ? { appointmentId: Not(exceptAppointmentId) } : {}),
      },
    });
    const busy: Busy[] = [
      ...blocks.entities.map((block, index) => ({
        registrarId: String((blocks.raw[index] as { registrar_id: string }).registrar_id),
        startsAt: block.startsAt.toISOString(),
        endsAt: block.endsAt.toISOString(),
      })),
      ...officers.map((officer) => ({ registrarId: officer.registrarId, startsAt: officer.startsAt.toISOString(), endsAt: officer.endsAt.toISOString() })),
    ];
    return { sessions: sessions.map(toDiarySession), busy };
  }

  async findSession(manager: EntityManager, id: string): Promise<DiarySession | null> {
    const session = await manager.findOneBy(DiarySessionEntity, { id });
    return session && toDiarySession(session);
  }

  /**
   * Which of `registrarIds` are not free for the whole of [startsAt, endsAt): a block in one of their
   * sessions or an active appointment (other than `exceptAppointmentId`) overlaps it.
   */
  async busyOfficers(manager: EntityManager, registrarIds: readonly string[], startsAt: Date, endsAt: Date, exceptAppointmentId?: string): Promise<Set<string>> {
    const claimed = await this.officersHeldBetween(manager, registrarIds, startsAt, endsAt, exceptAppointmentId);
    const blocked = await manager
      .createQueryBuilder(SessionBlockEntity, 'block')
      .innerJoin(DiarySessionEntity, 'session', 'session.id = block.session_id')
      .select('session.registrar_id', 'registrar_id')
      .where('session.registrar_id IN (:...registrarIds)', { registrarIds })
      .andWhere('block.starts_at < :endsAt AND block.ends_at > :startsAt', { startsAt, endsAt })
      .getRawMany<{ registrar_id: string }>();
    return new Set([...claimed, ...blocked.map((row) => row.registrar_id)]);
  }

  /** Which of `registrarIds` an active appointment (other than `exceptAppointmentId`) holds during [startsAt, endsAt). */
  async officersHeldBetween(manager: EntityManager, registrarIds: readonly string[], startsAt: Date, endsAt: Date, exceptAppointmentId?: string): Promise<string[]> {
    const held = await manager.find(AppointmentOfficerEntity, {
      select: { registrarId: true },
      where: {
        registrarId: In(registrarIds),
        active: true,
        startsAt: LessThan(endsAt),
        endsAt: MoreThan(startsAt),
        ...(exceptAppointmentId ? { appointmentId: Not(exceptAppointmentId) } : {}),
      },
    });
    return held.map((officer) => officer.registrarId);
  }

  findActiveOfficers(manager: EntityManager, appointmentId: string): Promise<AppointmentOfficerEntity[]> {
    return manager.findBy(AppointmentOfficerEntity, { appointmentId, active: true });
  }

  /** Makes `officers` the appointment's only officers. */
  async replaceOfficers(manager: EntityManager, appointmentId: string, officers: AppointmentOfficerEntity[]): Promise<void> {
    await manager.delete(AppointmentOfficerEntity, { appointmentId });
    await manager.insert(AppointmentOfficerEntity, officers);
  }

  async isOfficeInUse(manager: EntityManager, officeId: string): Promise<boolean> {
    return (await manager.existsBy(DiarySessionEntity, { officeId })) || manager.existsBy(SessionTemplateEntity, { officeId });
  }

  async releaseOfficers(manager: EntityManager, appointmentId: string): Promise<void> {
    await manager.update(AppointmentOfficerEntity, { appointmentId }, { active: false });
  }
}
