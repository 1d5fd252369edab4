import { ComplianceError } from './compliance.errors';
import { formatFigure, IndicatorUnit, tenths } from './figures';
import { complianceIndicator, IndicatorCode } from './indicators';

/** A month's figure: `month` is `yyyy-mm`. */
export interface MonthlyFigure {
  readonly month: string;
  readonly value: number;
}

export interface PerformanceDetailsInput {
  readonly indicator: IndicatorCode;
  /** The month reported, `yyyy-mm`. */
  readonly month: string;
  readonly value: number;
  /** Earlier months' figures, in any order; gaps are allowed. */
  readonly history: readonly MonthlyFigure[];
  /** The target to compare with; the indicator's default when absent, none when null. */
  readonly target?: number | null;
}

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MONTHS_BACK_NAMED_WITHOUT_YEAR = 11;
const FIGURE_NOUN = { percent: 'out-turn', count: 'calendar-month figure' } as const;

interface MonthOfFigure extends MonthlyFigure {
  readonly index: number;
}

function monthIndex(month: string): number {
  const parts = MONTH.exec(month);
  if (!parts) throw new ComplianceError('invalid-history', `"${month}" is not a month: write it as yyyy-mm, e.g. 2021-12`);
  return Number(parts[1]) * 12 + Number(parts[2]) - 1;
}

/** "August's", or "August 2020's" once it is a year or more before the month reported. */
function monthName(index: number, reportedIndex: number): string {
  const name = MONTH_NAMES[index % 12];
  return reportedIndex - index > MONTHS_BACK_NAMED_WITHOUT_YEAR ? `${name} ${Math.floor(index / 12)}` : name;
}

/** The history, most recent month first. */
function earlierMonths(history: readonly MonthlyFigure[], reportedIndex: number): MonthOfFigure[] {
  const months = history.map((figure) => ({ ...figure, index: monthIndex(figure.month) }));
  const notEarlier = months.find((figure) => figure.index >= reportedIndex);
  if (notEarlier) {
    throw new ComplianceError('invalid-history', `the history has ${notEarlier.month}, which is not before the month reported: give earlier months only`);
  }
  const repeated = months.find((figure, position) => months.findIndex((other) => other.index === figure.index) !== position);
  if (repeated) throw new ComplianceError('invalid-history', `the history has ${repeated.month} twice: give each month once`);
  return months.sort((one, other) => other.index - one.index);
}

/** ", the highest out-turn since August's 80.6%": how the month compares with the months before it. */
function comparisonClause(value: number, reportedIndex: number, history: readonly MonthOfFigure[], format: (value: number) => string, noun: string): string {
  const [latest] = history;
  if (latest === undefined) return '';
  const shown = tenths(value);
  const possessive = (figure: MonthOfFigure) => `${monthName(figure.index, reportedIndex)}'s ${format(figure.value)}`;
  if (shown === tenths(latest.value)) return `, the same as ${possessive(latest)}`;
  const rising = shown > tenths(latest.value);
  const extreme = rising ? 'highest' : 'lowest';
  const lastAsFar = history.find((figure) => (rising ? tenths(figure.value) >= shown : tenths(figure.value) <= shown));
  if (lastAsFar) return `, the ${extreme} ${noun} since ${possessive(lastAsFar)}`;
  if (history.length === 1) return `, ${rising ? 'up' : 'down'} from ${possessive(latest)}`;
  return `, the ${extreme} ${noun} of the ${history.length + 1} months on record`;
}

/** " That is below the target of 90%." The target is written as set, like the report's "target of 90%". */
function targetSentence(value: number, target: number | null, unit: IndicatorUnit): string {
  if (target === null) return '';
  const [shown, aimedFor] = [tenths(value), tenths(target)];
  const comparison = shown === aimedFor ? 'exactly' : shown > aimedFor ? 'above' : 'below';
  return ` That is ${comparison} the target of ${unit === 'percent' ? `${target}%` : formatFigure(target, unit)}.`;
}

/**
 * A first draft of the scorecard's PERFORMANCE DETAILS in the style of the reference report:
 * "December's percentage of deaths registered within 5 days was 80.1%, the highest out-turn since
 * August's 80.6%. That is below the target of 90%."
 */
export function draftPerformanceDetails(input: PerformanceDetailsInput): string {
  const indicator = complianceIndicator(input.indicator);
  const reportedIndex = monthIndex(input.month);
  const history = earlierMonths(input.history, reportedIndex);
  const format = (value: number) => formatFigure(value, indicator.unit);
  const target = input.target === undefined ? (indicator.thresholds?.target ?? null) : input.target;
  const comparison = comparisonClause(input.value, reportedIndex, history, format, FIGURE_NOUN[indicator.unit]);
  return `${MONTH_NAMES[reportedIndex % 12]}'s ${indicator.detailsPhrase} was ${format(input.value)}${comparison}.${targetSentence(input.value, target, indicator.unit)}`;
}
