import type { PublicAppointmentTypeResponse } from '@regflow/contracts';

/**
 * An appointment type residents can book online, as the service runs it now: the facts
 * `GET /api/public/appointment-types` answers with, read from the rows managers edit.
 */
export type OnlineAppointmentType = PublicAppointmentTypeResponse;

/** What the booking pages ask of the booking service; the server implements it in-process. */
export interface BookingPort {
  onlineServices(): Promise<readonly OnlineAppointmentType[]>;
}
