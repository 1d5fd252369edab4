import type { AlertResponse, AppointmentResponse, AppointmentTypeResponse, AuditEntryResponse, MessageResponse, OfficeResponse, RequestResponse, StaffResponse } from '@regflow/contracts';
import type { DataProvider, GetListParams, GetManyParams, RaRecord } from 'react-admin';
import { Mock, vi } from 'vitest';

/** Test data for the lists' specs: the week beginning Monday 6 July 2026 (British Summer Time). */
export const offices: OfficeResponse[] = [
  { id: 'office-worcester', name: 'Worcester', address: 'The Guildhall, Worcester', phone: null, openingHours: {}, createdAt: '2026-01-01T00:00:00Z' },
  { id: 'office-redditch', name: 'Redditch', address: 'Town Hall, Redditch', phone: null, openingHours: {}, createdAt: '2026-01-01T00:00:00Z' },
];

export const staff: StaffResponse[] = [
  { id: 'staff-amrit', name: 'Amrit Kaur', email: 'amrit@example.org', roles: ['registrar'], active: true, officeIds: ['office-worcester'] },
  { id: 'staff-cara', name: 'Cara Jones', email: 'cara@example.org', roles: ['manager'], active: true, officeIds: [] },
];

const aType = (code: AppointmentTypeResponse['code'], name: string) => ({ id: code, code, name }) as AppointmentTypeResponse;

export const appointmentTypes: AppointmentTypeResponse[] = [aType('birth', 'Birth registration'), aType('death', 'Death registration')];

export function anAppointment(overrides: Partial<AppointmentResponse> = {}): AppointmentResponse {
  return {
    id: 'appt-1',
    reference: 'RF-7Q2K',
    requestId: 'request-1',
    type: 'birth',
    status: 'booked',
    registrarId: 'staff-amrit',
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

export function aRequest(overrides: Partial<RequestResponse> = {}): RequestResponse {
  return {
    id: 'request-1',
    typeCode: 'death',
    channel: 'phone',
    requestedAt: '2026-07-06T08:15:00.000Z',
    serviceDay: '2026-07-06',
    paperworkReadyAt: null,
    eventDate: '2026-07-04',
    eventDateMissing: false,
    coronerReferral: false,
    babies: 1,
    tellUsOnce: false,
    firstOfferStartsAt: '2026-07-07T09:00:00.000Z',
    firstOfferAtOfficeStartsAt: '2026-07-07T09:00:00.000Z',
    deadline: '2026-07-08',
    offeredWithinTarget: true,
    appointmentId: 'appt-1',
    reference: 'RF-7Q2K',
    ...overrides,
  };
}

export function aMessage(overrides: Partial<MessageResponse> = {}): MessageResponse {
  return {
    id: 'message-1',
    key: 'appointment-appt-1-confirmation',
    kind: 'confirmation',
    audience: 'resident',
    channel: 'email',
    recipient: 'grace@example.org',
    appointmentId: 'appt-1',
    status: 'sent',
    dueAt: '2026-07-06T08:31:00.000Z',
    attempts: 1,
    lastError: null,
    sentAt: '2026-07-06T08:31:05.000Z',
    resends: 0,
    ...overrides,
  };
}

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

export function anAuditEntry(overrides: Partial<AuditEntryResponse> = {}): AuditEntryResponse {
  return {
    id: 'audit-1',
    actorKind: 'staff',
    actorId: 'staff-amrit',
    entity: 'appointment',
    entityId: 'appt-1',
    action: 'updated',
    changes: { status: 'attended' },
    at: '2026-07-06T09:05:00.000Z',
    ...overrides,
  };
}

type Answer = readonly RaRecord[] | ((params: Partial<GetListParams>) => Promise<readonly RaRecord[]>);

/**
 * The server's lists as the data provider answers them: each resource's records, or a function
 * answering what was asked (never settling: loading; rejecting: a refusal). The spies keep what was asked.
 */
export function listsServer(lists: Readonly<Record<string, Answer>>) {
  const recordsOf = async (resource: string, params: Partial<GetListParams> = {}): Promise<RaRecord[]> => {
    const answer = lists[resource] ?? [];
    return [...(typeof answer === 'function' ? await answer(params) : answer)];
  };
  const getList = async (resource: string, params: GetListParams) => {
    const data = await recordsOf(resource, params);
    return { data, total: data.length };
  };
  const getMany = async (resource: string, { ids }: GetManyParams) => ({ data: (await recordsOf(resource)).filter((record) => ids.includes(record.id)) });
  // The data provider's methods are generic in the record type; these answer plain records.
  return {
    getList: vi.fn(getList) as Mock<typeof getList> & DataProvider['getList'],
    getMany: vi.fn(getMany) as Mock<typeof getMany> & DataProvider['getMany'],
  };
}

/** A data provider's `getOne` answering `record`. */
export function answeringOne(record: RaRecord): DataProvider['getOne'] {
  return (async () => ({ data: record })) as DataProvider['getOne'];
}
