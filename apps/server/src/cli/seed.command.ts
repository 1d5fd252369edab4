import { Command } from 'commander';
import { randomInt } from 'node:crypto';
import { Clock } from '../common/clock/clock';
import { PasswordHasher } from '../common/security/password-hasher';
import { DemoSeeder, SeedCompleted } from '../modules/seeding/demo-seeder';
import { CliInputError } from './cli-error';
import { withDataSource } from './with-data-source';

/** `randomInt`'s widest range. */
const RANDOM_RANGE = 2 ** 48 - 1;
const cryptoRandom = () => randomInt(RANDOM_RANGE) / RANDOM_RANGE;

interface SeedOptions {
  readonly ifEmpty?: boolean;
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => `  ${row.map((cell, column) => cell.padEnd(widths[column])).join('  ')}`.trimEnd());
}

function summary(report: SeedCompleted): string[] {
  return [
    `seeded ${report.offices} offices, ${report.staff} staff, ${report.templates} weekly sessions, ${report.sessions} diary sessions and ${report.appointments} appointments`,
    `and ${report.historicalEvents} past events behind the published figures (2017 to 2022) for the compliance reports`,
    '',
    'Demo sign-ins (shown once; change them before real use):',
    ...table([
      ['NAME', 'EMAIL', 'ROLES', 'PASSWORD'],
      ...report.credentials.map((credential) => [credential.name, credential.email, credential.roles.join(', '), credential.password]),
    ]),
  ];
}

export function seedCommand(print: (line: string) => void): Command {
  return new Command('seed')
    .description('apply pending migrations, then fill an empty database with demo offices, staff, diaries and bookings')
    .option('--if-empty', 'when the database already has data, say so and succeed instead of failing')
    .action((options: SeedOptions) =>
      // The server must be able to start with this configuration before any password is printed.
      withDataSource(async (dataSource) => {
        await dataSource.runMigrations({ transaction: 'each' });
        const seeder = new DemoSeeder(dataSource, new PasswordHasher(), new Clock().now(), cryptoRandom);
        const report = await seeder.seed(() => print('seeding demo data into the empty database (about 20 s)…'));
        if ('skipped' in report) {
          if (!options.ifEmpty) throw new CliInputError(`${report.skipped}: nothing was seeded (seed only fills an empty database)`);
          return;
        }
        for (const line of summary(report)) print(line);
      }, { requireSecrets: true }),
    );
}
