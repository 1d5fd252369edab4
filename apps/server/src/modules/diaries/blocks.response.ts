import { BlockResponse } from '@regflow/contracts';
import { wallClockOf } from '@regflow/calendar';
import { DiarySessionEntity } from './diary-session.entity';
import { SessionBlockEntity } from './session-block.entity';

export type { BlockResponse };

export interface BlockInSession {
  readonly block: SessionBlockEntity;
  readonly session: DiarySessionEntity;
}

export function toBlockResponse({ block, session }: BlockInSession): BlockResponse {
  return {
    id: block.id,
    sessionId: block.sessionId,
    registrarId: session.registrarId,
    day: session.day,
    startTime: wallClockOf(block.startsAt),
    endTime: wallClockOf(block.endsAt),
    startsAt: block.startsAt.toISOString(),
    endsAt: block.endsAt.toISOString(),
    reason: block.reason,
  };
}
