import { ComplianceError } from './compliance.errors';
import { isDayInPeriod, monthName, monthsBefore, monthsFrom, nextMonth, parsePeriod, periodContaining, periodFromDates, previousPeriod, ReportingPeriod, scoringWindow } from './periods';

const span = (period: ReportingPeriod) => [period.kind, period.label, period.from, period.to];

describe('parsePeriod', () => {
  it.each([
    ['2021-12', 'month', '2021-12', '2021-12-01', '2021-12-31'],
    ['2022-02', 'month', '2022-02', '2022-02-01', '2022-02-28'],
    ['2024-02', 'month', '2024-02', '2024-02-01', '2024-02-29'],
    ['2021-Q1', 'quarter', '2021-Q1', '2021-04-01', '2021-06-30'],
    ['2021-Q2', 'quarter', '2021-Q2', '2021-07-01', '2021-09-30'],
    ['2021-Q3', 'quarter', '2021-Q3', '2021-10-01', '2021-12-31'],
    ['2021-Q4', 'quarter', '2021-Q4', '2022-01-01', '2022-03-31'],
    [' 2021-q3 ', 'quarter', '2021-Q3', '2021-10-01', '2021-12-31'],
    ['2021/22', 'financial-year', '2021/22', '2021-04-01', '2022-03-31'],
    ['2021/2022', 'financial-year', '2021/22', '2021-04-01', '2022-03-31'],
    ['1999/00', 'financial-year', '1999/00', '1999-04-01', '2000-03-31'],
  ])('%s is %s %s, %s to %s', (text, kind, label, from, to) => {
    expect(span(parsePeriod(text))).toEqual([kind, label, from, to]);
  });

  it.each([
    ['2021-13', /not a month/],
    ['2021-00', /not a month/],
    ['2021-Q5', /quarters are Q1 to Q4/],
    ['2021-Q0', /quarters are Q1 to Q4/],
    ['2021/23', /the second year must follow the first, e\.g\. 2021\/22/],
    ['2021/2023', /the second year must follow the first, e\.g\. 2021\/2022/],
    ['Q3 2021', /not a period: write a month as 2021-12/],
    ['2021-12-01', /not a period/],
    ['', /not a period/],
  ])('refuses %j', (text, message) => {
    expect(() => parsePeriod(text)).toThrow(message);
    expect(() => parsePeriod(text)).toThrow(expect.objectContaining({ code: 'invalid-period' }));
  });
});

describe('previousPeriod', () => {
  it.each([
    ['2021-12', '2021-11'],
    ['2022-01', '2021-12'],
    ['2022-03', '2022-02'],
    ['2021-Q4', '2021-Q3'],
    ['2021-Q1', '2020-Q4'],
    ['2021/22', '2020/21'],
    ['2000/01', '1999/00'],
  ])('before %s comes %s', (label, expected) => {
    expect(previousPeriod(parsePeriod(label))).toEqual(parsePeriod(expected));
  });

  it.each([
    ['ten days', '2021-10-05', '2021-10-14', '2021-09-25', '2021-10-04'],
    ['thirty days across the end of February', '2022-03-01', '2022-03-30', '2022-01-30', '2022-02-28'],
    ['one day', '2022-06-03', '2022-06-03', '2022-06-02', '2022-06-02'],
  ])('before a range of %s comes as many days', (_case, from, to, previousFrom, previousTo) => {
    const previous = previousPeriod(periodFromDates(from, to));
    expect([previous.from, previous.to]).toEqual([previousFrom, previousTo]);
  });

  it('names the previous range when it happens to be a month', () => {
    expect(span(previousPeriod(periodFromDates('2021-10-01', '2021-10-30')))).toEqual(['month', '2021-09', '2021-09-01', '2021-09-30']);
  });
});

