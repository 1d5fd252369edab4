import { AppointmentTypeCode } from './appointment-types';
import { AppointmentMode } from './settings';

export const APPOINTMENT_STATUSES = ['booked', 'attended', 'registered', 'did-not-attend', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export type RequestChannel = 'online' | 'phone' | 'walk-in';

export interface Resident {
  readonly name: string;
  readonly email: string;
  readonly phone?: string;
}

/** `GET /api/public/availability` and `GET /api/availability`. */
export interface AvailabilityQuery {
  readonly type: AppointmentTypeCode;
  /** `yyyy-mm-dd`. */
  readonly from: string;
  /** 1 to 28, default 14. */
  readonly days?: number;
  readonly office?: string;
}

export interface SlotResponse {
  /** What a booking names: `<session id>~<yyyyMMdd'T'HHmm'Z'>`. */
  readonly id: string;
  readonly officeId: string | null;
  readonly mode: AppointmentMode;
  readonly startsAt: string;
  readonly endsAt: string;
}

export interface AvailabilityResponse {
  readonly type: AppointmentTypeCode;
  /** The earliest free slot service-wide: what the indicators score. */
  readonly firstOffer: SlotResponse | null;
  readonly slots: readonly SlotResponse[];
}

/** A type as residents see it. */
export interface PublicAppointmentTypeResponse {
  readonly code: AppointmentTypeCode;
  readonly name: string;
  readonly targetWorkingDays: number;
  readonly durationMinutes: number;
  readonly modes: readonly AppointmentMode[];
  readonly documentsToBring: readonly string[];
  /** Set while online booking of the type is suspended: what to tell residents instead. */
  readonly suspendedMessage: string | null;
}

/** `POST /api/public/bookings` (with an optional `Idempotency-Key` header). */
export interface CreateBookingRequest {
  readonly slotId: string;
  readonly type: AppointmentTypeCode;
  readonly resident: Resident;
  readonly eventDate?: string;
  readonly paperworkReadyAt?: string;
  readonly babies?: number;
  /** A death: the informant wants Tell Us Once, which lengthens the appointment. */
  readonly tellUsOnce?: boolean;
}

/** `PATCH /api/public/bookings/:reference?token=…` and `POST /api/appointments/:id/move`. */
export interface MoveBookingRequest {
  readonly slotId: string;
}

export interface BookingResponse {
  readonly reference: string;
  /** Goes in the resident's link: `?token=…`. */
  readonly manageToken: string;
  readonly appointment: {
    readonly reference: string;
    readonly type: AppointmentTypeCode;
    readonly status: AppointmentStatus;
    readonly officeId: string | null;
    readonly mode: AppointmentMode;
    readonly startsAt: string;
    readonly endsAt: string;
    readonly residentName: string;
  };
}

/** `POST /api/appointments`: staff book a caller or a visitor. */
export interface CreateAppointmentRequest extends CreateBookingRequest {
  readonly channel: Exclude<RequestChannel, 'online'>;
}

export interface UpdateAppointmentRequest {
  readonly status?: AppointmentStatus;
  readonly notes?: string | null;
}

export interface AppointmentResponse {
  readonly id: string;
  readonly reference: string;
  readonly type: AppointmentTypeCode;
  readonly status: AppointmentStatus;
  readonly registrarId: string;
  readonly officeId: string | null;
  readonly sessionId: string;
  readonly mode: AppointmentMode;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly residentName: string;
  readonly residentEmail: string;
  readonly residentPhone: string | null;
  readonly notes: string | null;
  readonly registeredAt: string | null;
  readonly createdAt: string;
}

export interface UpdateRequestRequest {
  readonly coronerReferral?: boolean;
  readonly paperworkReadyAt?: string | null;
  readonly eventDate?: string | null;
}

export interface RequestResponse {
  readonly id: string;
  readonly typeCode: AppointmentTypeCode;
  readonly channel: RequestChannel;
  readonly requestedAt: string;
  readonly serviceDay: string;
  readonly paperworkReadyAt: string | null;
  readonly eventDate: string | null;
  readonly coronerReferral: boolean;
  readonly babies: number;
  readonly tellUsOnce: boolean;
  /** The earliest slot offered service-wide when the request was made: what the indicators score. */
  readonly firstOfferStartsAt: string | null;
  readonly firstOfferAtOfficeStartsAt: string | null;
  /** The last day a first offer is within target. */
  readonly deadline: string;
  /** False also when nothing was offered. */
  readonly offeredWithinTarget: boolean;
  readonly appointmentId: string | null;
  readonly reference: string | null;
}
