import type { SessionResponse } from '@regflow/contracts';
import { sessionRepresentation } from './session-form';

export { SessionFormFields } from './SessionFormFields';
export { TELEPHONE_CHOICE, toSaveSessionRequest, validateWallClockRange, type SessionFormValues } from './session-form';
export { APPOINTMENT_TYPE_CHOICES, useOffices, useRegistrars } from './session-choices';

/**
 * `<Resource name="sessions" {...sessions} />`: no screens of its own (sessions are opened, changed
 * and closed in the diary, /diary); registered so references to a session read as one.
 */
export const sessions = {
  recordRepresentation: (session: SessionResponse) => sessionRepresentation(session),
};
