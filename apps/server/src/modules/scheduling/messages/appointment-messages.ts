import { ESCALATION_JOBS, EscalationJobName } from '../../notifications/notifications.queue';

/** The messages a resident gets about their appointment. */
export const RESIDENT_MESSAGE_KINDS = ['confirmation', 'reminder', 'rescheduled', 'cancelled', 'satisfaction'] as const;
export type ResidentMessageKind = (typeof RESIDENT_MESSAGE_KINDS)[number];

/** The messages that carry a new version of the appointment's calendar file: one per change after booking. */
export const REVISION_MESSAGE_KINDS: readonly ResidentMessageKind[] = ['rescheduled', 'cancelled'];

/** Staff are told of an escalation by a message of the escalation's own kind. */
export const ESCALATION_MESSAGE_KINDS: readonly EscalationJobName[] = Object.values(ESCALATION_JOBS);

export const ESCALATIONS_OF_A_BOOKING: readonly EscalationJobName[] = [ESCALATION_JOBS.deathNotRegistered, ESCALATION_JOBS.birthApproachingLimit, ESCALATION_JOBS.offerDeadlineNear];
export const ESCALATIONS_OF_A_NOTICE: readonly EscalationJobName[] = [ESCALATION_JOBS.noticePeriodEnded, ESCALATION_JOBS.noticeExpiring];

export function escalationJobId(appointmentId: string, name: EscalationJobName): string {
  return `appointment-${appointmentId}-${name}`;
}
