import type { AppointmentTypeCode, AvailabilityResponse, BookingResponse, ErrorCode, PublicAppointmentTypeResponse, SatisfactionRating } from '@regflow/contracts';

/**
 * An appointment type residents can book online, as the service runs it now: the facts
 * `GET /api/public/appointment-types` answers with, read from the rows managers edit.
 */
export type OnlineAppointmentType = PublicAppointmentTypeResponse;

/** A register office as residents see it (`GET /api/public/offices`). */
export interface PublicOffice {
  readonly id: string;
  readonly name: string;
  readonly address: string;
  /** Null where the office has no public telephone number of its own. */
  readonly phone: string | null;
}

/** What makes an appointment longer than its type's duration. */
export interface AppointmentLength {
  /** Babies registered in the one appointment; 1 when absent. */
  readonly babies?: number;
  readonly tellUsOnce?: boolean;
}

export interface SlotQuery {
  readonly type: AppointmentTypeCode;
  /** The first London day, `yyyy-mm-dd`. */
  readonly from: string;
  /** 1 to 28. */
  readonly days: number;
  readonly officeId?: string;
  /** Only times where an appointment this long fits. */
  readonly length?: AppointmentLength;
}

export interface ResidentContact {
  readonly name: string;
  /** At least one of email and phone; phone is required for a telephone appointment. */
  readonly email?: string;
  readonly phone?: string;
}

export interface BookingSubmission {
  readonly type: AppointmentTypeCode;
  readonly slotId: string;
  readonly resident: ResidentContact;
  /** Date of the birth or death, `yyyy-mm-dd`. */
  readonly eventDate?: string;
  /** Still-birth: when the certificate of still-birth was in place (ISO instant). */
  readonly paperworkReadyAt?: string;
  readonly babies?: number;
  readonly tellUsOnce?: boolean;
  /** From the form: a second submission of the same form answers with the first booking. */
  readonly idempotencyKey: string;
}

/**
 * A booking as its resident sees it through their signed link: the API's view of the appointment
 * (`BookingResponse`), with what only the pages show.
 */
export type ResidentBooking = BookingResponse['appointment'] & {
  /** Goes in the resident's links: `?token=…`. */
  readonly manageToken: string;
  /** Kept when the appointment moves: only times this long are offered. */
  readonly length: Required<AppointmentLength>;
  /** When the reminder is due to be sent, if one is planned. */
  readonly reminderDueAt: string | null;
  /** Whether the resident may answer the satisfaction question now, and whether they have. */
  readonly satisfaction: 'not-asked' | 'open' | 'answered';
};

export interface SatisfactionAnswer {
  readonly rating: SatisfactionRating;
  readonly comment?: string;
}

/** What the service lets residents do, as the pages need to know it before asking. */
export interface ContactOptions {
  /** Text messages can be sent (GOV.UK Notify is configured): a mobile number alone is enough. */
  readonly textMessages: boolean;
}

/**
 * A refusal the resident can act on, with the service's own code and words (the suspension's
 * message, "that time has just been taken", "too late to change online"...). Any other error is
 * a fault: the pages answer with their problem page.
 */
export class BookingRefusal extends Error {
  override readonly name = 'BookingRefusal';

  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** What the booking pages ask of the booking service; the server implements it in-process. */
export interface BookingPort {
  onlineServices(): Promise<readonly OnlineAppointmentType[]>;
  offices(): Promise<readonly PublicOffice[]>;
  contactOptions(): ContactOptions;
  /** The service's clock (ISO instant): tests and demos may set it. */
  now(): string;
  /** Free slots and the first offer; refuses a suspended or unknown type. */
  availability(query: SlotQuery): Promise<AvailabilityResponse>;
  book(submission: BookingSubmission): Promise<ResidentBooking>;
  /** Refuses with `booking-not-found` when the reference and token do not match. */
  find(reference: string, token: string): Promise<ResidentBooking>;
  /** The old time is freed only when the new one is taken; refuses inside the minimum notice. */
  reschedule(reference: string, token: string, slotId: string): Promise<ResidentBooking>;
  cancel(reference: string, token: string): Promise<ResidentBooking>;
  /** The booking as an iCalendar file (its current version, or its cancellation). */
  calendar(reference: string, token: string): Promise<string>;
  answerSatisfaction(reference: string, token: string, answer: SatisfactionAnswer): Promise<void>;
}
