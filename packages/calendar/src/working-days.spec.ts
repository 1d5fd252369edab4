import { DateTime } from 'luxon';
import { CalendarError } from './calendar.errors';
import { addDays } from './civil-date';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';

describe('isWorkingDay', () => {
  it.each([
    ['an ordinary Wednesday', '2022-07-06', true],
    ['a Saturday', '2022-07-02', false],
    ['a Sunday', '2022-07-03', false],
    ['Good Friday 2022', '2022-04-15', false],
    ['Easter Monday 2022', '2022-04-18', false],
    ['the Tuesday after Easter', '2022-04-19', true],
    ['the 2020 VE day holiday, moved to a Friday', '2020-05-08', false],
    ['the first Monday of May 2020, a working day that year', '2020-05-04', true],
    ['the Platinum Jubilee', '2022-06-03', false],
    ['the last Monday of May 2022, a working day because the spring holiday moved', '2022-05-30', true],
    ['the state funeral of Queen Elizabeth II', '2022-09-19', false],
    ['the coronation of King Charles III', '2023-05-08', false],
    ['Christmas substitute Monday 2021', '2021-12-27', false],
    ['Boxing Day substitute Tuesday 2021', '2021-12-28', false],
    ['between Christmas and New Year 2021', '2021-12-29', true],
    ['New Year substitute Monday 2022', '2022-01-03', false],
    ['clocks-forward Monday', '2022-03-28', true],
    ['clocks-back Monday', '2022-10-31', true],
  ])('%s (%s): %s', (_case, day, expected) => {
    expect(isWorkingDay(day)).toBe(expected);
  });

  it('treats a service-wide closure as a non-working day, given as a list or a set', () => {
    expect(isWorkingDay('2022-07-06', ['2022-07-06'])).toBe(false);
    expect(isWorkingDay('2022-07-06', new Set(['2022-07-06']))).toBe(false);
    expect(isWorkingDay('2022-07-07', ['2022-07-06'])).toBe(true);
  });

  it.each(['2022-02-30', '2022-13-01', 'abc', '2022-7-6', ''])('refuses %s', (day) => {
    expect(() => isWorkingDay(day)).toThrow(CalendarError);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['a same-day target is the request day itself', '2022-07-06', 0, '2022-07-06'],
    ['a request on a Saturday has Monday as its first working day', '2022-07-02', 1, '2022-07-04'],
    ['a request on a Sunday, two working days', '2022-07-03', 2, '2022-07-05'],
    ['a birth (5 working days) from a Wednesday crosses a weekend', '2022-07-06', 5, '2022-07-13'],
    ['a death (2 working days) on the Thursday before Christmas 2021', '2021-12-23', 2, '2021-12-29'],
    ['a death on Christmas Eve 2021, a Friday', '2021-12-24', 2, '2021-12-30'],
    ['across New Year 2022 and its substitute Monday', '2021-12-31', 1, '2022-01-04'],
    ['a birth across the Platinum Jubilee weekend', '2022-05-27', 5, '2022-06-07'],
    ['across Easter 2022', '2022-04-14', 1, '2022-04-19'],
    ['across the 2020 VE day Friday', '2020-05-07', 1, '2020-05-11'],
    ['across the state funeral', '2022-09-16', 1, '2022-09-20'],
    ['across the coronation weekend', '2023-05-05', 1, '2023-05-09'],
    ['a notice (10 working days) from the Friday before clocks go forward', '2022-03-25', 10, '2022-04-08'],
    ['over the clocks-back weekend', '2022-10-28', 1, '2022-10-31'],
    ['into the years projected by the rules', '2027-12-24', 1, '2027-12-29'],
  ])('%s: %s + %i = %s', (_case, day, count, expected) => {
    expect(addWorkingDays(day, count)).toBe(expected);
  });

  it('skips service-wide closures', () => {
    expect(addWorkingDays('2022-07-02', 1, ['2022-07-04'])).toBe('2022-07-05');
    expect(addWorkingDays('2022-07-06', 5, new Set(['2022-07-07', '2022-07-08']))).toBe('2022-07-15');
  });

  it.each([-1, 1.5, Number.NaN])('refuses the count %s', (count) => {
    expect(() => addWorkingDays('2022-07-06', count)).toThrow(/0 or more/);
  });

  it('refuses to step into a year with no bank-holiday data rather than guess', () => {
    expect(() => addWorkingDays('2099-12-30', 2)).toThrow(/no England and Wales bank-holiday data for 2100/);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['the same day', '2022-07-06', '2022-07-06', 0],
    ['Friday to Monday', '2022-07-01', '2022-07-04', 1],
    ['Saturday to Monday', '2022-07-02', '2022-07-04', 1],
    ['Christmas week 2021', '2021-12-24', '2021-12-31', 3],
    ['over the jubilee', '2022-05-31', '2022-06-06', 2],
    ['backwards', '2022-07-04', '2022-07-01', -1],
  ])('%s: %s to %s is %i', (_case, from, to, expected) => {
    expect(workingDaysBetween(from, to)).toBe(expected);
  });

  it('counts closures as non-working', () => {
    expect(workingDaysBetween('2022-07-01', '2022-07-06', ['2022-07-05'])).toBe(2);
  });

  it('is the inverse of addWorkingDays for every day of 2020 to 2023 and targets of 0 to 10', () => {
    for (let day = DateTime.utc(2020, 1, 1); day.year < 2024; day = day.plus({ days: 1 })) {
      const start = day.toFormat('yyyy-MM-dd');
      for (const count of [0, 1, 2, 5, 10]) {
        expect(workingDaysBetween(start, addWorkingDays(start, count))).toBe(count);
      }
    }
  });
});

describe('addDays', () => {
  it.each([
    ['2022-03-26', 1, '2022-03-27'],
    ['2022-03-27', 1, '2022-03-28'],
    ['2022-10-30', -1, '2022-10-29'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2021-12-31', 1, '2022-01-01'],
  ])('%s + %i calendar days = %s, across clock changes and leap days', (day, count, expected) => {
    expect(addDays(day, count)).toBe(expected);
  });
});
