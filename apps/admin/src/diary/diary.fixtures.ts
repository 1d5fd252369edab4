import type { AppointmentResponse, BlockResponse, OfficeResponse, SessionResponse, StaffResponse } from '@regflow/contracts';

/** Test data for the diary's specs: one registrar's week beginning Monday 6 July 2026 (British Summer Time). */
export const AMRIT = { id: 'staff-amrit', name: 'Amrit Kaur' };

/** 09:00 in London on Monday 6 July 2026. */
export const MONDAY_MORNING = new Date('2026-07-06T08:00:00Z');

export const offices: OfficeResponse[] = [
  { id: 'office-worcester', name: 'Worcester', address: 'The Guildhall, Worcester', phone: null, openingHours: {}, createdAt: '2026-01-01T00:00:00Z' },
  { id: 'office-redditch', name: 'Redditch', address: 'Town Hall, Redditch', phone: null, openingHours: {}, createdAt: '2026-01-01T00:00:00Z' },
];

export const staff: StaffResponse[] = [
  { id: AMRIT.id, name: AMRIT.name, email: 'amrit@example.org', roles: ['registrar'], active: true, officeIds: ['office-worcester'] },
  { id: 'staff-ben', name: 'Ben Okafor', email: 'ben@example.org', roles: ['registrar'], active: true, officeIds: ['office-redditch'] },
  { id: 'staff-cara', name: 'Cara Jones', email: 'cara@example.org', roles: ['manager'], active: true, officeIds: [] },
];

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

export function anAppointment(overrides: Partial<AppointmentResponse> = {}): AppointmentResponse {
  return {
    id: 'appointment-1',
    reference: 'BRT-7KQ2',
    requestId: 'request-1',
    type: 'birth',
    status: 'booked',
    registrarId: AMRIT.id,
    officeId: 'office-worcester',
    sessionId: 'session-mon',
    mode: 'face-to-face',
    startsAt: '2026-07-06T08:00:00Z',
    endsAt: '2026-07-06T08:30:00Z',
    residentName: 'Ada Lovelace',
    residentEmail: 'ada@example.org',
    residentPhone: null,
    notes: null,
    registeredAt: null,
    createdAt: '2026-07-01T10:00:00Z',
    statusChangedAt: null,
    statusUndoable: false,
    ...overrides,
  };
}
