import { CsvValue, csvText } from '@regflow/contracts';
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
  'DATE OF DEATH MISSING',
] as const;

function figure(score: Pick<IndicatorScore, 'value'>, unit: IndicatorScore['unit']): string | null {
  if (score.value === null) return null;
  return unit === 'percent' ? `${score.value.toFixed(1)}%` : String(score.value);
}

/** The scorecard in the reference report's column order, then the figures behind it, then the deaths registered with no date of death (in neither count). */
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
    row.dateOfDeathMissing,
  ]);
  return csvText([COLUMNS, ...rows]);
}

/** Rows of plain values as CSV, one column for each key of the first row (nested values flattened with a dot); `whenEmpty` heads a file with no rows. */
export function rowsCsv(rows: readonly object[], whenEmpty: readonly string[] = []): string {
  const flat = rows.map((row) => flatten(row));
  const columns = flat.length > 0 ? Object.keys(flat[0]) : whenEmpty;
  return csvText([columns, ...flat.map((row) => columns.map((column) => row[column] ?? null))]);
}

function flatten(value: object, prefix = ''): Record<string, CsvValue> {
  const cells: Record<string, CsvValue> = {};
  for (const [key, entry] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (entry !== null && typeof entry === 'object' && !Array.isArray(entry)) Object.assign(cells, flatten(entry as object, name));
    else cells[name] = entry === null || entry === undefined ? null : typeof entry === 'number' ? entry : String(entry);
  }
  return cells;
}
