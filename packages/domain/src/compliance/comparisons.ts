import { formatFigure } from './figures';

export interface YearFigure {
  readonly year: number;
  readonly value: number;
}

export interface SameMonthComparison {
  readonly value: number;
  /** The mean of the earlier years' figures for the same month, rounded to a whole number as the report prints it. */
  readonly average: number | null;
  /** How far `value` is above (positive) or below the average, in percent to one decimal place. */
  readonly percentChange: number | null;
  /** e.g. `39.7% above the 2017–2019 December average of 306`. */
  readonly sentence: string | null;
}

/** A month's figure against the average of the same month in earlier years, as the reference report words it. */
export function compareWithSameMonths(value: number, monthName: string, earlier: readonly YearFigure[]): SameMonthComparison {
  if (earlier.length === 0) return { value, average: null, percentChange: null, sentence: null };
  const mean = earlier.reduce((total, figure) => total + figure.value, 0) / earlier.length;
  const average = Math.round(mean);
  if (mean === 0) return { value, average, percentChange: null, sentence: null };
  const percentChange = Math.round(((value - mean) / mean) * 1000) / 10;
  const years = earlier.map((figure) => figure.year).sort((a, b) => a - b);
  const span = years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`;
  const side = percentChange === 0 ? 'the same as' : `${formatFigure(Math.abs(percentChange), 'percent')} ${percentChange > 0 ? 'above' : 'below'}`;
  return { value, average, percentChange, sentence: `${side} the ${span} ${monthName} average of ${formatFigure(average, 'count')}` };
}
