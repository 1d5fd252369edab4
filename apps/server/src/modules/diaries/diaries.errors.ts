import { DiariesErrorCode } from '@regflow/contracts';
import { formatDay } from '@regflow/domain';
import { appErrorFor } from '../../common/errors/app-error';
import { sharedErrors } from '../../common/errors/shared-errors';

const error = appErrorFor<DiariesErrorCode>();

export const diariesErrors = {
  sessionNotFound: (id: string) => error('session-not-found', `there is no session ${id}`),
  unknownRegistrar: (id: string) => error('unknown-registrar', `registrarId ${id} is not a member of staff`),
  unknownOffice: sharedErrors.unknownOffice,
  endsBeforeStart: () => error('session-ends-before-start', 'endTime must be later than startTime'),
  overlapsSession: () =>
    error('session-overlaps', 'the registrar already has a session at that time that day: change that one instead'),
  templateNotFound: (id: string) => error('session-template-not-found', `there is no rota template ${id}`),
  overlapsTemplate: () =>
    error('session-template-overlaps', 'the registrar’s rota already has a session at that time that weekday: change that one instead'),
  blockNotFound: (id: string) => error('block-not-found', `there is no blocked time ${id}`),
  unknownSession: (id: string) => error('unknown-session', `sessionId ${id} is not a diary session`),
  blockOutsideSession: (from: string, to: string) =>
    error('block-outside-session', `blocked time must lie inside the session, ${from} to ${to}`),
  blockOverAppointments: () =>
    error('block-over-appointments', 'appointments are booked in that time: move or cancel them first'),
  slotUnavailable: () =>
    error('slot-unavailable', 'that appointment time is no longer available: choose another from GET /api/public/availability'),
  officersNotDistinct: (registrarIds: readonly string[]) =>
    error('officers-not-distinct', `an appointment needs one or more officers, each named once: got [${registrarIds.join(', ')}]`),
  onBankHoliday: (day: string, holiday: string) =>
    error('session-on-closed-day', `${formatDay(day)} is a bank holiday (${holiday}): sessions cannot be opened then; choose another day`),
  onServiceClosure: (day: string, reason: string) =>
    error('session-on-closed-day', `${formatDay(day)} is a service closure day (${reason}): sessions cannot be opened then; choose another day`),
  onOfficeClosure: (day: string, office: string, reason: string) =>
    error('session-on-closed-day', `${office} is closed on ${formatDay(day)} (${reason}): sessions cannot be opened there then; choose another day or office`),
  hasAppointments: () =>
    error('session-has-appointments', 'the session has booked appointments: move or cancel them first'),
};
