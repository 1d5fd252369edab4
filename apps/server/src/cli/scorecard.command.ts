import { CalendarError, isCivilDate } from '@regflow/calendar';
import {
  ComplianceError,
  ComplianceTally,
  complianceIndicator,
  DomainError,
  EVENTS_CSV_COLUMNS,
  EventsCsvHeader,
  formatFigure,
  IndicatorFigure,
  IndicatorScore,
  parseEventsCsvHeader,
  parseEventsCsvLine,
  periodFromDates,
  ReportingPeriod,
  Scorecard,
} from '@regflow/domain';
import { Command } from 'commander';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { CliInputError } from './cli-error';

interface ScorecardCommandOptions {
  readonly events: string;
  readonly from: string;
  readonly to: string;
  readonly json?: boolean;
}

const PROGRESS_EVERY_LINES = 250_000;
const NO_FIGURE = '-';
const UNREADABLE_FILE: Readonly<Record<string, string>> = {
  ENOENT: 'there is no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
};

function isPureRuleError(error: unknown): error is ComplianceError | DomainError | CalendarError {
  return error instanceof ComplianceError || error instanceof DomainError || error instanceof CalendarError;
}

function isFileSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

function fileError(file: string, error: unknown): unknown {
  if (isPureRuleError(error)) return new CliInputError(`${file}: ${error.message}`);
  if (isFileSystemError(error)) return new CliInputError(`cannot read ${file}: ${UNREADABLE_FILE[error.code] ?? error.message}`);
  return error;
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

/** Shows how far a long read has got, on a terminal only: never in piped or redirected output. */
function progressReporter(): { readonly lineRead: (lineNumber: number) => void; readonly done: () => void } {
  if (!process.stderr.isTTY) return { lineRead: () => undefined, done: () => undefined };
  let shown = false;
  return {
    lineRead(lineNumber) {
      if (lineNumber % PROGRESS_EVERY_LINES !== 0) return;
      process.stderr.write(`\rread ${formatFigure(lineNumber, 'count')} lines`);
      shown = true;
    },
    done() {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}

/** Streams the file a line at a time into the tally: memory stays flat however long the file. */
async function tallyEventsFile(file: string, tally: ComplianceTally): Promise<void> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  const progress = progressReporter();
  let header: EventsCsvHeader | undefined;
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      progress.lineRead(lineNumber);
      if (header === undefined) {
        header = parseEventsCsvHeader(line);
        continue;
      }
      const event = parseEventsCsvLine(line, lineNumber, header);
      if (event === null) continue;
      try {
        tally.add(event);
      } catch (error) {
        throw isPureRuleError(error) ? new CliInputError(`${file}: line ${lineNumber}: ${error.message}`) : error;
      }
    }
  } catch (error) {
    throw fileError(file, error);
  } finally {
    progress.done();
    lines.close();
    input.destroy();
  }
  if (header === undefined) throw new CliInputError(`${file} is empty: its first line must name the columns ${EVENTS_CSV_COLUMNS.join(',')}`);
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
      await tallyEventsFile(options.events, tally);
      const scorecard = tally.result(period);
      for (const line of options.json ? [scorecardJson(scorecard)] : scorecardTable(scorecard, tally)) print(line);
    });
}
