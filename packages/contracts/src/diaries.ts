import { AppointmentTypeCode } from './appointment-types';

/** What a session and a rota template share. */
export interface SessionShape {
  readonly registrarId: string;
  /** null: a telephone session. */
  readonly officeId: string | null;
  /** `HH:mm`, London wall-clock time. */
  readonly startTime: string;
  /** `HH:mm`; the last slot ends at or before it. */
  readonly endTime: string;
  readonly acceptedTypes: readonly AppointmentTypeCode[];
}

export interface SaveSessionRequest extends SessionShape {
  /** `yyyy-mm-dd`. */
  readonly day: string;
  readonly templateId?: string | null;
}

export interface SessionResponse extends SessionShape {
  readonly id: string;
  readonly day: string;
  readonly templateId: string | null;
}

export interface SaveSessionTemplateRequest extends SessionShape {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  readonly active?: boolean;
}

export interface SessionTemplateResponse extends Required<SaveSessionTemplateRequest> {
  readonly id: string;
}

/** `POST /api/session-templates/generate`: open sessions from every active template. */
export interface GenerateSessionsRequest {
  readonly fromDay: string;
  readonly weeks: number;
}

export interface GenerateSessionsResponse {
  readonly created: number;
  readonly skipped: number;
}

/** Time in a session a registrar cannot be booked (leave, training). */
export interface SaveBlockRequest {
  readonly sessionId: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly reason: string;
}

export interface BlockResponse extends SaveBlockRequest {
  readonly id: string;
  readonly registrarId: string;
  readonly day: string;
  readonly startsAt: string;
  readonly endsAt: string;
}
