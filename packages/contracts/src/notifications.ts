export const MESSAGE_STATUSES = ['queued', 'sent', 'failed', 'gave-up', 'cancelled'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** Statuses of a message staff may have sent again (`POST /api/messages/:id/resend`): sent, failing or given up on; not one still queued or cancelled. */
export const RESENDABLE_MESSAGE_STATUSES: readonly MessageStatus[] = ['failed', 'gave-up', 'sent'];
export type MessageChannel = 'email' | 'sms';
export type MessageAudience = 'resident' | 'staff';

export interface MessageResponse {
  readonly id: string;
  /** What the message is for, e.g. `appointment-<id>-confirmation`; also its send job's id (a resend's is `<key>-resend-<n>`). */
  readonly key: string;
  readonly kind: string;
  readonly audience: MessageAudience;
  readonly channel: MessageChannel;
  readonly recipient: string;
  readonly appointmentId: string | null;
  readonly status: MessageStatus;
  readonly dueAt: string;
  readonly attempts: number;
  readonly lastError: string | null;
  /** When it was last sent: a resent message keeps its earlier sending until it goes again. */
  readonly sentAt: string | null;
  /** How many times staff had it sent again (`POST /api/messages/:id/resend`). */
  readonly resends: number;
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

/** `PUT /api/alerts/:id`. */
export interface UpdateAlertRequest {
  readonly resolved: boolean;
}
