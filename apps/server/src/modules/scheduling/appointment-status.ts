import { AppointmentStatus } from './appointment.entity';

/** Where an appointment may go next; a status absent here is final. */
const NEXT: Readonly<Partial<Record<AppointmentStatus, readonly AppointmentStatus[]>>> = {
  booked: ['attended', 'did-not-attend', 'registered', 'cancelled'],
  attended: ['registered'],
};

export function mayChangeStatus(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return from === to || (NEXT[from] ?? []).includes(to);
}
