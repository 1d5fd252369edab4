import { addDays, CivilDate } from '@regflow/calendar';
import { civilDayNumber, daysInMonth } from './civil-time';
import { ComplianceError } from './compliance.errors';

export type NamedPeriodKind = 'month' | 'quarter' | 'financial-year';
export type PeriodKind = NamedPeriodKind | 'range';

export interface DateRange {
  readonly from: CivilDate;
  readonly to: CivilDate;
}

/** A reporting period: a month `2021-12`, a financial-year quarter `2021-Q3`, a financial year `2021/22`, or any other range of days. */
export interface ReportingPeriod extends DateRange {
  readonly kind: PeriodKind;
  readonly label: string;
}

const MONTHS_IN: Readonly<Record<NamedPeriodKind, number>> = { month: 1, quarter: 3, 'financial-year': 12 };
/** April, as a month index from 0. */
const FINANCIAL_YEAR_FIRST_MONTH = 3;
const MONTH_LABEL = /^(\d{4})-(\d{2})$/;
const QUARTER_LABEL = /^(\d{4})-Q(\d)$/i;
const FINANCIAL_YEAR_LABEL = /^(\d{4})\/(\d{2}|\d{4})$/;
const PERIOD_FORMS = 'write a month as 2021-12, a financial-year quarter as 2021-Q3 (October to December 2021) or a financial year as 2021/22';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const modulo = (value: number, divisor: number) => ((value % divisor) + divisor) % divisor;

/** Months counted from January of year 0, so that stepping back a period is a subtraction. */
function monthIndex(day: CivilDate): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

function financialYearOf(monthIndexValue: number): number {
  return Math.floor((monthIndexValue - FINANCIAL_YEAR_FIRST_MONTH) / 12);
}

function labelOf(kind: NamedPeriodKind, first: number): string {
  const financialYear = financialYearOf(first);
  switch (kind) {
    case 'month':
      return `${pad(Math.floor(first / 12), 4)}-${pad(modulo(first, 12) + 1)}`;
    case 'quarter':
      return `${pad(financialYear, 4)}-Q${Math.floor(modulo(first - FINANCIAL_YEAR_FIRST_MONTH, 12) / 3) + 1}`;
    case 'financial-year':
      return `${pad(financialYear, 4)}/${pad(modulo(financialYear + 1, 100))}`;
  }
}

function namedPeriod(kind: NamedPeriodKind, first: number): ReportingPeriod {
  const last = first + MONTHS_IN[kind] - 1;
  const [firstYear, firstMonth] = [Math.floor(first / 12), modulo(first, 12) + 1];
  const [lastYear, lastMonth] = [Math.floor(last / 12), modulo(last, 12) + 1];
  return {
    kind,
    label: labelOf(kind, first),
    from: `${pad(firstYear, 4)}-${pad(firstMonth)}-01`,
    to: `${pad(lastYear, 4)}-${pad(lastMonth)}-${pad(daysInMonth(lastYear, lastMonth))}`,
  };
}

export function monthPeriod(year: number, month: number): ReportingPeriod {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new ComplianceError('invalid-period', `${year}-${month} is not a month: ${PERIOD_FORMS}`);
  }
  return namedPeriod('month', year * 12 + month - 1);
}

/** Quarter 1 is April to June of `financialYear`; quarter 4 is January to March of the next calendar year. */
export function financialQuarterPeriod(financialYear: number, quarter: number): ReportingPeriod {
  if (!Number.isInteger(financialYear) || !Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw new ComplianceError('invalid-period', `${financialYear}-Q${quarter} is not a quarter: quarters are Q1 to Q4; ${PERIOD_FORMS}`);
  }
  return namedPeriod('quarter', financialYear * 12 + FINANCIAL_YEAR_FIRST_MONTH + (quarter - 1) * 3);
}

/** April of `firstYear` to March of the next year, written `2021/22`. */
export function financialYearPeriod(firstYear: number): ReportingPeriod {
  if (!Number.isInteger(firstYear)) throw new ComplianceError('invalid-period', `${firstYear} is not a year: ${PERIOD_FORMS}`);
  return namedPeriod('financial-year', firstYear * 12 + FINANCIAL_YEAR_FIRST_MONTH);
}

