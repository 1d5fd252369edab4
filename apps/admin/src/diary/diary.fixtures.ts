import type { AppointmentResponse, BlockResponse, SessionResponse } from '@regflow/contracts';
import { AMRIT, anAppointment as appointment } from '../test/builders';

/** Test data for the diary's specs: Amrit Kaur's week beginning Monday 6 July 2026 (British Summer Time). */

/** 09:00 in London on Monday 6 July 2026. */
export const MONDAY_MORNING = new Date('2026-07-06T08:00:00Z');

export function aSession(overrides: Partial<SessionResponse> = {}): SessionResponse {
  return {
    id: 'session-mon',
    registrarId: AMRIT.id,
    day: '2026-07-06',
    officeId: 'office-worcester',
    startTime: '09:00',
    endTime: '12:30',
    acceptedTypes: ['birth', 'death'],
    templateId: null,
    ...overrides,
  };
}

export function aBlock(overrides: Partial<BlockResponse> = {}): BlockResponse {
  return {
    id: 'block-mon',
    sessionId: 'session-mon',
    registrarId: AMRIT.id,
    day: '2026-07-06',
    startTime: '11:00',
    endTime: '11:30',
    startsAt: '2026-07-06T10:00:00Z',
    endsAt: '2026-07-06T10:30:00Z',
    reason: 'training',
    ...overrides,
  };
}

/** The session's first appointment: a birth at 09:00 on Monday, in Amrit's Worcester session. */
export function anAppointment(overrides: Partial<AppointmentResponse> = {}): AppointmentResponse {
  return appointment({ id: 'appointment-1', reference: 'BRT-7KQ2', startsAt: '2026-07-06T08:00:00Z', endsAt: '2026-07-06T08:30:00Z', ...overrides });
}
