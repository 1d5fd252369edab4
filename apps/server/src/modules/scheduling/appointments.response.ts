import { AppointmentResponse, AppointmentTypeCode } from '@regflow/contracts';
import { statusUndo } from './appointment-status';
import { AppointmentEntity } from './appointment.entity';

export type { AppointmentResponse };

/** `now` decides whether the last change of status can still be undone. */
export function toAppointmentResponse(appointment: AppointmentEntity, type: AppointmentTypeCode, now: Date): AppointmentResponse {
  return {
    id: appointment.id,
    reference: appointment.reference,
    requestId: appointment.requestId,
    type,
    status: appointment.status,
    registrarId: appointment.registrarId,
    officeId: appointment.officeId,
    sessionId: appointment.sessionId,
    mode: appointment.mode,
    startsAt: appointment.startsAt.toISOString(),
    endsAt: appointment.endsAt.toISOString(),
    residentName: appointment.residentName,
    residentEmail: appointment.residentEmail,
    residentPhone: appointment.residentPhone,
    notes: appointment.notes,
    registeredAt: appointment.registeredAt?.toISOString() ?? null,
    createdAt: appointment.createdAt.toISOString(),
    statusChangedAt: appointment.statusChangedAt?.toISOString() ?? null,
    statusUndoable: statusUndo(appointment, now).undoable,
  };
}
