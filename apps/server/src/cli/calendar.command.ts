import { addWorkingDays, bankHolidays, isWorkingDay, parseCivilDate } from '@regflow/calendar';
import { Command } from 'commander';
import { parseWholeNumber } from './cli-error';

interface ClosureOptions {
  readonly closure: string[];
}

function collect(value: string, previous: string[]): string[] {
  parseCivilDate(value);
  return [...previous, value];
}

const closureOption = ['--closure <yyyy-mm-dd>', 'a service-wide closure day (repeatable)', collect, [] as string[]] as const;

export function calendarCommand(print: (line: string) => void): Command {
  const calendar = new Command('calendar').description('working days, bank holidays and service days (England and Wales)');

  calendar
    .command('add-working-days')
    .description('the day reached by stepping forward <n> working days from <date> (day 0)')
    .argument('<date>', 'the start day, yyyy-mm-dd')
    .argument('<n>', 'how many working days, 0 or more')
    .option(...closureOption)
    .action((date: string, count: string, options: ClosureOptions) => {
      print(addWorkingDays(date, parseWholeNumber(count, '<n>'), options.closure));
    });

  calendar
    .command('is-working-day')
    .description('prints true when <date> is Monday to Friday, not a bank holiday and not a closure')
    .argument('<date>', 'the day, yyyy-mm-dd')
    .option(...closureOption)
    .action((date: string, options: ClosureOptions) => {
      print(String(isWorkingDay(date, options.closure)));
    });

  calendar
    .command('bank-holidays')
    .description('England and Wales bank holidays of <year>, one yyyy-mm-dd a line, in order')
    .argument('<year>', 'the year, e.g. 2022')
    .option('--titles', 'print each holiday’s title after its date')
    .action((year: string, options: { titles?: boolean }) => {
      for (const holiday of bankHolidays(parseWholeNumber(year, '<year>'))) {
        print(options.titles ? `${holiday.date}\t${holiday.title}` : holiday.date);
      }
    });

  return calendar;
}
