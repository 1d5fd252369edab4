import type { AlertResponse, AppointmentResponse, AppointmentTypeCode, AppointmentTypeResponse, OfficeResponse, StaffResponse } from '@regflow/contracts';

/**
 * Test data for the admin's specs, one builder a response: sensible defaults, overridden where a
 * test cares. The defaults are the week beginning Monday 6 July 2026 (British Summer Time).
 */

export const AMRIT = { id: 'staff-amrit', name: 'Amrit Kaur' } as const;

export function anOffice(overrides: Partial<OfficeResponse> = {}): OfficeResponse {
  return { id: 'office-worcester', name: 'Worcester', address: 'The Guildhall, Worcester', phone: null, openingHours: {}, createdAt: '2026-01-01T00:00:00Z', ...overrides };
}

export const offices: readonly OfficeResponse[] = [anOffice(), anOffice({ id: 'office-redditch', name: 'Redditch', address: 'Town Hall, Redditch' })];

export function aStaffMember(overrides: Partial<StaffResponse> = {}): StaffResponse {
  return { id: AMRIT.id, name: AMRIT.name, email: 'amrit@example.org', roles: ['registrar'], active: true, officeIds: ['office-worcester'], ...overrides };
}

/** Two registrars and a manager. */
export const staff: readonly StaffResponse[] = [
  aStaffMember(),
  aStaffMember({ id: 'staff-ben', name: 'Ben Okafor', email: 'ben@example.org', officeIds: ['office-redditch'] }),
  aStaffMember({ id: 'staff-cara', name: 'Cara Jones', email: 'cara@example.org', roles: ['manager'], officeIds: [] }),
];

export function anAppointmentType(code: AppointmentTypeCode, name: string, overrides: Partial<AppointmentTypeResponse> = {}): AppointmentTypeResponse {
  return {
    id: code,
    code,
    name,
    durationMinutes: 30,
    targetWorkingDays: 5,
    onlineBookable: true,
    modes: ['face-to-face', 'telephone'],
    documentsToBring: [],
    extraMinutesPerExtraBaby: 0,
    extraMinutesForTellUsOnce: 0,
    minimumNoticeMinutes: 0,
    horizonDays: 56,
    reminderWorkingDaysBefore: 1,
    reminderTime: '09:00',
    ...overrides,
  };
}

/** Grace Okafor's birth registration at 09:30 on Monday 6 July 2026, at Worcester with Amrit Kaur. */
export function anAppointment(overrides: Partial<AppointmentResponse> = {}): AppointmentResponse {
  return {
    id: 'appt-1',
    reference: 'RF-7Q2K',
    requestId: 'request-1',
    type: 'birth',
    status: 'booked',
    registrarId: AMRIT.id,
    officeId: 'office-worcester',
    sessionId: 'session-mon',
    mode: 'face-to-face',
    startsAt: '2026-07-06T08:30:00.000Z',
    endsAt: '2026-07-06T09:00:00.000Z',
    residentName: 'Grace Okafor',
    residentEmail: 'grace@example.org',
    residentPhone: null,
    notes: null,
    registeredAt: null,
    createdAt: '2026-07-01T10:00:00.000Z',
    statusChangedAt: null,
    statusUndoable: false,
    ...overrides,
  };
}

/** An open day-4 death warning. */
export function anAlert(overrides: Partial<AlertResponse> = {}): AlertResponse {
  return {
    id: 'alert-1',
    kind: 'death-not-registered',
    summary: 'Death of 4 July not registered: RF-7Q2K is on 9 July',
    appointmentId: 'appt-1',
    raisedAt: '2026-07-08T07:00:00.000Z',
    resolvedAt: null,
    resolvedBy: null,
    ...overrides,
  };
}
