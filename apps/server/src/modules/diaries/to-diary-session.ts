import { DiarySession } from '@regflow/domain';
import { DiarySessionEntity } from './diary-session.entity';

/** A stored session as the pure availability rules take it. */
export function toDiarySession(session: DiarySessionEntity): DiarySession {
  return {
    id: session.id,
    registrarId: session.registrarId,
    officeId: session.officeId,
    day: session.day,
    startTime: session.startTime,
    endTime: session.endTime,
    acceptedTypes: session.acceptedTypes,
  };
}
