import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { DatabaseConfig } from '../config/database.config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** How long a SQLite writer waits for another process's write lock before giving up. */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/** Owner only: the database holds residents' personal data. */
const PRIVATE_FOLDER = 0o700;
const PRIVATE_FILE = 0o600;

/** Makes the SQLite file's folder and the file itself readable by their owner only (SQLite's -wal and -shm files follow the file). */
export function preparePrivateSqliteFile(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: PRIVATE_FOLDER });
  if (!existsSync(file)) closeSync(openSync(file, 'a', PRIVATE_FILE));
}

/** The only DataSource options in regflow: the API, the worker, the CLI and the tests all use these. */
export function dataSourceOptions(config: DatabaseConfig): DataSourceOptions {
  const shared = { synchronize: false, migrationsRun: false, migrationsTransactionMode: 'each' as const, entities: ENTITIES };
  if (config.engine === 'postgres') {
    return { ...shared, type: 'postgres', url: config.url, migrations: [...MIGRATIONS.postgres] };
  }
  preparePrivateSqliteFile(config.file);
  return {
    ...shared,
    type: 'sqlite',
    database: config.file,
    enableWAL: true,
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
    migrations: [...MIGRATIONS.sqlite],
  };
}

export function createDataSource(config: DatabaseConfig): DataSource {
  return new DataSource(dataSourceOptions(config));
}
