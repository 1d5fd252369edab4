import { addDays, Instant, londonInstant, serviceDay } from '@regflow/calendar';
import { AppointmentStatus, AppointmentTypeCode } from '@regflow/contracts';

/** The satisfaction question arrives mid-morning, London time, the day after the appointment. */
export const SATISFACTION_TIME = '10:00';
/** The longest comment a resident may add to their rating. */
export const SATISFACTION_COMMENT_LENGTH = 1000;

/** Residents are never asked to rate the service after registering a still-birth. */
export function asksSatisfaction(typeCode: AppointmentTypeCode): boolean {
  return typeCode !== 'still-birth';
}

/** Whether a resident may rate the service now: they came to their appointment (registered counts too). */
export function isSatisfactionOpen(typeCode: AppointmentTypeCode, status: AppointmentStatus): boolean {
  return asksSatisfaction(typeCode) && (status === 'attended' || status === 'registered');
}

/** 10:00 London on the day after the appointment was marked attended (or registered). */
export function satisfactionDueAt(attendedAt: Instant): Date {
  return londonInstant(addDays(serviceDay(attendedAt), 1), SATISFACTION_TIME);
}
