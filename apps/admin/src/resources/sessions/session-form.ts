import type { AppointmentTypeCode, SaveSessionRequest, SessionResponse } from '@regflow/contracts';
import { formatCivilDay } from '../../dates/london';

/** What the session form edits: a session's request, parts possibly still empty. */
export interface SessionFormValues {
  readonly registrarId?: string;
  /** null: by telephone. */
  readonly officeId?: string | null;
  readonly day?: string;
  readonly startTime?: string;
  readonly endTime?: string;
  readonly acceptedTypes?: readonly AppointmentTypeCode[];
}

/** The office field's choice for a telephone session (the API's `officeId: null`). */
export const TELEPHONE_CHOICE = 'telephone';

/** Only what the API takes (it refuses unknown properties such as the record's `id`). */
export function toSaveSessionRequest(values: SessionFormValues): SaveSessionRequest {
  return {
    registrarId: values.registrarId ?? '',
    officeId: values.officeId ?? null,
    day: values.day ?? '',
    startTime: values.startTime ?? '',
    endTime: values.endTime ?? '',
    acceptedTypes: values.acceptedTypes ?? [],
  };
}

export interface WallClockRange {
  readonly startTime?: string;
  readonly endTime?: string;
}

/** A form-level check both the session and block forms make: the end comes after the start. */
export function validateWallClockRange(values: WallClockRange): Record<string, string> {
  const { startTime, endTime } = values;
  return startTime && endTime && endTime <= startTime ? { endTime: 'regflow.diary.form.ends_before_start' } : {};
}

/** "Mon 6 Jul 09:00–12:30": how other screens name a session. */
export function sessionRepresentation(session: Pick<SessionResponse, 'day' | 'startTime' | 'endTime'>): string {
  return `${formatCivilDay(session.day, 'short-day')} ${session.startTime}–${session.endTime}`;
}
