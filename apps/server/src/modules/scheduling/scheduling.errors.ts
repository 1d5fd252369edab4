import { registerOfficeName, SchedulingErrorCode } from '@regflow/contracts';
import { BANK_HOLIDAY_YEARS } from '@regflow/calendar';
import { formatDay, formatLondonDate, formatNotice } from '@regflow/domain';
import { appErrorFor } from '../../common/errors/app-error';
import { sharedErrors } from '../../common/errors/shared-errors';
import { InvalidInputError } from '../../common/validation/validation-exception.factory';
import { diariesErrors } from '../diaries/diaries.errors';
import { OfficeSummary } from '../settings/offices.directory';
import { UndoRefusal } from './appointment-status';
import { AppointmentEntity } from './appointment.entity';

const error = appErrorFor<SchedulingErrorCode>();

export const CONTACT_REQUIRED = 'resident.email or resident.phone is required: give at least one so we can send your confirmation';
export const EMAIL_INVALID = 'resident.email must be an email address, like name@example.org';
const EMAIL_REQUIRED = 'resident.email is required: this service does not send text messages, so a telephone number alone cannot carry your confirmation';


const UNDO_REFUSALS: Readonly<Record<UndoRefusal, (appointment: Pick<AppointmentEntity, 'status' | 'statusChangedAt'>) => string>> = {
  'never-changed': () => 'this appointment’s status has not been changed since it was booked: there is nothing to undo',
  'already-undone': () => 'the last change of this appointment’s status has already been undone: mark it again if it needs a new status',
  cancelled: () => 'a cancellation cannot be undone: book the resident a new appointment instead',
  'earlier-day': ({ status, statusChangedAt }) =>
    `this appointment was marked ${status} on ${statusChangedAt ? formatLondonDate(statusChangedAt) : 'an earlier day'}: only a change made today can be undone`,
};

/** Who to ask instead: the appointment's office, by telephone when it has a number (a telephone appointment has no office). */
function askInstead(office: OfficeSummary | null): string {
  if (!office) return 'Contact the register office instead.';
  return office.phone ? `Call ${registerOfficeName(office.name)} on ${office.phone} instead.` : `Contact ${registerOfficeName(office.name)} instead.`;
}

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
  tooLateToChange: (minimumNoticeMinutes: number, office: OfficeSummary | null) =>
    error(
      'too-late-to-change',
      `${minimumNoticeMinutes > 0 ? `Appointments cannot be changed or cancelled online less than ${formatNotice(minimumNoticeMinutes)} before they start` : 'Appointments cannot be changed or cancelled online once they have started'}. ${askInstead(office)}`,
    ),
  noContact: (textMessages: boolean) => new InvalidInputError([{ field: 'resident.email', problems: [textMessages ? CONTACT_REQUIRED : EMAIL_REQUIRED] }]),
  invalidEmail: () => new InvalidInputError([{ field: 'resident.email', problems: [EMAIL_INVALID] }]),
  eventDateOutOfCalendar: (eventDate: string) =>
    new InvalidInputError([{ field: 'eventDate', problems: [`eventDate must be a real date written yyyy-mm-dd from ${BANK_HOLIDAY_YEARS.first} to ${BANK_HOLIDAY_YEARS.last}, not ${eventDate}`] }]),
  appointmentNotFound: (id: string) => error('appointment-not-found', `there is no appointment ${id}`),
  movingNotFound: (id: string) =>
    error('appointment-not-found', `there is no appointment ${id} to move: give moving the id of a booked appointment from GET /api/appointments`),
  movingOtherType: (typeCode: string) =>
    new InvalidInputError([{ field: 'type', problems: [`type must be ${typeCode}, the type of the appointment being moved`] }]),
  requestNotFound: (id: string) => error('request-not-found', `there is no appointment request ${id}`),
  statusChange: (from: string, to: string) =>
    error('status-change-not-allowed', `a ${from} appointment cannot be marked ${to}`),
  idempotencyKeyReused: () =>
    error('idempotency-key-reused', 'this Idempotency-Key was sent before with a different booking: send a new key for a new booking'),
  eventDateAfterRequest: (eventDate: string, requestDay: string) =>
    error('event-date-after-request', `eventDate ${eventDate} is after the request (${requestDay}): give the date of the birth or death`),
  typeMismatch: (type: string) =>
    error('slot-type-mismatch', `the slot is not open to ${type} appointments: choose one listed for that type`),
  tooEarlyToMark: (heldOn: string) => error('too-early-to-mark', `you can mark this appointment from ${formatDay(heldOn)}, the day it is held`),
  nothingToUndo: (refusal: UndoRefusal, appointment: Pick<AppointmentEntity, 'status' | 'statusChangedAt'>) => error('nothing-to-undo', UNDO_REFUSALS[refusal](appointment)),
};
