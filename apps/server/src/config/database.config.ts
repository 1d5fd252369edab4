import { registerAs } from '@nestjs/config';
import { isAbsolute, join, resolve } from 'node:path';
import { Environment, readEnvironment } from './environment';

export type DatabaseConfig =
  | { readonly engine: 'sqlite'; readonly file: string }
  | { readonly engine: 'postgres'; readonly url: string };

export const SQLITE_FILE_NAME = 'regflow.sqlite';

export function databaseConfigFrom(environment: Environment): DatabaseConfig {
  if (environment.DATABASE_URL) return { engine: 'postgres', url: environment.DATABASE_URL };
  const dataDir = isAbsolute(environment.DATA_DIR) ? environment.DATA_DIR : resolve(environment.DATA_DIR);
  return { engine: 'sqlite', file: join(dataDir, SQLITE_FILE_NAME) };
}

export const databaseConfig = registerAs('database', (): DatabaseConfig => databaseConfigFrom(readEnvironment(process.env)));
