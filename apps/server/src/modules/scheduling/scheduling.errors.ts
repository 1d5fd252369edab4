import { HttpStatus } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';

export const schedulingErrors = {
  unknownType: (code: string) =>
    new AppError('unknown-appointment-type', HttpStatus.NOT_FOUND, `there is no appointment type "${code}": GET /api/public/appointment-types lists them`),
  notBookableOnline: (name: string) =>
    new AppError('not-bookable-online', HttpStatus.FORBIDDEN, `${name} appointments cannot be booked online: contact the register office`),
  suspended: (message: string) => new AppError('online-booking-suspended', HttpStatus.FORBIDDEN, message),
  invalidSlot: (slotId: string) =>
    new AppError('invalid-slot', HttpStatus.BAD_REQUEST, `"${slotId}" is not a slot id: use an id from GET /api/public/availability`),
  slotUnavailable: () =>
    new AppError('slot-unavailable', HttpStatus.CONFLICT, 'that appointment time is no longer available: choose another from GET /api/public/availability'),
  bookingNotFound: () =>
    new AppError('booking-not-found', HttpStatus.NOT_FOUND, 'no booking matches that reference and link: check the link in your confirmation email'),
  notChangeable: (status: string) =>
    new AppError('booking-not-changeable', HttpStatus.CONFLICT, `this booking is ${status} and can no longer be changed`),
  appointmentNotFound: (id: string) => new AppError('appointment-not-found', HttpStatus.NOT_FOUND, `there is no appointment ${id}`),
  requestNotFound: (id: string) => new AppError('request-not-found', HttpStatus.NOT_FOUND, `there is no appointment request ${id}`),
  statusChange: (from: string, to: string) =>
    new AppError('status-change-not-allowed', HttpStatus.CONFLICT, `a ${from} appointment cannot be marked ${to}`),
  typeMismatch: (type: string) =>
    new AppError('slot-type-mismatch', HttpStatus.BAD_REQUEST, `the slot is not open to ${type} appointments: choose one listed for that type`),
};
