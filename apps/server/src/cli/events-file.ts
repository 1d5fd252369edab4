import { CalendarError } from '@regflow/calendar';
import { ComplianceError, ComplianceEvent, DomainError, EVENTS_CSV_COLUMNS, EventsCsvHeader, formatFigure, parseEventsCsvHeader, parseEventsCsvLine } from '@regflow/domain';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { CliInputError } from './cli-error';

const PROGRESS_EVERY_LINES = 250_000;
const UNREADABLE_FILE: Readonly<Record<string, string>> = {
  ENOENT: 'there is no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
};

export function isPureRuleError(error: unknown): error is ComplianceError | DomainError | CalendarError {
  return error instanceof ComplianceError || error instanceof DomainError || error instanceof CalendarError;
}

function isFileSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

function fileError(file: string, error: unknown): unknown {
  if (error instanceof CliInputError) return error;
  if (isPureRuleError(error)) return new CliInputError(`${file}: ${error.message}`);
  if (isFileSystemError(error)) return new CliInputError(`cannot read ${file}: ${UNREADABLE_FILE[error.code] ?? error.message}`);
  return error;
}

/** Shows how far a long read has got, on a terminal only: never in piped or redirected output. */
function progressReporter(verb: string): { readonly lineRead: (lineNumber: number) => void; readonly done: () => void } {
  if (!process.stderr.isTTY) return { lineRead: () => undefined, done: () => undefined };
  let shown = false;
  return {
    lineRead(lineNumber) {
      if (lineNumber % PROGRESS_EVERY_LINES !== 0) return;
      process.stderr.write(`\r${verb} ${formatFigure(lineNumber, 'count')} lines`);
      shown = true;
    },
    done() {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}

export interface EventsFileOptions {
  /** Shown before the line count in the progress line, e.g. `read`, `imported`. */
  readonly verb?: string;
  /** Called for a line that is not a valid event instead of stopping: e.g. to list every bad line. */
  readonly onBadLine?: (lineNumber: number, problem: string) => void;
}

/**
 * Streams an events CSV a line at a time: memory stays flat however long the file. A bad line stops
 * the read with its line number, unless `onBadLine` takes it.
 */
export async function readEventsFile(
  file: string,
  onEvent: (event: ComplianceEvent, lineNumber: number) => void | Promise<void>,
  options: EventsFileOptions = {},
): Promise<void> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  const progress = progressReporter(options.verb ?? 'read');
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
      let event: ComplianceEvent | null;
      try {
        event = parseEventsCsvLine(line, lineNumber, header);
      } catch (error) {
        if (!options.onBadLine || !isPureRuleError(error)) throw error;
        options.onBadLine(lineNumber, error.message);
        continue;
      }
      if (event === null) continue;
      try {
        await onEvent(event, lineNumber);
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
