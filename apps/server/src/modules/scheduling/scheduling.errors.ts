import { SchedulingErrorCode } from '@regflow/contracts';
import { appErrorFor } from '../../common/errors/app-error';
import { sharedErrors } from '../../common/errors/shared-errors';
import { diariesErrors } from '../diaries/diaries.errors';

const error = appErrorFor<SchedulingErrorCode>();

export const schedulingErrors = {
  unknownType: (code: string) => sharedErrors.unknownAppointmentType(code, 'type'),
  notBookableOnline: (name: string) =>
    error('not-bookable-online', `${name} appointments cannot be booked online: contact the register office`),
  suspended: (message: string) => error('online-booking-suspended', message),
  invalidSlot: (slotId: string) =>
    error('invalid-slot', `"${slotId}" is not a slot id: use an id from GET /api/public/availability`),
  slotUnavailable: diariesErrors.slotUnavailable,
  bookingNotFound: () =>
    error('booking-not-found', 'no booking matches that reference and link: check the link in your confirmation email'),
  notChangeable: (status: string) =>
    error('booking-not-changeable', `this booking is ${status} and can no longer be changed`),
  appointmentNotFound: (id: string) => error('appointment-not-found', `there is no appointment ${id}`),
  requestNotFound: (id: string) => error('request-not-found', `there is no appointment request ${id}`),
  statusChange: (from: string, to: string) =>
    error('status-change-not-allowed', `a ${from} appointment cannot be marked ${to}`),
  idempotencyKeyReused: () =>
    error('idempotency-key-reused', 'this Idempotency-Key was sent before with a different booking: send a new key for a new booking'),
  eventDateAfterRequest: (eventDate: string, requestDay: string) =>
    error('event-date-after-request', `eventDate ${eventDate} is after the request (${requestDay}): give the date of the birth or death`),
  typeMismatch: (type: string) =>
    error('slot-type-mismatch', `the slot is not open to ${type} appointments: choose one listed for that type`),
};
