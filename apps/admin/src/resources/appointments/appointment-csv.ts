import type { AppointmentResponse } from '@regflow/contracts';
import type { CsvExport } from '../shared/csv-export';
import { londonWallClock } from '../../dates/london';
import { MODE_MESSAGES, STATUS_MESSAGES } from './appointment-choices';

const FIELDS = 'resources.appointments.fields';
const CSV = 'regflow.lists.appointments.csv';

/** What the list shows, in plain columns: no email, telephone number or notes. */
export const appointmentCsv: CsvExport<AppointmentResponse> = {
  fileName: 'appointments',
  references: { registrarId: 'staff', officeId: 'offices', type: 'appointment-types' },
  columns: [
    { header: `${FIELDS}.reference`, value: (appointment) => appointment.reference },
    { header: `${CSV}.starts_at`, value: (appointment) => appointment.startsAt },
    { header: `${CSV}.starts_london`, value: (appointment) => londonWallClock(appointment.startsAt) },
    { header: `${CSV}.ends_at`, value: (appointment) => appointment.endsAt },
    { header: `${CSV}.ends_london`, value: (appointment) => londonWallClock(appointment.endsAt) },
    { header: `${FIELDS}.type`, value: (_, { nameOf }) => nameOf('type') },
    { header: `${CSV}.type_code`, value: (appointment) => appointment.type },
    { header: `${FIELDS}.residentName`, value: (appointment) => appointment.residentName },
    { header: `${FIELDS}.registrarId`, value: (_, { nameOf }) => nameOf('registrarId') },
    {
      header: `${FIELDS}.officeId`,
      value: (appointment, { nameOf, translate }) => (appointment.officeId === null ? translate('regflow.lists.appointments.telephone') : nameOf('officeId')),
    },
    { header: `${FIELDS}.mode`, value: (appointment, { translate }) => translate(`${MODE_MESSAGES}.${appointment.mode}`) },
    { header: `${FIELDS}.status`, value: (appointment, { translate }) => translate(`${STATUS_MESSAGES}.${appointment.status}`) },
  ],
};
