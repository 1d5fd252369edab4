import type { AppointmentTypeResponse, AuditEntryResponse, MessageResponse, RequestResponse } from '@regflow/contracts';
import { anAppointmentType } from '../../test/builders';

/** Test data for the lists' specs beyond the shared builders (src/test/builders.ts): the week beginning Monday 6 July 2026. */
export const appointmentTypes: readonly AppointmentTypeResponse[] = [anAppointmentType('birth', 'Birth registration'), anAppointmentType('death', 'Death registration')];

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
