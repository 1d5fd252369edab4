import { CivilDate, serviceDay } from '@regflow/calendar';
import { MARKED_ON_THE_DAY, NEXT_APPOINTMENT_STATUSES } from '@regflow/contracts';
import { AppointmentEntity, AppointmentStatus } from './appointment.entity';

type StatusFields = Pick<AppointmentEntity, 'status' | 'previousStatus' | 'statusChangedAt' | 'statusUndoneAt' | 'registeredAt'>;

export function mayChangeStatus(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return from === to || (NEXT_APPOINTMENT_STATUSES[from] ?? []).includes(to);
}

/** The London day from which the appointment may be marked `to`, when that is later than `now`'s; null when it may be marked now. */
export function tooEarlyToMark(appointment: Pick<AppointmentEntity, 'startsAt'>, to: AppointmentStatus, now: Date): CivilDate | null {
  const heldOn = serviceDay(appointment.startsAt);
  return (MARKED_ON_THE_DAY as readonly AppointmentStatus[]).includes(to) && serviceDay(now) < heldOn ? heldOn : null;
}

/** The fields a change of status to `to` at `now` sets; it may be undone the same London day. */
export function statusChange(appointment: StatusFields, to: AppointmentStatus, now: Date): StatusFields {
  return {
    status: to,
    previousStatus: appointment.status,
    statusChangedAt: now,
    statusUndoneAt: null,
    registeredAt: to === 'registered' ? now : appointment.registeredAt,
  };
}

/** Why the last change of status cannot be undone. */
export type UndoRefusal = 'never-changed' | 'already-undone' | 'cancelled' | 'earlier-day';

export type StatusUndo =
  | { readonly undoable: true; readonly from: AppointmentStatus; readonly to: AppointmentStatus; readonly changedAt: Date }
  | { readonly undoable: false; readonly refusal: UndoRefusal };

/**
 * Whether the last change of status can be undone at `now`: only on the London day it was made,
 * once, and never a cancellation (its time may have been booked by someone else since).
 */
export function statusUndo(appointment: StatusFields, now: Date): StatusUndo {
  const { status, previousStatus, statusChangedAt } = appointment;
  if (status === 'cancelled') return { undoable: false, refusal: 'cancelled' };
  if (!previousStatus || !statusChangedAt) return { undoable: false, refusal: appointment.statusUndoneAt ? 'already-undone' : 'never-changed' };
  if (serviceDay(statusChangedAt) !== serviceDay(now)) return { undoable: false, refusal: 'earlier-day' };
  return { undoable: true, from: status, to: previousStatus, changedAt: statusChangedAt };
}

/** The fields undoing the last change sets: the status before it back (never `registered`, which is final), so no registration. */
export function undoneStatus(to: AppointmentStatus, now: Date): StatusFields {
  return { status: to, previousStatus: null, statusChangedAt: now, statusUndoneAt: now, registeredAt: null };
}
