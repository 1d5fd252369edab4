import type { AppointmentTypeCode } from '@regflow/contracts';

export type AppointmentMode = 'face-to-face' | 'telephone';

/**
 * An appointment type residents can book online, as the service runs it now: the facts
 * `GET /api/public/appointment-types` answers with, read from the rows managers edit.
 */
export interface OnlineAppointmentType {
  readonly code: AppointmentTypeCode;
  readonly name: string;
  /** The first appointment is offered within this many working days of the request. */
  readonly targetWorkingDays: number;
  readonly modes: readonly AppointmentMode[];
  readonly documentsToBring: readonly string[];
  /** Set while online booking of the type is suspended: what to tell residents instead. */
  readonly suspendedMessage: string | null;
}

/** What the booking pages ask of the booking service; the server implements it in-process. */
export interface BookingPort {
  onlineServices(): Promise<readonly OnlineAppointmentType[]>;
}
