import { DataSource } from 'typeorm';
import { createDataSource } from '../../database/data-source';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { NestedUnitOfWorkError, UnitOfWork } from './unit-of-work';

const PROBE_TABLE = `CREATE TABLE "uow_probe" ("label" varchar(40) NOT NULL PRIMARY KEY)`;

async function openMigrated(database: TestDatabase): Promise<DataSource> {
  const dataSource = createDataSource(database.config);
  await dataSource.initialize();
  await dataSource.runMigrations();
  return dataSource;
}

function insertProbe(label: string) {
  return (manager: DataSource['manager']) =>
    manager.query(`INSERT INTO "uow_probe" ("label") VALUES (${manager.connection.driver.options.type === 'postgres' ? '$1' : '?'})`, [label]);
}

/** A read before the write, as every check-then-insert does: the case that fails with SQLITE_BUSY. */
async function labelCount(manager: DataSource['manager']): Promise<number> {
  const [row]: { count: number | string }[] = await manager.query(`SELECT COUNT(*) AS "count" FROM "uow_probe"`);
  return Number(row.count);
}

async function labels(dataSource: DataSource): Promise<string[]> {
  const rows: { label: string }[] = await dataSource.query(`SELECT "label" FROM "uow_probe" ORDER BY "label"`);
  return rows.map((row) => row.label);
}

describe.each(testEngines())(`${UnitOfWork.name} on %s`, (_engine, createDatabase) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let unitOfWork: UnitOfWork;

  beforeEach(async () => {
    database = await createDatabase();
    dataSource = await openMigrated(database);
    await dataSource.query(PROBE_TABLE);
    unitOfWork = new UnitOfWork(dataSource);
  });

  afterEach(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('keeps every committed write when overlapping units of work roll back', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, index) =>
        unitOfWork.run(async (manager) => {
          await insertProbe(`row-${String(index).padStart(2, '0')}`)(manager);
          if (index % 2 === 1) throw new Error(`unit ${index} fails after its insert`);
        }),
      ),
    );

    const committed = outcomes.flatMap((outcome, index) => (outcome.status === 'fulfilled' ? [`row-${String(index).padStart(2, '0')}`] : []));
    expect(committed).toHaveLength(20);
    expect(await labels(dataSource)).toEqual(committed);
  });
});

describe(`${UnitOfWork.name} on SQLite`, () => {
  const [[, createSqlite]] = testEngines({});
  let database: TestDatabase;
  let api: DataSource;
  let unitOfWork: UnitOfWork;

  beforeEach(async () => {
    database = await createSqlite();
    api = await openMigrated(database);
    await api.query(PROBE_TABLE);
    unitOfWork = new UnitOfWork(api);
  });

  afterEach(async () => {
    await api.destroy();
    await database.drop();
  });

  it('refuses a unit of work started inside another instead of deadlocking', async () => {
    await expect(unitOfWork.run(() => unitOfWork.run(insertProbe('inner')))).rejects.toBeInstanceOf(NestedUnitOfWorkError);
    expect(await labels(api)).toEqual([]);
  });

  it('lets a read queued after a write see that write', async () => {
    const write = unitOfWork.run(insertProbe('written-first'));
    const read = unitOfWork.read(labelCount);
    await write;
    expect(await read).toBe(1);
  });

  it('lets the API and the worker, two connections to one file, write concurrently without SQLITE_BUSY', async () => {
    const worker = createDataSource(database.config);
    await worker.initialize();
    const writers = [unitOfWork, new UnitOfWork(worker)];

    const outcomes = await Promise.allSettled(
      Array.from({ length: 120 }, (_, index) =>
        writers[index % 2].run(async (manager) => {
          await labelCount(manager);
          await insertProbe(`write-${String(index).padStart(3, '0')}`)(manager);
        }),
      ),
    );

    const failures = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(failures).toEqual([]);
    expect(await labels(api)).toHaveLength(120);
    await worker.destroy();
  });
});
