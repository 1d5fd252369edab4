import { DataSource } from 'typeorm';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { createDataSource } from '../data-source';
import { MIGRATIONS } from './index';

async function tableNames(dataSource: DataSource): Promise<string[]> {
  const rows: { name: string }[] =
    dataSource.options.type === 'postgres'
      ? await dataSource.query(`SELECT table_name AS "name" FROM information_schema.tables WHERE table_schema = 'public'`)
      : await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`);
  return rows.map((row) => row.name).sort();
}

describe.each(testEngines())('migrations on %s', (engine, createDatabase) => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeEach(async () => {
    database = await createDatabase();
    dataSource = createDataSource(database.config);
    await dataSource.initialize();
  });

  afterEach(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('apply in order, undo one by one to an empty schema, and apply again', async () => {
    const applied = await dataSource.runMigrations();
    expect(applied.map((migration) => migration.name)).toEqual(MIGRATIONS[engine as 'sqlite' | 'postgres'].map((migration) => new migration().name));
    expect(await tableNames(dataSource)).toEqual(expect.arrayContaining(['appointments', 'diary_sessions', 'messages', 'outbox', 'staff_alerts', 'staff_users', 'write_locks']));

    for (let left = applied.length; left > 0; left -= 1) await dataSource.undoLastMigration();
    expect(await tableNames(dataSource)).toEqual(['migrations']);

    await expect(dataSource.runMigrations()).resolves.toHaveLength(applied.length);
  });
});
