import { AppointmentTypeCode } from '@regflow/contracts';
import { Slot } from '@regflow/domain';
import { AppointmentMode, AppointmentTypeEntity } from './appointment-type.entity';
import { AppointmentStatus } from './appointment.entity';
import { Booking } from './bookings.service';

export interface PublicAppointmentTypeResponse {
  readonly code: AppointmentTypeCode;
  readonly name: string;
  readonly targetWorkingDays: number;
  readonly durationMinutes: number;
  readonly modes: AppointmentMode[];
  readonly documentsToBring: string[];
  /** Set while online booking of the type is suspended: what to tell residents instead. */
  readonly suspendedMessage: string | null;
}

export interface SlotResponse {
  readonly id: string;
  readonly officeId: string | null;
  readonly mode: AppointmentMode;
  readonly startsAt: string;
  readonly endsAt: string;
}

export interface AvailabilityResponse {
  readonly type: AppointmentTypeCode;
  readonly firstOffer: SlotResponse | null;
  readonly slots: SlotResponse[];
}

export interface BookingResponse {
  readonly reference: string;
  readonly manageToken: string;
  readonly appointment: {
    readonly reference: string;
    readonly type: AppointmentTypeCode;
    readonly status: AppointmentStatus;
    readonly officeId: string | null;
    readonly mode: AppointmentMode;
    readonly startsAt: string;
    readonly endsAt: string;
    readonly residentName: string;
  };
}

export function toPublicTypeResponse(type: AppointmentTypeEntity, suspendedMessage: string | null): PublicAppointmentTypeResponse {
  return {
    code: type.code,
    name: type.name,
    targetWorkingDays: type.targetWorkingDays,
    durationMinutes: type.durationMinutes,
    modes: type.modes,
    documentsToBring: type.documentsToBring,
    suspendedMessage,
  };
}

export function toSlotResponse(slot: Slot): SlotResponse {
  return { id: slot.id, officeId: slot.officeId, mode: slot.mode, startsAt: slot.startsAt, endsAt: slot.endsAt };
}

export function toBookingResponse({ appointment, request, manageToken }: Booking): BookingResponse {
  return {
    reference: appointment.reference,
    manageToken,
    appointment: {
      reference: appointment.reference,
      type: request.typeCode,
      status: appointment.status,
      officeId: appointment.officeId,
      mode: appointment.mode,
      startsAt: appointment.startsAt.toISOString(),
      endsAt: appointment.endsAt.toISOString(),
      residentName: appointment.residentName,
    },
  };
}