/** Reads `2021-12`, `2021-Q3`, `2021/22` (or `2021/2022`). */
export function parsePeriod(text: string): ReportingPeriod {
  const label = text.trim();
  const month = MONTH_LABEL.exec(label);
  if (month) return monthPeriod(Number(month[1]), Number(month[2]));
  const quarter = QUARTER_LABEL.exec(label);
  if (quarter) return financialQuarterPeriod(Number(quarter[1]), Number(quarter[2]));
  const financialYear = FINANCIAL_YEAR_LABEL.exec(label);
  if (financialYear) {
    const [first, second] = [Number(financialYear[1]), financialYear[2]];
    const expected = second.length === 2 ? pad(modulo(first + 1, 100)) : pad(first + 1, 4);
    if (second !== expected) {
      throw new ComplianceError('invalid-period', `"${text}" is not a financial year: the second year must follow the first, e.g. ${first}/${expected}`);
    }
    return financialYearPeriod(first);
  }
  throw new ComplianceError('invalid-period', `"${text}" is not a period: ${PERIOD_FORMS}`);
}

function dayNumberOf(day: CivilDate, what: string): number {
  const number = civilDayNumber(day);
  if (number === null) throw new ComplianceError('invalid-period', `${what} "${day}" is not a calendar date: write it as yyyy-mm-dd, e.g. 2021-10-01`);
  return number;
}

/** The days `from` to `to`, both included: a month, quarter or financial year when they span one exactly. */
export function periodFromDates(from: CivilDate, to: CivilDate): ReportingPeriod {
  if (dayNumberOf(from, 'the first day') > dayNumberOf(to, 'the last day')) {
    throw new ComplianceError('invalid-period', `the period ends (${to}) before it starts (${from}): give the first day, then the last`);
  }
  const named = (['month', 'quarter', 'financial-year'] as const)
    .map((kind) => periodContaining(kind, from))
    .find((period) => period.from === from && period.to === to);
  return named ?? { kind: 'range', label: `${from}..${to}`, from, to };
}

/** The month, quarter or financial year a day falls in. */
export function periodContaining(kind: NamedPeriodKind, day: CivilDate): ReportingPeriod {
  dayNumberOf(day, 'the day');
  const index = monthIndex(day);
  const monthsIntoFinancialYear = modulo(index - FINANCIAL_YEAR_FIRST_MONTH, 12);
  const first = index - (kind === 'month' ? 0 : modulo(monthsIntoFinancialYear, MONTHS_IN[kind]));
  return namedPeriod(kind, first);
}

/** The period of the same length just before: the previous month, quarter or financial year, or as many days before a range. */
export function previousPeriod(period: ReportingPeriod): ReportingPeriod {
  if (period.kind !== 'range') return namedPeriod(period.kind, monthIndex(period.from) - MONTHS_IN[period.kind]);
  const length = dayNumberOf(period.to, 'the last day') - dayNumberOf(period.from, 'the first day') + 1;
  return periodFromDates(addDays(period.from, -length), addDays(period.from, -1));
}

export function isDayInPeriod(day: CivilDate, period: DateRange): boolean {
  return day >= period.from && day <= period.to;
}

/** The month `count` months before `month` (a month period), e.g. 12 before 2021-12 is 2020-12. */
export function monthsBefore(month: ReportingPeriod, count: number): ReportingPeriod {
  return namedPeriod('month', monthIndex(month.from) - count);
}

/** The month after a month period: 2021-12 → 2022-01. */
export function nextMonth(month: ReportingPeriod): ReportingPeriod {
  return namedPeriod('month', monthIndex(month.from) + 1);
}

/** The months from `first` to `last` (month periods), in order. */
export function monthsFrom(first: ReportingPeriod, last: ReportingPeriod): ReportingPeriod[] {
  const months: ReportingPeriod[] = [];
  for (let month = namedPeriod('month', monthIndex(first.from)); month.from <= last.from; month = nextMonth(month)) months.push(month);
  return months;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** The English name of the month a period starts in, as the report writes it: "December". */
export function monthName(period: DateRange): string {
  return MONTH_NAMES[modulo(monthIndex(period.from), 12)];
}

/**
 * Calendar days before a period whose requests are read to score it: a request is filed on its
 * own service day, but a death requested weeks before is registered, and scored, in the period.
 */
export const SCORING_LOOK_BACK_DAYS = 60;

/** The days whose events, and whose service closures, scoring a range needs. */
export function scoringWindow(range: DateRange): { readonly events: DateRange; readonly closures: DateRange } {
  const from = addDays(range.from, -SCORING_LOOK_BACK_DAYS);
  return { events: { from, to: range.to }, closures: { from, to: addDays(range.to, SCORING_LOOK_BACK_DAYS) } };
}
