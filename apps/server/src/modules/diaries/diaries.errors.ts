import { HttpStatus } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';

export const diariesErrors = {
  sessionNotFound: (id: string) => new AppError('session-not-found', HttpStatus.NOT_FOUND, `there is no session ${id}`),
  unknownRegistrar: (id: string) => new AppError('unknown-registrar', HttpStatus.BAD_REQUEST, `registrarId ${id} is not a member of staff`),
  unknownOffice: (id: string) => new AppError('unknown-office', HttpStatus.BAD_REQUEST, `officeId ${id} is not an office: use null for telephone`),
  endsBeforeStart: () => new AppError('session-ends-before-start', HttpStatus.BAD_REQUEST, 'endTime must be later than startTime'),
  overlapsSession: () =>
    new AppError('session-overlaps', HttpStatus.CONFLICT, 'the registrar already has a session at that time that day: change that one instead'),
  hasAppointments: () =>
    new AppError('session-has-appointments', HttpStatus.CONFLICT, 'the session has booked appointments: move or cancel them first'),
};
