import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { DatabaseConfig } from '../config/database.config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** How long a SQLite writer waits for another process's write lock before giving up. */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/** The only DataSource options in regflow: the API, the worker, the CLI and the tests all use these. */
export function dataSourceOptions(config: DatabaseConfig): DataSourceOptions {
  const shared = { synchronize: false, migrationsRun: false, migrationsTransactionMode: 'each' as const, entities: ENTITIES };
  if (config.engine === 'postgres') {
    return { ...shared, type: 'postgres', url: config.url, migrations: [...MIGRATIONS.postgres] };
  }
  mkdirSync(dirname(config.file), { recursive: true });
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
