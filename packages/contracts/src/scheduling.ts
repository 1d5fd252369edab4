import isEmail from 'validator/lib/isEmail';
import { AppointmentTypeCode } from './appointment-types';
import { AppointmentMode } from './settings';

export const APPOINTMENT_STATUSES = ['booked', 'attended', 'registered', 'did-not-attend', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** Where an appointment's status may go next (`PUT /api/appointments/:id`); a status absent here is final. */
export const NEXT_APPOINTMENT_STATUSES: Readonly<Partial<Record<AppointmentStatus, readonly AppointmentStatus[]>>> = {
  booked: ['attended', 'did-not-attend', 'registered', 'cancelled'],
  attended: ['registered'],
};

/** What a registrar marks an appointment on the day it is held, and not before. */
export const MARKED_ON_THE_DAY = ['attended', 'did-not-attend', 'registered'] as const satisfies readonly AppointmentStatus[];
export type MarkedOnTheDay = (typeof MARKED_ON_THE_DAY)[number];

export type RequestChannel = 'online' | 'phone' | 'walk-in';

/** A telephone number as residents and managers write it: digits, spaces and + ( ) -, 7 to 30 characters. */
export const TELEPHONE_NUMBER_PATTERN = /^\+?[0-9 ()-]{7,30}$/;

/** Online, at least one of `email` and `phone`, so the confirmation has somewhere to go; staff may book with neither. */
export interface Resident {
  readonly name: string;
  readonly email?: string;
  readonly phone?: string;
}

/** `GET /api/public/offices`: a register office as residents see it. */
export interface PublicOfficeResponse {
  readonly id: string;
  readonly name: string;
  readonly address: string;
  /** Null where the office has no public telephone number of its own. */
  readonly phone: string | null;
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
    readonly residentEmail: string | null;
    readonly residentPhone: string | null;
    /** The last moment the resident may change or cancel it online: the type's minimum notice before it starts. */
    readonly changeableUntil: string;
  };
}

/**
 * `POST /api/appointments`: staff book a caller or a visitor. The resident's email and telephone
 * number are both optional here (many callers have neither): with no email nothing is emailed, and
 * with neither nothing is sent. A death needs `eventDate` (the date of death) or `dateOfDeathUnknown: true`.
 */
export interface CreateAppointmentRequest extends CreateBookingRequest {
  readonly channel: Exclude<RequestChannel, 'online'>;
  /** A death whose informant does not know the date: booked without `eventDate`, flagged `eventDateMissing` for follow-up. */
  readonly dateOfDeathUnknown?: boolean;
}

export interface UpdateAppointmentRequest {
  readonly status?: AppointmentStatus;
  readonly notes?: string | null;
}

export interface AppointmentResponse {
  readonly id: string;
  readonly reference: string;
  /** The request it answers: `GET /api/requests/:id` (its first offer, deadline and date of the event). */
  readonly requestId: string;
  readonly type: AppointmentTypeCode;
  readonly status: AppointmentStatus;
  readonly registrarId: string;
  readonly officeId: string | null;
  readonly sessionId: string;
  readonly mode: AppointmentMode;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly residentName: string;
  readonly residentEmail: string | null;
  readonly residentPhone: string | null;
  readonly notes: string | null;
  readonly registeredAt: string | null;
  readonly createdAt: string;
  /** When the status was last changed (or a change undone); null while it is as booked. */
  readonly statusChangedAt: string | null;
  /** Whether `POST /api/appointments/:id/undo-status` would undo the last change now: made today (London), not a cancellation, not undone already. */
  readonly statusUndoable: boolean;
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
  /** A death with no date of death recorded: to follow up (`PUT /api/requests/:id` with `eventDate` clears it); left out of the 5-day figure, counted beside it. */
  readonly eventDateMissing: boolean;
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

/** The one question residents are asked after an attended appointment (never after a still-birth). */
export const SATISFACTION_RATINGS = ['very-good', 'good', 'neither', 'poor', 'very-poor'] as const;
export type SatisfactionRating = (typeof SATISFACTION_RATINGS)[number];

/** A resident's name: letters of any script, marks, spaces, apostrophes, hyphens and full stops; no markup. */
export const RESIDENT_NAME_PATTERN = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u;
export const RESIDENT_NAME_MAX_LENGTH = 120;
export const EMAIL_MAX_LENGTH = 254;

/** An email address as the service accepts it (the same check for the API, the pages and staff bookings). */
export function isEmailAddress(text: string): boolean {
  return text.length <= EMAIL_MAX_LENGTH && isEmail(text);
}
