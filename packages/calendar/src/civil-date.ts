import { DateTime } from 'luxon';
import { CalendarError } from './calendar.errors';

/** A calendar date with no time or zone, written `yyyy-MM-dd`. */
export type CivilDate = string;

const CIVIL_DATE_FORMAT = 'yyyy-MM-dd';
const CIVIL_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a `yyyy-MM-dd` date as a luxon DateTime at midnight UTC: civil dates carry no zone, so
 * stepping them in UTC never meets a clock change.
 */
export function parseCivilDate(text: string): DateTime<true> {
  const parsed = CIVIL_DATE_SHAPE.test(text)
    ? DateTime.fromFormat(text, CIVIL_DATE_FORMAT, { zone: 'utc' })
    : undefined;
  if (!parsed?.isValid) {
    throw new CalendarError('invalid-date', `"${text}" is not a calendar date: write it as yyyy-mm-dd, e.g. 2022-06-03`);
  }
  return parsed;
}

export function formatCivilDate(date: DateTime): CivilDate {
  const text = date.toISODate();
  if (text === null) throw new CalendarError('invalid-date', `cannot write an invalid date: ${date.invalidExplanation ?? 'unknown reason'}`);
  return text;
}

export function isCivilDate(text: string): boolean {
  try {
    parseCivilDate(text);
    return true;
  } catch {
    return false;
  }
}

/** The calendar day `count` days after `day` (before it when negative). */
export function addDays(day: CivilDate, count: number): CivilDate {
  if (!Number.isInteger(count)) throw new CalendarError('invalid-count', `"${count}" is not a whole number of days`);
  return formatCivilDate(parseCivilDate(day).plus({ days: count }));
}
