import { HttpStatus } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';

export const diariesErrors = {
  sessionNotFound: (id: string) => new AppError('session-not-found', HttpStatus.NOT_FOUND, `there is no session ${id}`),
  unknownRegistrar: (id: string) => new AppError('unknown-registrar', HttpStatus.BAD_REQUEST, `registrarId ${id} is not a member of staff`),
  unknownOffice: (id: string) => new AppError('unknown-office', HttpStatus.BAD_REQUEST, `officeId ${id} is not an office: use null for telephone`),
  endsBeforeStart: () => new AppError('session-ends-before-start', HttpStatus.BAD_REQUEST, 'endTime must be later than startTime'),
  overlapsSession: () =>
    new AppError('session-overlaps', HttpStatus.CONFLICT, 'the registrar already has a session at that time that day: change that one instead'),
  templateNotFound: (id: string) => new AppError('session-template-not-found', HttpStatus.NOT_FOUND, `there is no rota template ${id}`),
  overlapsTemplate: () =>
    new AppError('session-template-overlaps', HttpStatus.CONFLICT, 'the registrar’s rota already has a session at that time that weekday: change that one instead'),
  blockNotFound: (id: string) => new AppError('block-not-found', HttpStatus.NOT_FOUND, `there is no blocked time ${id}`),
  unknownSession: (id: string) => new AppError('unknown-session', HttpStatus.BAD_REQUEST, `sessionId ${id} is not a diary session`),
  blockOutsideSession: (from: string, to: string) =>
    new AppError('block-outside-session', HttpStatus.BAD_REQUEST, `blocked time must lie inside the session, ${from} to ${to}`),
  blockOverAppointments: () =>
    new AppError('block-over-appointments', HttpStatus.CONFLICT, 'appointments are booked in that time: move or cancel them first'),
  hasAppointments: () =>
    new AppError('session-has-appointments', HttpStatus.CONFLICT, 'the session has booked appointments: move or cancel them first'),
};
