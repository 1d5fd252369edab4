import { AlertResponse, MessageResponse } from '@regflow/contracts';
import { MessageEntity } from './message.entity';
import { StaffAlertEntity } from './staff-alert.entity';

export type { AlertResponse, MessageResponse };

export function toMessageResponse(message: MessageEntity): MessageResponse {
  const { id, key, kind, audience, channel, recipient, appointmentId, status, attempts, lastError, resends } = message;
  return { id, key, kind, audience, channel, recipient, appointmentId, status, dueAt: message.dueAt.toISOString(), attempts, lastError, sentAt: message.sentAt?.toISOString() ?? null, resends };
}

export function toAlertResponse(alert: StaffAlertEntity): AlertResponse {
  const { id, kind, summary, appointmentId, resolvedBy } = alert;
  return { id, kind, summary, appointmentId, raisedAt: alert.raisedAt.toISOString(), resolvedAt: alert.resolvedAt?.toISOString() ?? null, resolvedBy };
}
