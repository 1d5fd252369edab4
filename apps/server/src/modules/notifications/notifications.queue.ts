export const NOTIFICATIONS_QUEUE = 'notifications';
export const ESCALATIONS_QUEUE = 'escalations';
export const ROUTINES_QUEUE = 'routines';

export const NOTIFICATION_JOBS = {
  sendMessage: 'send-message',
} as const;

export const ESCALATION_JOBS = {
  deathNotRegistered: 'death-not-registered',
  birthApproachingLimit: 'birth-approaching-limit',
  noticePeriodEnded: 'notice-period-ended',
  noticeExpiring: 'notice-expiring',
  offerDeadlineNear: 'offer-deadline-near',
} as const;

/** Recurring work, registered once at worker start as job schedulers in Europe/London time. */
export const ROUTINE_JOBS = {
  diaryDigest: 'diary-digest',
  capacityMonitor: 'capacity-monitor',
  complianceSnapshot: 'compliance-snapshot',
} as const;

export type NotificationJobName = (typeof NOTIFICATION_JOBS)[keyof typeof NOTIFICATION_JOBS];
export type EscalationJobName = (typeof ESCALATION_JOBS)[keyof typeof ESCALATION_JOBS];
export type RoutineJobName = (typeof ROUTINE_JOBS)[keyof typeof ROUTINE_JOBS];

export interface SendMessagePayload {
  readonly messageId: string;
}

export interface AppointmentCheckPayload {
  readonly appointmentId: string;
}

/**
 * Workers of these queues: a few sends at once; a job whose worker died (its lock lapses after
 * `lockDuration`) is handed to another within about `lockDuration + stalledInterval`.
 */
export const MESSAGE_WORKER_OPTIONS = { concurrency: 4, lockDuration: 15_000, stalledInterval: 10_000 } as const;
