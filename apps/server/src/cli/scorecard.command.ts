import { isCivilDate } from '@regflow/calendar';
import {
  ComplianceTally,
  complianceIndicator,
  EVENTS_CSV_COLUMNS,
  formatFigure,
  IndicatorFigure,
  IndicatorScore,
  periodFromDates,
  ReportingPeriod,
  Scorecard,
} from '@regflow/domain';
import { Command } from 'commander';
import { CliInputError } from './cli-error';
import { isPureRuleError, readEventsFile } from './events-file';

const NO_FIGURE = '-';

interface ScorecardCommandOptions {
  readonly events: string;
  readonly from: string;
  readonly to: string;
  readonly json?: boolean;
}

function readPeriod(from: string, to: string): ReportingPeriod {
  for (const [option, day] of [['--from', from], ['--to', to]] as const) {
    if (!isCivilDate(day)) throw new CliInputError(`${option} "${day}" is not a calendar date: write it as yyyy-mm-dd, e.g. 2021-10-01`);
  }
  try {
    return periodFromDates(from, to);
  } catch (error) {
    throw isPureRuleError(error) ? new CliInputError(error.message) : error;
  }
}

function figureText(score: IndicatorScore, figure: IndicatorFigure): string {
  return figure.value === null ? NO_FIGURE : formatFigure(figure.value, score.unit);
}

function countsText(score: IndicatorScore): string {
  if (score.numerator === null) return NO_FIGURE;
  const numerator = formatFigure(score.numerator, 'count');
  return score.denominator === null ? numerator : `${numerator} / ${formatFigure(score.denominator, 'count')}`;
}

function targetText(score: IndicatorScore): string {
  if (score.target === null) return NO_FIGURE;
  return score.unit === 'percent' ? `${score.target}% (amber ${score.amberFrom}%)` : formatFigure(score.target, 'count');
}

const COLUMNS = [
  { heading: 'INDICATOR', alignRight: false, cell: (score: IndicatorScore) => score.code },
  { heading: 'COUNTS', alignRight: true, cell: countsText },
  { heading: 'VALUE', alignRight: true, cell: (score: IndicatorScore) => figureText(score, score) },
  { heading: 'PREVIOUS', alignRight: true, cell: (score: IndicatorScore) => figureText(score, score.previous) },
  { heading: 'TARGET', alignRight: false, cell: targetText },
  { heading: 'RAG', alignRight: false, cell: (score: IndicatorScore) => score.rag },
  { heading: 'DIRECTION', alignRight: false, cell: (score: IndicatorScore) => score.direction },
] as const;

function periodText(period: ReportingPeriod): string {
  return `${period.from} to ${period.to}${period.kind === 'range' ? '' : ` (${period.label})`}`;
}

function eventsSummary(tally: ComplianceTally): string {
  const read = `${formatFigure(tally.eventsAdded, 'count')} events read`;
  if (tally.eventsNotCounted === 0) return `${read}.`;
  return `${read}; ${formatFigure(tally.eventsNotCounted, 'count')} of them counted by no indicator (no request, registration or ceremony time, or referred to the coroner).`;
}

function scorecardTable(scorecard: Scorecard, tally: ComplianceTally): string[] {
  const rows = [COLUMNS.map((column) => column.heading), ...scorecard.indicators.map((score) => COLUMNS.map((column) => column.cell(score)))];
  const widths = COLUMNS.map((_, index) => Math.max(...rows.map((row) => row[index].length)));
  const surveyed = scorecard.indicators.filter((score) => complianceIndicator(score.code).source === 'survey').map((score) => score.code);
  return [
    `Scorecard for ${periodText(scorecard.period)}, compared with ${periodText(scorecard.previousPeriod)}`,
    '',
    ...rows.map((row) =>
      `  ${row.map((cell, index) => (COLUMNS[index].alignRight ? cell.padStart(widths[index]) : cell.padEnd(widths[index]))).join('  ')}`.trimEnd(),
    ),
    '',
    eventsSummary(tally),
    ...(surveyed.length > 0 ? [`${surveyed.join(', ')}: from the survey results managers enter, not from events.`] : []),
  ];
}

function scorecardJson(scorecard: Scorecard): string {
  const { period } = scorecard;
  const indicators = scorecard.indicators.map(({ code, numerator, denominator, value, target, rag, direction }) => ({
    code,
    numerator,
    denominator,
    value,
    target,
    rag,
    direction,
  }));
  return JSON.stringify({ from: period.from, to: period.to, indicators }, null, 2);
}

export function scorecardCommand(print: (line: string) => void): Command {
  return new Command('scorecard')
    .description('score the compliance indicators of a period from an events CSV, without the database')
    .requiredOption('--events <file.csv>', `events, one a line under the header ${EVENTS_CSV_COLUMNS.join(',')}`)
    .requiredOption('--from <yyyy-mm-dd>', 'the first day of the period')
    .requiredOption('--to <yyyy-mm-dd>', 'the last day of the period (a month, financial-year quarter or year is compared with the one before)')
    .option('--json', 'print { from, to, indicators: [{ code, numerator, denominator, value, target, rag, direction }] }')
    .action(async (options: ScorecardCommandOptions) => {
      const period = readPeriod(options.from, options.to);
      const tally = new ComplianceTally();
      await readEventsFile(options.events, (event) => tally.add(event));
      const scorecard = tally.result(period);
      for (const line of options.json ? [scorecardJson(scorecard)] : scorecardTable(scorecard, tally)) print(line);
    });
}
