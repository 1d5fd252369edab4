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

const print = (line: string) => process.stdout.write(`${line}\n`);

// `regflow … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

const program = new Command('regflow')
  .description('regflow: appointments, workflow and compliance for a registration service')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride()
  .addCommand(calendarCommand(print))
  .addCommand(migrationsCommand(print))
  .addCommand(scorecardCommand(print))
  .addCommand(seedCommand(print))
  .addCommand(importCommand(print));

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
