import 'reflect-metadata';
import { CalendarError } from '@regflow/calendar';
import { Command, CommanderError } from 'commander';
import { ConfigurationError } from './config';
import { calendarCommand } from './cli/calendar.command';
import { CliInputError } from './cli/cli-error';
import { importCommand } from './cli/import.command';
import { migrationsCommand } from './cli/migrations.command';
import { scorecardCommand } from './cli/scorecard.command';
import { seedCommand } from './cli/seed.command';
import { staffCommand } from './cli/staff.command';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const print = (line: string) => process.stdout.write(`${line}\n`);
/** The server package's version: `src/` and `dist/` both sit beside its package.json. */
const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };

// `regflow … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

const program = new Command('regflow')
  .description('regflow: appointments, workflow and compliance for a registration service')
  .version(version, '-V, --version', 'print the version of regflow')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride()
  .addCommand(calendarCommand(print))
  .addCommand(migrationsCommand(print))
  .addCommand(scorecardCommand(print))
  .addCommand(seedCommand(print))
  .addCommand(importCommand(print))
  .addCommand(staffCommand(print));

function isUserError(error: unknown): error is Error {
  return error instanceof CalendarError || error instanceof CliInputError || error instanceof ConfigurationError;
}

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
    return;
  }
  process.stderr.write(`regflow: ${isUserError(error) ? error.message : String(error)}\n`);
  process.exitCode = isUserError(error) ? 1 : 2;
});
