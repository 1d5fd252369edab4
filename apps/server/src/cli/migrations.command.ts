import { Command } from 'commander';
import { withDataSource } from './with-data-source';

export function migrationsCommand(print: (line: string) => void): Command {
  const migrations = new Command('migrations').description('database schema migrations (DATABASE_URL, or the SQLite file under DATA_DIR)');

  migrations
    .command('run')
    .description('apply every pending migration')
    .action(() =>
      withDataSource(async (dataSource) => {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        print(applied.length === 0 ? 'the schema is up to date' : applied.map((migration) => `applied ${migration.name}`).join('\n'));
      }),
    );

  migrations
    .command('revert')
    .description('undo the most recent migration')
    .action(() =>
      withDataSource(async (dataSource) => {
        await dataSource.undoLastMigration({ transaction: 'each' });
        print('reverted the most recent migration');
      }),
    );

  migrations
    .command('show')
    .description('list migrations and whether each is applied')
    .action(() =>
      withDataSource(async (dataSource) => {
        const applied = new Set((await dataSource.query(`SELECT "name" FROM "migrations"`).catch(() => [])).map((row: { name: string }) => row.name));
        for (const migration of dataSource.migrations) {
          print(`${applied.has(migration.name) ? '[x]' : '[ ]'} ${migration.name}`);
        }
      }),
    );

  return migrations;
}
