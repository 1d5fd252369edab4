import type { AlertResponse, AppointmentResponse, AppointmentStatus, StaffResponse, StaffRole } from '@regflow/contracts';

/** The kind of the day-4 warning: a death whose registration is still to come. */
export const DEATH_WARNING = 'death-not-registered';

/** What a registrar may mark an appointment from today's list. */
export type Mark = Extract<AppointmentStatus, 'attended' | 'did-not-attend' | 'registered'>;

const MARKS: Readonly<Partial<Record<AppointmentStatus, readonly Mark[]>>> = {
  booked: ['attended', 'did-not-attend', 'registered'],
  attended: ['registered'],
};

/** The marks an appointment in `status` can take next (the server's rule, offered as buttons). */
export function marksFor(status: AppointmentStatus): readonly Mark[] {
  return MARKS[status] ?? [];
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

const DIARY_KEEPERS: readonly StaffRole[] = ['registrar', 'superintendent-registrar'];
const OVERSEERS: readonly StaffRole[] = ['manager', 'admin'];

/** Managers (and admins) may look at every registrar's day. */
export function seesEveryDiary(roles: readonly StaffRole[]): boolean {
  return roles.some((role) => OVERSEERS.includes(role));
}

/** Whose appointments the page opens on: your own when you keep a diary, else everyone's (null). */
export function defaultRegistrarId(roles: readonly StaffRole[], staffId: string): string | null {
  return roles.some((role) => DIARY_KEEPERS.includes(role)) || !seesEveryDiary(roles) ? staffId : null;
}

/** The staff a manager can pick a day's list for: active diary keepers, by name. */
export function diaryKeepers(staff: readonly StaffResponse[]): StaffResponse[] {
  return staff.filter((member) => member.active && member.roles.some((role) => DIARY_KEEPERS.includes(role))).sort((a, b) => a.name.localeCompare(b.name));
}
