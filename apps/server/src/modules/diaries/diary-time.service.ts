import { Injectable } from '@nestjs/common';
import { londonInstant } from '@regflow/calendar';
import { DiarySession } from '@regflow/domain';
import { EntityManager } from 'typeorm';
import { DiaryTime, DiaryTimeFilter, DiaryTimeRepository } from './diary-time.repository';

export type { DiaryTime, DiaryTimeFilter };

/** What other modules read of the diaries: sessions, and the time already taken in them. */
@Injectable()
export class DiaryTimeService {
  constructor(private readonly repository: DiaryTimeRepository) {}

  /** Sessions of the London days `fromDay`..`toDay`, with their blocks and held officers as busy time. */
  window(manager: EntityManager, fromDay: string, toDay: string, only: DiaryTimeFilter = {}): Promise<DiaryTime> {
    return this.repository.load(manager, fromDay, toDay, only);
  }

  session(manager: EntityManager, id: string): Promise<DiarySession | null> {
    return this.repository.findSession(manager, id);
  }

  /** Whether an active appointment holds the session's registrar at any moment of the session. */
  async isHeldDuring(manager: EntityManager, session: Pick<DiarySession, 'registrarId' | 'day' | 'startTime' | 'endTime'>): Promise<boolean> {
    const held = await this.repository.officersHeldBetween(manager, [session.registrarId], londonInstant(session.day, session.startTime), londonInstant(session.day, session.endTime));
    return held.length > 0;
  }

  /** Whether any session or rota template is at the office. */
  isOfficeInUse(manager: EntityManager, officeId: string): Promise<boolean> {
    return this.repository.isOfficeInUse(manager, officeId);
  }
}
