import { DataSource } from 'typeorm';
import { databaseConfigFrom, DatabaseConfig, readEnvironment, readSecrets } from '../config';
import { createDataSource } from '../database/data-source';
import { CliInputError } from './cli-error';

export interface DataSourceChecks {
  /** Check first that the server could start with this environment (APP_SECRET with PostgreSQL). */
  readonly requireSecrets?: boolean;
}

/** PostgreSQL's "database does not exist". */
const UNDEFINED_DATABASE = '3D000';

/** Opens the configured database for one command and closes it afterwards. */
export async function withDataSource<T>(work: (dataSource: DataSource) => Promise<T>, checks: DataSourceChecks = {}): Promise<T> {
  const config = databaseConfigFrom(readEnvironment(process.env));
  if (checks.requireSecrets) readSecrets(process.env);
  const dataSource = createDataSource(config);
  await dataSource.initialize().catch((error: unknown) => {
    throw (error as { code?: unknown }).code === UNDEFINED_DATABASE ? missingDatabase(config) : error;
  });
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

function missingDatabase(config: DatabaseConfig): CliInputError {
  const url = config.engine === 'postgres' ? new URL(config.url) : undefined;
  const name = url?.pathname.slice(1) ?? '';
  return new CliInputError(`the database "${name}" does not exist on ${url?.host ?? 'the server'}: create it (createdb ${name}, or CREATE DATABASE "${name}"), then run this again`);
}
