import { SessionResponse } from '@regflow/contracts';
import { DiarySessionEntity } from './diary-session.entity';
import { toDiarySession } from './to-diary-session';

export type { SessionResponse };

export function toSessionResponse(session: DiarySessionEntity): SessionResponse {
  return { ...toDiarySession(session), templateId: session.templateId };
}
