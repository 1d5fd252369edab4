import { MARKED_ON_THE_DAY, NEXT_APPOINTMENT_STATUSES } from '@regflow/contracts';
import type { AlertResponse, AppointmentResponse, AppointmentStatus, MarkedOnTheDay, StaffRole } from '@regflow/contracts';
import { keepsDiary, seesEveryDiary } from '../auth/access';

/** The kind of the day-4 warning: a death whose registration is still to come. */
export const DEATH_WARNING = 'death-not-registered';

/** What a registrar may mark an appointment from today's list. */
export type Mark = MarkedOnTheDay;

const isMark = (status: AppointmentStatus): status is Mark => (MARKED_ON_THE_DAY as readonly AppointmentStatus[]).includes(status);

/** The marks an appointment in `status` can take next: the server's rule, offered as buttons (cancelling is not one). */
export function marksFor(status: AppointmentStatus): readonly Mark[] {
  return (NEXT_APPOINTMENT_STATUSES[status] ?? []).filter(isMark);
}

/** The day's appointments in time order, the cancelled ones left out. */
export function todaysList(appointments: readonly AppointmentResponse[]): AppointmentResponse[] {
  return appointments.filter((appointment) => appointment.status !== 'cancelled').sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}

/** Open alerts, day-4 death warnings first, each group oldest first. */
export function openAlertsFirst(alerts: readonly AlertResponse[]): AlertResponse[] {
  const rank = (alert: AlertResponse) => (alert.kind === DEATH_WARNING ? 0 : 1);
  return alerts.filter((alert) => alert.resolvedAt === null).sort((a, b) => rank(a) - rank(b) || Date.parse(a.raisedAt) - Date.parse(b.raisedAt));
}

/** Whose appointments the page opens on: your own when you keep a diary, else everyone's (null). */
export function defaultRegistrarId(roles: readonly StaffRole[], staffId: string): string | null {
  return keepsDiary(roles) || !seesEveryDiary(roles) ? staffId : null;
}
