import { AppointmentTypeCode } from '@regflow/contracts';
import { AppointmentMode } from './appointment-type.entity';
import { AppointmentEntity, AppointmentStatus } from './appointment.entity';

export interface AppointmentResponse {
  readonly id: string;
  readonly reference: string;
  readonly type: AppointmentTypeCode;
  readonly status: AppointmentStatus;
  readonly registrarId: string;
  readonly officeId: string | null;
  readonly sessionId: string;
  readonly mode: AppointmentMode;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly residentName: string;
  readonly residentEmail: string;
  readonly residentPhone: string | null;
  readonly notes: string | null;
  readonly registeredAt: string | null;
  readonly createdAt: string;
}

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
