import Holidays from 'date-holidays';
import { CalendarError } from './calendar.errors';
import { CivilDate, isCivilDate, parseCivilDate } from './civil-date';
import officialList from './data/england-and-wales.json';

export interface BankHoliday {
  readonly date: CivilDate;
  readonly title: string;
  /** `official`: the published GOV.UK list bundled here; `rules`: projected by date-holidays (GB, ENG). */
  readonly source: 'official' | 'rules';
}

/** The years this package can answer for: the bundled official list, then date-holidays' rules. */
export const BANK_HOLIDAY_YEARS = {
  first: officialList.firstYear,
  lastOfficial: officialList.lastYear,
  last: 2099,
} as const;

/** A real `yyyy-mm-dd` date in a year this calendar can answer for (2022-02-30 and 1999-01-01 are not). */
export function isCalendarDay(text: string): boolean {
  if (!isCivilDate(text)) return false;
  const year = Number(text.slice(0, 4));
  return year >= BANK_HOLIDAY_YEARS.first && year <= BANK_HOLIDAY_YEARS.last;
}

const SATURDAY = 6;

const byYear = new Map<number, readonly BankHoliday[]>();
const datesByYear = new Map<number, ReadonlySet<CivilDate>>();

function officialHolidays(year: number): readonly BankHoliday[] {
  return officialList.events
    .filter((event) => event.date.startsWith(`${year}-`))
    .map((event) => ({ date: event.date, title: event.title, source: 'official' as const }));
}

/**
 * date-holidays lists a holiday on its calendar date even when it falls at a weekend, followed by
 * its substitute weekday; only the weekdays are bank holidays.
 */
function projectedHolidays(year: number): readonly BankHoliday[] {
  return new Holidays('GB', 'ENG')
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public')
    .map((holiday) => ({ date: holiday.date.slice(0, 10), title: holiday.name, source: 'rules' as const }))
    .filter((holiday) => parseCivilDate(holiday.date).weekday < SATURDAY);
}

/** England and Wales bank holidays of a year, in date order, substitute days and one-off holidays included. */
export function bankHolidays(year: number): readonly BankHoliday[] {
  if (!Number.isInteger(year) || year < BANK_HOLIDAY_YEARS.first || year > BANK_HOLIDAY_YEARS.last) {
    throw new CalendarError(
      'no-holiday-data',
      `no England and Wales bank-holiday data for ${year}: years ${BANK_HOLIDAY_YEARS.first} to ${BANK_HOLIDAY_YEARS.last} are covered`,
    );
  }
  let holidays = byYear.get(year);
  if (!holidays) {
    holidays = year <= BANK_HOLIDAY_YEARS.lastOfficial ? officialHolidays(year) : projectedHolidays(year);
    byYear.set(year, holidays);
  }
  return holidays;
}

/** The dates of `bankHolidays(year)` as a set, for lookups on every day stepped. */
export function bankHolidayDates(year: number): ReadonlySet<CivilDate> {
  let dates = datesByYear.get(year);
  if (!dates) {
    dates = new Set(bankHolidays(year).map((holiday) => holiday.date));
    datesByYear.set(year, dates);
  }
  return dates;
}

export function isBankHoliday(day: CivilDate): boolean {
  return bankHolidayDates(parseCivilDate(day).year).has(day);
}