describe('periodFromDates', () => {
  it.each([
    ['2021-12-01', '2021-12-31', 'month', '2021-12'],
    ['2021-10-01', '2021-12-31', 'quarter', '2021-Q3'],
    ['2022-01-01', '2022-03-31', 'quarter', '2021-Q4'],
    ['2021-04-01', '2022-03-31', 'financial-year', '2021/22'],
    ['2021-10-01', '2021-11-30', 'range', '2021-10-01..2021-11-30'],
    ['2021-01-01', '2021-12-31', 'range', '2021-01-01..2021-12-31'],
    ['2021-12-02', '2021-12-31', 'range', '2021-12-02..2021-12-31'],
  ])('%s to %s is %s %s', (from, to, kind, label) => {
    expect(span(periodFromDates(from, to))).toEqual([kind, label, from, to]);
  });

  it.each([
    ['2022-02-30', '2022-03-31', /the first day "2022-02-30" is not a calendar date/],
    ['2022-03-01', '31/03/2022', /the last day "31\/03\/2022" is not a calendar date/],
    ['2022-03-31', '2022-03-01', /the period ends \(2022-03-01\) before it starts \(2022-03-31\)/],
  ])('refuses %s to %s', (from, to, message) => {
    expect(() => periodFromDates(from, to)).toThrow(message);
    expect(() => periodFromDates(from, to)).toThrow(ComplianceError);
  });
});

describe('periodContaining', () => {
  it.each([
    ['month', '2022-06-30', '2022-06'],
    ['quarter', '2021-04-01', '2021-Q1'],
    ['quarter', '2021-12-31', '2021-Q3'],
    ['quarter', '2022-02-14', '2021-Q4'],
    ['financial-year', '2022-03-31', '2021/22'],
    ['financial-year', '2022-04-01', '2022/23'],
  ] as const)('the %s of %s is %s', (kind, day, label) => {
    expect(periodContaining(kind, day)).toEqual(parsePeriod(label));
  });
});

describe('isDayInPeriod', () => {
  const quarter = parsePeriod('2021-Q3');
  it.each([
    ['2021-09-30', false],
    ['2021-10-01', true],
    ['2021-12-31', true],
    ['2022-01-01', false],
  ])('%s in 2021-Q3: %s', (day, expected) => {
    expect(isDayInPeriod(day, quarter)).toBe(expected);
  });
});

describe('labels', () => {
  it('write the year with four digits, even one no report covers', () => {
    expect(parsePeriod('0000-01').label).toBe('0000-01');
    expect(parsePeriod('0999-Q2').label).toBe('0999-Q2');
  });
});

describe('month arithmetic', () => {
  it('steps back months across a year end, and forward from December', () => {
    expect(monthsBefore(parsePeriod('2021-12'), 12).label).toBe('2020-12');
    expect(monthsBefore(parsePeriod('2022-02'), 3)).toEqual({ kind: 'month', label: '2021-11', from: '2021-11-01', to: '2021-11-30' });
    expect(nextMonth(parsePeriod('2021-12'))).toEqual({ kind: 'month', label: '2022-01', from: '2022-01-01', to: '2022-01-31' });
  });

  it('lists the months of a series, February of a leap year included', () => {
    expect(monthsFrom(parsePeriod('2023-11'), parsePeriod('2024-03')).map((month) => `${month.label} ${month.to}`)).toEqual([
      '2023-11 2023-11-30',
      '2023-12 2023-12-31',
      '2024-01 2024-01-31',
      '2024-02 2024-02-29',
      '2024-03 2024-03-31',
    ]);
  });

  it('names the month as the report does', () => {
    expect(monthName(parsePeriod('2021-12'))).toBe('December');
    expect(monthName(parsePeriod('2022-03'))).toBe('March');
  });

  it('reads events from 60 days before a period and closures to 60 days after it', () => {
    expect(scoringWindow(parsePeriod('2022-03'))).toEqual({
      events: { from: '2021-12-31', to: '2022-03-31' },
      closures: { from: '2021-12-31', to: '2022-05-30' },
    });
  });
});
