import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { BANK_HOLIDAY_YEARS, bankHolidays, isBankHoliday, isCalendarDay } from './bank-holidays';
import { CalendarError } from './calendar.errors';

const dates = (year: number) => bankHolidays(year).map((holiday) => holiday.date);
const isWeekend = (day: string) => DateTime.fromISO(day).weekday >= 6;

/** Where the rules library is wrong and the official list right: a test fails when either changes. */
const KNOWN_RULES_ERRORS: Record<number, { missing: string[]; extra: string[] }> = {
  2012: { missing: ['2012-06-04'], extra: ['2012-05-28'] },
};

describe('bankHolidays', () => {
  it.each([
    ['Christmas and Boxing Day at a weekend: both substituted', 2021, ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28']],
    [
      'the Platinum Jubilee, the moved spring holiday, the state funeral, New Year and Christmas substitutes',
      2022,
      ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27'],
    ],
    ['the coronation and a New Year substitute', 2023, ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26']],
    ['the VE day move and a Boxing Day substitute', 2020, ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28']],
    ['Christmas on a Sunday: substitute on the Tuesday', 2016, ['2016-01-01', '2016-03-25', '2016-03-28', '2016-05-02', '2016-05-30', '2016-08-29', '2016-12-26', '2016-12-27']],
    ['the Diamond Jubilee', 2012, ['2012-01-02', '2012-04-06', '2012-04-09', '2012-05-07', '2012-06-04', '2012-06-05', '2012-08-27', '2012-12-25', '2012-12-26']],
  ])('%s (%i)', (_case, year, expected) => {
    expect(dates(year)).toEqual(expected);
  });

  it('projects years after the official list from the rules, weekend dates dropped for their substitutes', () => {
    expect(bankHolidays(2033).every((holiday) => holiday.source === 'rules')).toBe(true);
    expect(dates(2033)).toEqual(['2033-01-03', '2033-04-15', '2033-04-18', '2033-05-02', '2033-05-30', '2033-08-29', '2033-12-26', '2033-12-27']);
  });

  it('every year of the bundled official list agrees with the date-holidays rules, but for their known errors', () => {
    const rules = new Holidays('GB', 'ENG');
    for (let year = BANK_HOLIDAY_YEARS.first; year <= BANK_HOLIDAY_YEARS.lastOfficial; year += 1) {
      const official = dates(year);
      const projected = rules
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => holiday.date.slice(0, 10))
        .filter((day) => !isWeekend(day));
      const differences = {
        missing: official.filter((day) => !projected.includes(day)),
        extra: projected.filter((day) => !official.includes(day)),
      };
      expect({ year, ...differences }).toEqual({ year, ...(KNOWN_RULES_ERRORS[year] ?? { missing: [], extra: [] }) });
    }
  });

  it('lists every year in date order with no weekend dates', () => {
    for (let year = BANK_HOLIDAY_YEARS.first; year <= 2040; year += 1) {
      const list = dates(year);
      expect(list).toEqual([...list].sort());
      expect(list.filter(isWeekend)).toEqual([]);
    }
  });

  it.each([2011, 1999, 2100, 2022.5, Number.NaN])('refuses a year with no data: %s', (year) => {
    expect(() => bankHolidays(year)).toThrow(CalendarError);
    expect(() => bankHolidays(year)).toThrow(/no England and Wales bank-holiday data/);
  });
});

describe('isBankHoliday', () => {
  it.each([
    ['2022-06-03', true],
    ['2022-05-30', false],
    ['2020-05-08', true],
    ['2020-05-04', false],
    ['2022-09-19', true],
    ['2023-05-08', true],
    ['2021-12-25', false],
  ])('%s is %s', (day, expected) => {
    expect(isBankHoliday(day)).toBe(expected);
  });
});

describe('isCalendarDay', () => {
  it.each([
    ['2022-06-03', true],
    [`${BANK_HOLIDAY_YEARS.first}-01-01`, true],
    [`${BANK_HOLIDAY_YEARS.first - 1}-12-31`, false],
    ['2099-12-31', true],
    ['2100-01-01', false],
    ['2022-02-30', false],
    ['2022-6-3', false],
  ])('%s is a day the calendar knows: %s', (day, known) => {
    expect(isCalendarDay(day)).toBe(known);
  });
});
