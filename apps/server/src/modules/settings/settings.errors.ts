import { HttpStatus } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';

export const settingsErrors = {
  officeNotFound: (id: string) => new AppError('office-not-found', HttpStatus.NOT_FOUND, `there is no office ${id}`),
  officeNameTaken: (name: string) =>
    new AppError('office-name-taken', HttpStatus.CONFLICT, `an office called ${name} already exists: choose another name or change that office`),
  officeInUse: () =>
    new AppError('office-in-use', HttpStatus.CONFLICT, 'diary sessions or rota templates use this office: move or delete them first'),
  closureNotFound: (id: string) => new AppError('closure-not-found', HttpStatus.NOT_FOUND, `there is no service closure ${id}`),
  closureDayTaken: (day: string) =>
    new AppError('closure-day-taken', HttpStatus.CONFLICT, `the service is already closed on ${day}: change that closure instead`),
  officeClosureNotFound: (id: string) => new AppError('office-closure-not-found', HttpStatus.NOT_FOUND, `there is no office closure ${id}`),
  officeClosureDayTaken: (day: string) =>
    new AppError('office-closure-day-taken', HttpStatus.CONFLICT, `the office is already closed on ${day}: change that closure instead`),
  unknownOffice: (id: string) => new AppError('unknown-office', HttpStatus.BAD_REQUEST, `officeId ${id} is not an office: GET /api/offices lists them`),
  suspensionNotFound: (id: string) => new AppError('suspension-not-found', HttpStatus.NOT_FOUND, `there is no booking suspension ${id}`),
  unknownType: (code: string) =>
    new AppError('unknown-appointment-type', HttpStatus.BAD_REQUEST, `typeCode ${code} is not an appointment type: GET /api/appointment-types lists them`),
  suspensionEndsBeforeStart: () =>
    new AppError('suspension-ends-before-start', HttpStatus.BAD_REQUEST, 'toDay must be the same day as fromDay or later'),
  appointmentTypeNotFound: (code: string) =>
    new AppError('appointment-type-not-found', HttpStatus.NOT_FOUND, `there is no appointment type ${code}: GET /api/appointment-types lists them`),
};
