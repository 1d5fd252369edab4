import { Injectable } from '@nestjs/common';
import { isWorkingDay, serviceDay } from '@regflow/calendar';
import { Clock } from '../../common/clock/clock';
import { UnitOfWork } from '../../common/unit-of-work';
import { DiarySessionEntity } from '../diaries/diary-session.entity';
import { ServiceClosureEntity } from '../diaries/service-closure.entity';
import { StaffUserEntity } from '../staff/staff-user.entity';
import { In } from 'typeorm';
import { StaffMessages } from './staff-messages';

/** Early on each working day, each registrar with sessions that day gets their day's list. Returns how many digests were planned. */
@Injectable()
export class DiaryDigest {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly staffMessages: StaffMessages,
  ) {}

  send(): Promise<number> {
    return this.unitOfWork.run(async (manager) => {
      const now = this.clock.now();
      const today = serviceDay(now);
      const closed = await manager.existsBy(ServiceClosureEntity, { day: today });
      if (closed || !isWorkingDay(today)) return 0;
      const sessions = await manager.findBy(DiarySessionEntity, { day: today });
      const registrars = await manager.findBy(StaffUserEntity, { id: In([...new Set(sessions.map((session) => session.registrarId))]), active: true });
      for (const registrar of registrars) {
        const key = `digest-${registrar.id}-${today}`;
        await this.staffMessages.queue(manager, registrar, { key, kind: 'diary-digest', subject: today, appointmentId: null }, now);
      }
      return registrars.length;
    });
  }
}
