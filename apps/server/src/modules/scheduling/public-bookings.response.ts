import { AvailabilityResponse, BookingResponse, PublicAppointmentTypeResponse, PublicOfficeResponse, SlotResponse } from '@regflow/contracts';
import { Slot } from '@regflow/domain';
import { AppointmentTypeSettings } from '../settings/appointment-types.reader';
import { OfficeSummary } from '../settings/offices.directory';
import { Booking } from './bookings.service';

export type { AvailabilityResponse, BookingResponse, PublicAppointmentTypeResponse, PublicOfficeResponse, SlotResponse };

export function toPublicTypeResponse(type: AppointmentTypeSettings, suspendedMessage: string | null): PublicAppointmentTypeResponse {
  return {
    code: type.code,
    name: type.name,
    targetWorkingDays: type.targetWorkingDays,
    durationMinutes: type.durationMinutes,
    modes: [...type.modes],
    documentsToBring: [...type.documentsToBring],
    suspendedMessage,
  };
}

export function toSlotResponse(slot: Slot): SlotResponse {
  return { id: slot.id, officeId: slot.officeId, mode: slot.mode, startsAt: slot.startsAt, endsAt: slot.endsAt };
}

export function toPublicOfficeResponse(office: OfficeSummary): PublicOfficeResponse {
  return { id: office.id, name: office.name, address: office.address, phone: office.phone };
}

export function toBookingResponse({ appointment, request, manageToken, changeableUntil }: Booking): BookingResponse {
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
      residentEmail: appointment.residentEmail,
      residentPhone: appointment.residentPhone,
      changeableUntil: changeableUntil.toISOString(),
    },
  };
}
