import { Injectable } from '@nestjs/common';
import { CivilDate } from '@regflow/calendar';
import { Between, EntityManager } from 'typeorm';
import { OfficeClosedDay } from '@regflow/domain';
import { OfficeClosedDayEntity } from './office-closed-day.entity';
import { ServiceClosureEntity } from './service-closure.entity';

/** Why a day is closed: by a service-wide closure, or by the office's own closed day. */
export interface DayClosure {
  readonly scope: 'service' | 'office';
  readonly reason: string;
}

/**
 * The closures managers set: service-wide closure days, which are not working days (the one query
 * every module that counts working days calls), and offices' own closed days, which only take
 * away availability. Every method runs in the caller's unit of work.
 */
@Injectable()
export class ClosureDaysService {
  async between(manager: EntityManager, fromDay: CivilDate, toDay: CivilDate): Promise<CivilDate[]> {
    const closures = await manager.find(ServiceClosureEntity, { select: { day: true }, where: { day: Between(fromDay, toDay) }, order: { day: 'ASC' } });
    return closures.map((closure) => closure.day);
  }

  isClosed(manager: EntityManager, day: CivilDate): Promise<boolean> {
    return manager.existsBy(ServiceClosureEntity, { day });
  }

  /** Why `day` is closed at `officeId` (null: by telephone, where only the service's closures count), the service's closure first; null when it is open. */
  async closureOn(manager: EntityManager, day: CivilDate, officeId: string | null): Promise<DayClosure | null> {
    const service = await manager.findOne(ServiceClosureEntity, { select: { reason: true }, where: { day } });
    if (service) return { scope: 'service', reason: service.reason };
    const office = officeId === null ? null : await manager.findOne(OfficeClosedDayEntity, { select: { reason: true }, where: { day, officeId } });
    return office ? { scope: 'office', reason: office.reason } : null;
  }

  async officeClosedDays(manager: EntityManager, fromDay: CivilDate, toDay: CivilDate): Promise<OfficeClosedDay[]> {
    const closed = await manager.findBy(OfficeClosedDayEntity, { day: Between(fromDay, toDay) });
    return closed.map((day) => ({ officeId: day.officeId, day: day.day }));
  }
}
