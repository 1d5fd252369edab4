import { formatFigure } from '@regflow/domain';
import { Command } from 'commander';
import { HistoryImport } from '../modules/compliance/history-import';
import { CliInputError } from './cli-error';
import { readEventsFile } from './events-file';
import { withDataSource } from './with-data-source';

const BAD_LINES_SHOWN = 20;

/** Reads the whole file first: a file with any bad line is refused before anything is written. */
async function checkEventsFile(file: string): Promise<number> {
  const problems: string[] = [];
  let events = 0;
  await readEventsFile(file, () => void (events += 1), { verb: 'checked', onBadLine: (_line, problem) => problems.push(problem) });
  if (problems.length > 0) {
    const shown = problems.slice(0, BAD_LINES_SHOWN).join('\n  ');
    const more = problems.length > BAD_LINES_SHOWN ? `\n  … and ${problems.length - BAD_LINES_SHOWN} more` : '';
    throw new CliInputError(`${file}: ${problems.length} bad lines, nothing imported:\n  ${shown}${more}`);
  }
  return events;
}

function eventsCommand(print: (line: string) => void): Command {
  return new Command('events')
    .description('load an events CSV (the scorecard command\'s columns) into the database as history, all or nothing')
    .argument('<file.csv>', 'events, one a line under the header id,type,requested_at,...')
    .action((file: string) =>
      withDataSource(async (dataSource) => {
        const events = await checkEventsFile(file);
        await dataSource.runMigrations({ transaction: 'each' });
        const report = await new HistoryImport(dataSource).run((each) => readEventsFile(file, each, { verb: 'imported' }));
        const kept = report.alreadyThere > 0 ? `; ${formatFigure(report.alreadyThere, 'count')} were already there and were left as they were` : '';
        print(`imported ${formatFigure(report.read - report.alreadyThere, 'count')} of ${formatFigure(events, 'count')} events${kept}`);
      }),
    );
}

export function importCommand(print: (line: string) => void): Command {
  return new Command('import').description('load history from a council\'s old system').addCommand(eventsCommand(print));
}
