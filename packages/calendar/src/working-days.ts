import { DateTime } from 'luxon';
import { bankHolidayDates } from './bank-holidays';
import { CalendarError } from './calendar.errors';
import { CivilDate, formatCivilDate, parseCivilDate } from './civil-date';

/** Service-wide closure days a manager has set; they count as non-working days. */
export type Closures = ReadonlySet<CivilDate> | readonly CivilDate[];

const NO_CLOSURES: ReadonlySet<CivilDate> = new Set();
const SATURDAY = 6;

function asSet(closures: Closures | undefined): ReadonlySet<CivilDate> {
  if (!closures) return NO_CLOSURES;
  return closures instanceof Set ? closures : new Set(closures);
}

function isWorking(date: DateTime, closures: ReadonlySet<CivilDate>): boolean {
  if (date.weekday >= SATURDAY) return false;
  const day = formatCivilDate(date);
  return !bankHolidayDates(date.year).has(day) && !closures.has(day);
}

/** Monday to Friday, not an England and Wales bank holiday, and not a service-wide closure. */
export function isWorkingDay(day: CivilDate, closures?: Closures): boolean {
  return isWorking(parseCivilDate(day), asSet(closures));
}

/**
 * The day reached by stepping forward `count` working days from `day` (day 0, which need not be
 * a working day itself): a Saturday plus one working day is the Monday.
 */
export function addWorkingDays(day: CivilDate, count: number, closures?: Closures): CivilDate {
  if (!Number.isInteger(count) || count < 0) {
    throw new CalendarError('invalid-count', `"${count}" is not a count of working days: use a whole number, 0 or more`);
  }
  const closed = asSet(closures);
  let date = parseCivilDate(day);
  for (let stepped = 0; stepped < count; ) {
    date = date.plus({ days: 1 });
    if (isWorking(date, closed)) stepped += 1;
  }
  return formatCivilDate(date);
}

/**
 * How many working days lie after `from` up to and including `to`: the count `addWorkingDays`
 * steps, so `workingDaysBetween(d, addWorkingDays(d, n)) === n`. Negative when `to` is earlier.
 */
export function workingDaysBetween(from: CivilDate, to: CivilDate, closures?: Closures): number {
  const start = parseCivilDate(from);
  const end = parseCivilDate(to);
  if (end < start) return -workingDaysBetween(to, from, closures);
  const closed = asSet(closures);
  let count = 0;
  for (let date = start.plus({ days: 1 }); date <= end; date = date.plus({ days: 1 })) {
    if (isWorking(date, closed)) count += 1;
  }
  return count;
}
