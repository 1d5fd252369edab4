import type { AlertResponse, AppointmentResponse, AppointmentTypeCode, AppointmentTypeResponse, OfficeResponse, StaffResponse } from '@regflow/contracts';
import type { DataProvider, GetListParams } from 'react-admin';

/** Test data for the registrars' screens: sensible defaults, overridden where a test cares. */

export const cheltenham: OfficeResponse = {
  id: 'office-cheltenham',
  name: 'Cheltenham',
  address: 'Municipal Offices, Promenade, Cheltenham GL50 9SA',
  phone: '01242 000000',
  openingHours: { '1': ['09:00', '17:00'] },
  createdAt: '2026-01-01T00:00:00.000Z',
};

export const gloucester: OfficeResponse = { ...cheltenham, id: 'office-gloucester', name: 'Gloucester', address: 'Shire Hall, Gloucester GL1 2TG' };

function appointmentType(code: AppointmentTypeCode, name: string, documentsToBring: readonly string[] = []): AppointmentTypeResponse {
  return {
    id: code,
    code,
    name,
    durationMinutes: 30,
    targetWorkingDays: 5,
    onlineBookable: true,
    modes: ['face-to-face', 'telephone'],
    documentsToBring,
    extraMinutesPerExtraBaby: 0,
    extraMinutesForTellUsOnce: 0,
    minimumNoticeMinutes: 0,
    horizonDays: 56,
    reminderWorkingDaysBefore: 1,
    reminderTime: '09:00',
  };
}

/** Sent in the server's order (by code), which is not the service's. */
export const appointmentTypes: readonly AppointmentTypeResponse[] = [
  appointmentType('birth', 'Birth registration', ['Proof of identity for each parent attending']),
  appointmentType('death', 'Death registration', ['The medical certificate of cause of death, unless it was sent to us directly']),
  appointmentType('still-birth', 'Still-birth registration'),
];

export function anAppointment(overrides: Partial<AppointmentResponse> = {}): AppointmentResponse {
  return {
    id: 'appointment-1',
    reference: 'RF-7K2M-9Q',
    requestId: 'request-1',
    type: 'birth',
    status: 'booked',
    registrarId: 'staff-amrit',
    officeId: cheltenham.id,
    sessionId: 'session-1',
    mode: 'face-to-face',
    startsAt: '2026-12-07T09:30:00.000Z',
    endsAt: '2026-12-07T10:00:00.000Z',
    residentName: 'Aled Jones',
    residentEmail: null,
    residentPhone: '07700 900123',
    notes: null,
    registeredAt: null,
    createdAt: '2026-12-01T12:00:00.000Z',
    statusChangedAt: null,
    statusUndoable: false,
    ...overrides,
  };
}

export function anAlert(overrides: Partial<AlertResponse> = {}): AlertResponse {
  return {
    id: 'alert-1',
    kind: 'death-not-registered',
    summary: 'The death of Mary Evans (RF-D3TH-01) is not registered on day 4',
    appointmentId: 'appointment-9',
    raisedAt: '2026-12-07T07:00:00.000Z',
    resolvedAt: null,
    resolvedBy: null,
    ...overrides,
  };
}

export function aStaffMember(overrides: Partial<StaffResponse> = {}): StaffResponse {
  return { id: 'staff-amrit', name: 'Amrit Kaur', email: 'amrit@example.org', roles: ['registrar'], active: true, officeIds: [cheltenham.id], ...overrides };
}

/** A resource's rows, or how to answer for them (a promise that never settles, a refusal, a spy). */
type ListAnswer = readonly object[] | ((params: GetListParams) => Promise<readonly object[]>);

/** A `getList` answering each resource from `lists` (an empty list for any other). */
export function listsOf(lists: Readonly<Record<string, ListAnswer>>): DataProvider['getList'] {
  const getList = async (resource: string, params: GetListParams) => {
    const answer = lists[resource] ?? [];
    const data = typeof answer === 'function' ? await answer(params) : answer;
    return { data: [...data], total: data.length };
  };
  return getList as DataProvider['getList'];
}

/** A test's `update` or `create`: react-admin types them generic over the record, a test answers with its own. */
export function writeMethod(answer: (resource: string, params: { readonly data?: unknown }) => Promise<{ readonly data: object }>) {
  return answer as DataProvider['update'] & DataProvider['create'];
}
