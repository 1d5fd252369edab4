import { SettingsErrorCode } from '@regflow/contracts';
import { appErrorFor } from '../../common/errors/app-error';
import { sharedErrors } from '../../common/errors/shared-errors';

const error = appErrorFor<SettingsErrorCode>();

export const settingsErrors = {
  officeNotFound: (id: string) => error('office-not-found', `there is no office ${id}`),
  officeNameTaken: (name: string) =>
    error('office-name-taken', `an office called ${name} already exists: choose another name or change that office`),
  officeInUse: () =>
    error('office-in-use', 'diary sessions or rota templates use this office: move or delete them first'),
  closureNotFound: (id: string) => error('closure-not-found', `there is no service closure ${id}`),
  closureDayTaken: (day: string) =>
    error('closure-day-taken', `the service is already closed on ${day}: change that closure instead`),
  officeClosureNotFound: (id: string) => error('office-closure-not-found', `there is no office closure ${id}`),
  officeClosureDayTaken: (day: string) =>
    error('office-closure-day-taken', `the office is already closed on ${day}: change that closure instead`),
  unknownOffice: sharedErrors.unknownOffice,
  suspensionNotFound: (id: string) => error('suspension-not-found', `there is no booking suspension ${id}`),
  unknownType: (code: string) => sharedErrors.unknownAppointmentType(code, 'typeCode'),
  suspensionEndsBeforeStart: () =>
    error('suspension-ends-before-start', 'toDay must be the same day as fromDay or later'),
  appointmentTypeNotFound: (code: string) => error('appointment-type-not-found', `there is no appointment type "${code}": GET /api/appointment-types lists them`),
};
