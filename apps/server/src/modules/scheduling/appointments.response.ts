import { AppointmentResponse, AppointmentTypeCode } from '@regflow/contracts';
import { AppointmentEntity } from './appointment.entity';

export type { AppointmentResponse };

export function toAppointmentResponse(appointment: AppointmentEntity, type: AppointmentTypeCode): AppointmentResponse {
  return {
    id: appointment.id,
    reference: appointment.reference,
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
  };
}
