import { AppError } from './app-error';

const inField = (field: string | undefined, value: string) => (field ? `${field} "${value}"` : `"${value}"`);

/** Errors several modules raise about the same thing, written once. `field` names where the value came from. */
export const sharedErrors = {
  unknownOffice: (id: string, field = 'officeId') => new AppError('unknown-office', `${inField(field, id)} is not an office: GET /api/offices lists them`),
  unknownAppointmentType: (code: string, field?: string) =>
    new AppError(
      'unknown-appointment-type',
      `${inField(field, code)} is not an appointment type: GET /api/public/appointment-types lists the ones residents book, GET /api/appointment-types all of them`,
    ),
};
