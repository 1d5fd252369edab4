import type { AppointmentMode, AppointmentTypeCode } from '@regflow/contracts';
import { randomUUID } from 'node:crypto';
import type { AppointmentLength, BookingSubmission, ResidentContact } from '../booking-port';

/** The appointment a resident picked, as the later pages show it. */
export interface ChosenSlot {
  readonly id: string;
  readonly officeId: string | null;
  readonly mode: AppointmentMode;
  readonly startsAt: string;
}

/**
 * One resident's answers so far, kept in their browser (encrypted) so the back button and a reload
 * find them: no account and nothing stored on the server until they book.
 */
export interface Journey {
  /** Random; ties the form tokens to this browser. */
  readonly id: string;
  /** What they chose on "What do you need to register?". */
  readonly service?: AppointmentTypeCode;
  /** Answers by question, as typed: a page shows them back unchanged. */
  readonly answers: Readonly<Record<string, string>>;
  readonly slot?: ChosenSlot;
  readonly resident?: ResidentContact;
  /** The idempotency key of this journey's booking form: a second submit books nothing more. */
  readonly submissionKey: string;
  /** The booking just made, for the confirmation page. */
  readonly booked?: { readonly reference: string; readonly token: string };
  /** Shown once on the next page, then dropped (e.g. "that time has just been taken"). */
  readonly notice?: string;
}

export function newJourney(): Journey {
  return { id: randomUUID(), answers: {}, submissionKey: randomUUID() };
}

/** The journey for `service`: the same one when it is already for it, otherwise a fresh one keeping the browser's id. */
export function journeyFor(journey: Journey, service: AppointmentTypeCode): Journey {
  return journey.service === service ? journey : { id: journey.id, service, answers: {}, submissionKey: randomUUID() };
}

export function withAnswer(journey: Journey, question: string, value: string): Journey {
  return { ...journey, answers: { ...journey.answers, [question]: value } };
}

/** After booking: the answers are gone, the reference stays for the confirmation page. */
export function bookedJourney(journey: Journey, reference: string, token: string): Journey {
  return { id: journey.id, answers: {}, submissionKey: randomUUID(), booked: { reference, token } };
}

/** The answers each question gives the booking, by the question's name. */
export const ANSWER_KEYS = {
  dateOfBirth: 'date-of-birth',
  babies: 'babies',
  certificate: 'certificate-of-still-birth',
  certificateReadyAt: 'certificate-ready-at',
  dateOfDeath: 'date-of-death',
  medicalCertificate: 'medical-certificate',
  coroner: 'coroner',
  tellUsOnce: 'tell-us-once',
  residence: 'residence',
  immigration: 'immigration-control',
} as const;

/** The type to book: a notice by someone subject to immigration control is given at a designated session. */
export function bookingTypeOf(journey: Journey): AppointmentTypeCode | undefined {
  if (journey.service === 'notice' && journey.answers[ANSWER_KEYS.immigration] === 'yes') return 'notice-referred';
  return journey.service;
}

/** How long the appointment will be, from the answers: extra babies, Tell Us Once. */
export function lengthOf(journey: Journey): AppointmentLength {
  const babies = journey.answers[ANSWER_KEYS.babies];
  return { babies: babies ? Number(babies) : 1, tellUsOnce: journey.answers[ANSWER_KEYS.tellUsOnce] === 'yes' };
}

/** What the booking service is asked for, once every answer and the slot and details are in. */
export function submissionOf(journey: Journey): BookingSubmission | undefined {
  const type = bookingTypeOf(journey);
  if (!type || !journey.slot || !journey.resident) return undefined;
  const { answers } = journey;
  const eventDate = answers[ANSWER_KEYS.dateOfBirth] ?? answers[ANSWER_KEYS.dateOfDeath];
  const babies = answers[ANSWER_KEYS.babies];
  return {
    type,
    slotId: journey.slot.id,
    resident: journey.resident,
    idempotencyKey: journey.submissionKey,
    ...(eventDate ? { eventDate } : {}),
    ...(babies ? { babies: Number(babies) } : {}),
    ...(answers[ANSWER_KEYS.tellUsOnce] === 'yes' ? { tellUsOnce: true } : {}),
    ...(answers[ANSWER_KEYS.certificateReadyAt] ? { paperworkReadyAt: answers[ANSWER_KEYS.certificateReadyAt] } : {}),
  };
}
