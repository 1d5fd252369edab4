import type { SessionResponse } from '@regflow/contracts';
import { sessionRepresentation } from './session-form';

export { SessionFormFields } from './SessionFormFields';
export { WallClockRangeInputs } from './WallClockRangeInputs';
export { toSaveSessionRequest, validateWallClockRange, type SessionFormValues } from './session-form';

/**
 * `<Resource name="sessions" {...sessions} />`: no screens of its own (sessions are opened, changed
 * and closed in the diary, /diary); registered so references to a session read as one.
 */
export const sessions = {
  recordRepresentation: (session: SessionResponse) => sessionRepresentation(session),
};
