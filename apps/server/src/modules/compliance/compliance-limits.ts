import { BANK_HOLIDAY_YEARS } from '@regflow/calendar';
import { monthsFrom, parsePeriod, ReportingPeriod } from '@regflow/domain';
import { complianceErrors } from './compliance.errors';

/**
 * How much one compliance report may cover, so no request can ask for centuries of scoring. The
 * months are the ones the working-day calendar knows bank holidays for.
 */
export const REPORT_LIMITS = {
  firstMonth: `${BANK_HOLIDAY_YEARS.first}-01`,
  lastMonth: `${BANK_HOLIDAY_YEARS.last}-12`,
  /** A series covers at most this many months. */
  seriesMonths: 60,
  /** Comparison years go back at most this many years before the month compared. */
  comparisonYearsBack: 10,
} as const;

const FIRST_DAY = `${REPORT_LIMITS.firstMonth}-01`;
const LAST_DAY = `${REPORT_LIMITS.lastMonth}-31`;
const MONTHS_COVERED = `reports cover ${REPORT_LIMITS.firstMonth} to ${REPORT_LIMITS.lastMonth}`;

/** A scorecard, breakdown or drill-down period (a month, a quarter or a financial year: at most a year) within the months reports cover. */
export function reportPeriod(label: string): ReportingPeriod {
  const period = parsePeriod(label);
  if (period.from < FIRST_DAY || period.to > LAST_DAY) throw complianceErrors.outOfBounds(`${label.trim()} is outside the months ${MONTHS_COVERED}: choose a period between them`);
  return period;
}

/** The months of a series: `from` to `to`, in order, at most `REPORT_LIMITS.seriesMonths` of them. */
export function seriesMonths(fromLabel: string, toLabel: string): ReportingPeriod[] {
  const [first, last] = [reportPeriod(fromLabel), reportPeriod(toLabel)];
  if (last.from < first.from) throw complianceErrors.outOfBounds(`the series ends (${last.label}) before it starts (${first.label}): give from, then a later or equal to`);
  const months = monthsFrom(first, last);
  if (months.length > REPORT_LIMITS.seriesMonths) {
    throw complianceErrors.outOfBounds(`a series covers at most ${REPORT_LIMITS.seriesMonths} months (${first.label} to ${last.label} is ${months.length}): ask for a shorter range, or several`);
  }
  return months;
}

/** The earlier years a month is compared with: none after its own year, none more than `comparisonYearsBack` before it. */
export function comparisonYears(monthYear: number, against: readonly number[]): readonly number[] {
  const earliest = Math.max(monthYear - REPORT_LIMITS.comparisonYearsBack, BANK_HOLIDAY_YEARS.first);
  const outside = against.filter((year) => year < earliest || year > monthYear);
  if (outside.length > 0) {
    throw complianceErrors.outOfBounds(`against ${outside.join(', ')}: compare with years from ${earliest} to ${monthYear} (at most ${REPORT_LIMITS.comparisonYearsBack} years before the month)`);
  }
  return against;
}
