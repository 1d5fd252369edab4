import type { AlertResponse, AppointmentResponse, AppointmentTypeResponse, OfficeResponse } from '@regflow/contracts';
import { anAlert as alert, anAppointment as appointment, anOffice, anAppointmentType } from '../test/builders';

/** Test data for Today and Book by phone: Monday 7 December 2026 (GMT) at Cheltenham and Gloucester. */

/** 10:00 on Monday 7 December 2026 in London (GMT). */
export const MONDAY_TEN_AM = '2026-12-07T10:00:00Z';

export const cheltenham: OfficeResponse = anOffice({
  id: 'office-cheltenham',
  name: 'Cheltenham',
  address: 'Municipal Offices, Promenade, Cheltenham GL50 9SA',
  phone: '01242 000000',
  openingHours: { '1': ['09:00', '17:00'] },
});

export const gloucester: OfficeResponse = { ...cheltenham, id: 'office-gloucester', name: 'Gloucester', address: 'Shire Hall, Gloucester GL1 2TG' };

/** Sent in the server's order (by code), which is not the service's. */
export const appointmentTypes: readonly AppointmentTypeResponse[] = [
  anAppointmentType('birth', 'Birth registration', { documentsToBring: ['Proof of identity for each parent attending'] }),
  anAppointmentType('death', 'Death registration', { documentsToBring: ['The medical certificate of cause of death, unless it was sent to us directly'] }),
  anAppointmentType('still-birth', 'Still-birth registration'),
];

/** Aled Jones, who gave a telephone number and no email address, at 09:30 at Cheltenham. */
export function anAppointment(overrides: Partial<AppointmentResponse> = {}): AppointmentResponse {
  return appointment({
    id: 'appointment-1',
    reference: 'RF-7K2M-9Q',
    officeId: cheltenham.id,
    sessionId: 'session-1',
    startsAt: '2026-12-07T09:30:00.000Z',
    endsAt: '2026-12-07T10:00:00.000Z',
    residentName: 'Aled Jones',
    residentEmail: null,
    residentPhone: '07700 900123',
    createdAt: '2026-12-01T12:00:00.000Z',
    ...overrides,
  });
}

/** This morning's day-4 warning about another appointment. */
export function anAlert(overrides: Partial<AlertResponse> = {}): AlertResponse {
  return alert({
    summary: 'The death of Mary Evans (RF-D3TH-01) is not registered on day 4',
    appointmentId: 'appointment-9',
    raisedAt: '2026-12-07T07:00:00.000Z',
    ...overrides,
  });
}
