import { AppointmentTypeCode } from '@regflow/contracts';
import { DiarySessionEntity } from './diary-session.entity';

export interface SessionResponse {
  readonly id: string;
  readonly registrarId: string;
  readonly officeId: string | null;
  readonly day: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly acceptedTypes: AppointmentTypeCode[];
  readonly templateId: string | null;
}

export function toSessionResponse(session: DiarySessionEntity): SessionResponse {
  return {
    id: session.id,
    registrarId: session.registrarId,
    officeId: session.officeId,
    day: session.day,
    startTime: session.startTime,
    endTime: session.endTime,
    acceptedTypes: session.acceptedTypes,
    templateId: session.templateId,
  };
}
