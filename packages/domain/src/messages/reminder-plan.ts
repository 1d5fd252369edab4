import { addDays, CivilDate, Closures, formatCivilDate, Instant, isWorkingDay, londonInstant, parseCivilDate, serviceDay } from '@regflow/calendar';
import { instantMillis } from '../instants';

/** Residents' reminders arrive mid-morning, London time. */
export const REMINDER_TIME = '10:00';
/** Staff escalations arrive at the start of the London working day. */
export const ESCALATION_TIME = '09:00';

/** The days after the notice day that the notice must be published before a ceremony. */
export const NOTICE_PERIOD_DAYS = 28;
export const REFERRED_NOTICE_PERIOD_DAYS = 70;
/** A notice stays valid for 12 months; staff are warned this many days before it lapses. */
export const NOTICE_EXPIRY_WARNING_DAYS = 30;
/** The GRO counts a death registered on time when it is registered within 5 calendar days of the death. */
const DEATH_REGISTRATION_DAYS = 5;
const DEATH_CHECK_DAY = 4;
/** The law allows 42 days from the birth to register it. */
const BIRTH_REGISTRATION_DAYS = 42;
/** A week before the 42-day limit for registering a birth. */
const BIRTH_CHECK_DAY = 35;

/** The last working day before `day` (weekends, bank holidays and service closures skipped). */
export function previousWorkingDay(day: CivilDate, closures?: Closures): CivilDate {
  let candidate = addDays(day, -1);
  while (!isWorkingDay(candidate, closures)) candidate = addDays(candidate, -1);
  return candidate;
}

/** How an appointment type reminds: `workingDaysBefore` 0 sends none. */
export interface ReminderSettings {
  readonly workingDaysBefore: number;
  /** London wall-clock time, `HH:mm`. */
  readonly at: string;
}

export const DEFAULT_REMINDER: ReminderSettings = { workingDaysBefore: 1, at: REMINDER_TIME };

/** The instant of a resident's reminder: by default 10:00 London on the working day before the appointment's service day. */
export function reminderDueAt(startsAt: Instant, closures?: Closures, settings: ReminderSettings = DEFAULT_REMINDER): Date {
  let day = serviceDay(startsAt);
  for (let step = 0; step < settings.workingDaysBefore; step += 1) day = previousWorkingDay(day, closures);
  return londonInstant(day, settings.at);
}

export interface ReminderPlanInput {
  readonly startsAt: Instant;
  readonly now: Instant;
  readonly closures?: Closures;
  /** The appointment type's choice; the default when absent. */
  readonly settings?: ReminderSettings;
}

export interface ReminderPlan {
  readonly dueAt: Date;
}

/**
 * When to remind the resident of an appointment, or null when no reminder should be sent: its
 * time has already passed (a booking made late on the day before), or the appointment is today.
 */
export function planReminder(input: ReminderPlanInput): ReminderPlan | null {
  const settings = input.settings ?? DEFAULT_REMINDER;
  if (settings.workingDaysBefore === 0 || serviceDay(input.startsAt) <= serviceDay(input.now)) return null;
  const dueAt = reminderDueAt(input.startsAt, input.closures, settings);
  return dueAt.getTime() < instantMillis(input.now) ? null : { dueAt };
}

/** The last day a death can be registered and still count as registered within 5 days. */
export function deathRegistrationDueBy(diedOn: CivilDate): CivilDate {
  return addDays(diedOn, DEATH_REGISTRATION_DAYS);
}

/** The last day of the 42 days the law allows for registering a birth. */
export function birthRegistrationDueBy(bornOn: CivilDate): CivilDate {
  return addDays(bornOn, BIRTH_REGISTRATION_DAYS);
}

/** The warning to staff on day 4 after a death (calendar days, as the GRO's 5-day indicator counts them). */
export function deathNotRegisteredCheckAt(diedOn: CivilDate): Date {
  return londonInstant(addDays(diedOn, DEATH_CHECK_DAY), ESCALATION_TIME);
}

/** The warning to staff on day 35 after a birth, a week before the 42-day limit. */
export function birthApproachingLimitCheckAt(bornOn: CivilDate): Date {
  return londonInstant(addDays(bornOn, BIRTH_CHECK_DAY), ESCALATION_TIME);
}

/**
 * The first day a ceremony may take place: the notice is published for the 28 days (70 when
 * referred to the Home Office) after the day it was given, and the ceremony may follow the next day.
 */
export function firstCeremonyDay(noticeGivenOn: CivilDate, referred: boolean): CivilDate {
  return addDays(noticeGivenOn, (referred ? REFERRED_NOTICE_PERIOD_DAYS : NOTICE_PERIOD_DAYS) + 1);
}

/** The message to staff that a notice period has ended: 09:00 London on the first day a ceremony may take place. */
export function noticePeriodEndedCheckAt(noticeGivenOn: CivilDate, referred: boolean): Date {
  return londonInstant(firstCeremonyDay(noticeGivenOn, referred), ESCALATION_TIME);
}

/**
 * The last day a notice is valid: 12 months beginning with the day it was given end the day before
 * its anniversary; a notice given on 29 February, with no anniversary, is valid to the end of February.
 */
export function noticeValidUntil(noticeGivenOn: CivilDate): CivilDate {
  const given = parseCivilDate(noticeGivenOn);
  const anniversary = given.plus({ months: 12 });
  return anniversary.day === given.day ? addDays(formatCivilDate(anniversary), -1) : formatCivilDate(anniversary);
}

/** The warning to staff 30 days before a notice with no ceremony lapses. */
export function noticeExpiryWarningAt(noticeGivenOn: CivilDate): Date {
  return londonInstant(addDays(noticeValidUntil(noticeGivenOn), 1 - NOTICE_EXPIRY_WARNING_DAYS), ESCALATION_TIME);
}

/** The warning to staff that a request has no offered appointment: 09:00 London on the working day before its target deadline. */
export function offerDeadlineWarningAt(deadlineDay: CivilDate, closures?: Closures): Date {
  return londonInstant(previousWorkingDay(deadlineDay, closures), ESCALATION_TIME);
}
