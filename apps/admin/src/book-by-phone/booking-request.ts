import { isEmailAddress, RESIDENT_NAME_MAX_LENGTH, RESIDENT_NAME_PATTERN, TELEPHONE_NUMBER_PATTERN } from '@regflow/contracts';
import type { AppointmentTypeCode, CreateAppointmentRequest } from '@regflow/contracts';
import type { StaffAvailabilityQuery } from '../data-provider';
import { isCivilDay } from '../dates/london';

export type Channel = CreateAppointmentRequest['channel'];

/** Step 1: what the caller needs, which decides the times (and their length). */
export interface WhatToBook {
  readonly type: AppointmentTypeCode | null;
  readonly channel: Channel;
  /** Births only: babies registered in the one appointment. */
  readonly babies: number;
  /** Deaths only: null until the informant has said. */
  readonly tellUsOnce: boolean | null;
}

export const NOTHING_CHOSEN: WhatToBook = { type: null, channel: 'phone', babies: 1, tellUsOnce: null };
export const MOST_BABIES = 6;
/** Days of free times asked for at a time; "Later times" moves on by as many. */
export const DAYS_PER_LOOK = 14;

/** Which free times to show: from a London day, at one office or everywhere. */
export interface TimesView {
  readonly from: string;
  readonly officeId: string | null;
}

/** The step 1 answer the free times still wait for: a type, and for a death whether Tell Us Once is wanted. */
export function waitingFor(what: WhatToBook): 'type' | 'tell_us_once' | null {
  if (what.type === null) return 'type';
  return what.type === 'death' && what.tellUsOnce === null ? 'tell_us_once' : null;
}

/** The free times to ask for, or null while step 1 is unanswered. */
export function availabilityQueryOf(what: WhatToBook, view: TimesView): StaffAvailabilityQuery | null {
  if (what.type === null || waitingFor(what) !== null) return null;
  return {
    type: what.type,
    from: view.from,
    days: DAYS_PER_LOOK,
    ...(view.officeId ? { office: view.officeId } : {}),
    ...(what.type === 'birth' ? { babies: what.babies } : {}),
    ...(what.type === 'death' ? { tellUsOnce: what.tellUsOnce === true } : {}),
  };
}

/** Whether a change to step 1 leaves the free times as they were (the channel, say), so a chosen time stands. */
export function asksForTheSameTimes(before: WhatToBook, after: WhatToBook): boolean {
  const view = { from: '', officeId: null };
  return JSON.stringify(availabilityQueryOf(before, view)) === JSON.stringify(availabilityQueryOf(after, view));
}

/** Step 3, as typed. */
export interface ResidentDetails {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  /** `yyyy-mm-dd` from a date input, or empty. */
  readonly dateOfDeath: string;
  readonly dateOfDeathUnknown: boolean;
}

export const NO_DETAILS: ResidentDetails = { name: '', email: '', phone: '', dateOfDeath: '', dateOfDeathUnknown: false };

export type DetailsField = 'name' | 'email' | 'phone' | 'dateOfDeath';

/** What to fix, as a message key under `regflow.book_by_phone.problems`. */
export type DetailsProblem =
  | 'name_missing'
  | 'name_characters'
  | 'name_too_long'
  | 'email_invalid'
  | 'phone_invalid'
  | 'date_of_death_missing'
  | 'date_of_death_invalid'
  | 'date_of_death_in_future';

export type DetailsProblems = Readonly<Partial<Record<DetailsField, DetailsProblem>>>;

/** The fields in the order they are on the form: the first with a problem gets the focus. */
export const DETAILS_FIELDS: readonly DetailsField[] = ['name', 'email', 'phone', 'dateOfDeath'];

function nameProblem(name: string): DetailsProblem | undefined {
  if (name === '') return 'name_missing';
  if (name.length > RESIDENT_NAME_MAX_LENGTH) return 'name_too_long';
  return RESIDENT_NAME_PATTERN.test(name) ? undefined : 'name_characters';
}

function dateOfDeathProblem(details: ResidentDetails, today: string): DetailsProblem | undefined {
  if (details.dateOfDeathUnknown) return undefined;
  if (details.dateOfDeath === '') return 'date_of_death_missing';
  if (!isCivilDay(details.dateOfDeath)) return 'date_of_death_invalid';
  return details.dateOfDeath > today ? 'date_of_death_in_future' : undefined;
}

/**
 * What stops the booking: a name the service accepts; an email address and telephone number only if
 * given (many callers have neither); for a death, the date of death (not after `today`) or "not known".
 */
export function detailsProblems(type: AppointmentTypeCode, details: ResidentDetails, today: string): DetailsProblems {
  const email = details.email.trim();
  const phone = details.phone.trim();
  const problems: Partial<Record<DetailsField, DetailsProblem>> = {
    name: nameProblem(details.name.trim()),
    email: email !== '' && !isEmailAddress(email) ? 'email_invalid' : undefined,
    phone: phone !== '' && !TELEPHONE_NUMBER_PATTERN.test(phone) ? 'phone_invalid' : undefined,
    dateOfDeath: type === 'death' ? dateOfDeathProblem(details, today) : undefined,
  };
  return Object.fromEntries(Object.entries(problems).filter(([, problem]) => problem !== undefined));
}

/**
 * `POST /api/appointments`: only what the caller gave (no email field without an address, so no
 * email is attempted), and only the questions the type asks.
 */
export function bookingRequestOf(type: AppointmentTypeCode, what: WhatToBook, slotId: string, details: ResidentDetails): CreateAppointmentRequest {
  const email = details.email.trim();
  const phone = details.phone.trim();
  const death = type === 'death';
  return {
    slotId,
    type,
    channel: what.channel,
    resident: { name: details.name.trim(), ...(email ? { email } : {}), ...(phone ? { phone } : {}) },
    ...(type === 'birth' ? { babies: what.babies } : {}),
    ...(death ? { tellUsOnce: what.tellUsOnce === true } : {}),
    ...(death && details.dateOfDeathUnknown ? { dateOfDeathUnknown: true } : {}),
    ...(death && !details.dateOfDeathUnknown ? { eventDate: details.dateOfDeath } : {}),
  };
}
