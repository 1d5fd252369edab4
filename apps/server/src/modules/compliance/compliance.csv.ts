import { IndicatorScore } from '@regflow/domain';
import { ScorecardReport } from './compliance.service';

const COLUMNS = [
  'INDICATOR TITLE',
  'RAG',
  'DIRECTION OF TRAVEL',
  'VALUE',
  'NUMERATOR',
  'DENOMINATOR',
  'TARGET',
  'PREVIOUS VALUE',
  'PERFORMANCE DETAILS',
  'CURRENT ACTIVITY',
  'FUTURE ACTIVITY',
] as const;

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function figure(score: Pick<IndicatorScore, 'value'>, unit: IndicatorScore['unit']): string | null {
  if (score.value === null) return null;
  return unit === 'percent' ? `${score.value.toFixed(1)}%` : String(score.value);
}

/** The scorecard in the reference report's column order, then the figures behind it. */
export function scorecardCsv(report: ScorecardReport): string {
  const rows = report.indicators.map((row) => [
    row.title,
    row.rag,
    row.direction,
    figure(row, row.unit),
    row.numerator,
    row.denominator,
    row.target === null ? null : `${row.target}%`,
    figure(row.previous, row.unit),
    row.performanceDetails,
    row.currentActivity,
    row.futureActivity,
  ]);
  return [COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
