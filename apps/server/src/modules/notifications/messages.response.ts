import { MessageEntity } from './message.entity';
import { StaffAlertEntity } from './staff-alert.entity';

export interface MessageResponse {
  readonly id: string;
  readonly key: string;
  readonly kind: string;
  readonly audience: MessageEntity['audience'];
  readonly channel: MessageEntity['channel'];
  readonly recipient: string;
  readonly appointmentId: string | null;
  readonly status: MessageEntity['status'];
  readonly dueAt: string;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly sentAt: string | null;
}

export interface AlertResponse {
  readonly id: string;
  readonly kind: string;
  readonly summary: string;
  readonly appointmentId: string | null;
  readonly raisedAt: string;
  readonly resolvedAt: string | null;
  readonly resolvedBy: string | null;
}

export function toMessageResponse(message: MessageEntity): MessageResponse {
  const { id, key, kind, audience, channel, recipient, appointmentId, status, attempts, lastError } = message;
  return { id, key, kind, audience, channel, recipient, appointmentId, status, dueAt: message.dueAt.toISOString(), attempts, lastError, sentAt: message.sentAt?.toISOString() ?? null };
}

export function toAlertResponse(alert: StaffAlertEntity): AlertResponse {
  const { id, kind, summary, appointmentId, resolvedBy } = alert;
  return { id, kind, summary, appointmentId, raisedAt: alert.raisedAt.toISOString(), resolvedAt: alert.resolvedAt?.toISOString() ?? null, resolvedBy };
}
