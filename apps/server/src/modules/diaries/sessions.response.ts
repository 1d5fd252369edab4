import { DiarySession } from '@regflow/domain';
import { DiarySessionEntity } from './diary-session.entity';
import { toDiarySession } from './to-diary-session';

export interface SessionResponse extends DiarySession {
  readonly templateId: string | null;
}

export function toSessionResponse(session: DiarySessionEntity): SessionResponse {
  return { ...toDiarySession(session), templateId: session.templateId };
}
