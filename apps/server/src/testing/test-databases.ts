import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { DatabaseConfig, SQLITE_FILE_NAME } from '../config/database.config';

export interface TestDatabase {
  readonly engine: DatabaseConfig['engine'];
  readonly config: DatabaseConfig;
  /** Environment variables that point regflow at this database. */
  readonly env: Record<string, string>;
  drop(): Promise<void>;
}

export type TestEngine = () => Promise<TestDatabase>;

/** PostgreSQL installations must name their secret; tests use this one. */
export const TEST_APP_SECRET = 'regflow-test-secret-0123456789abcdef';

async function sqliteDatabase(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'regflow-test-'));
  return {
    engine: 'sqlite',
    config: { engine: 'sqlite', file: join(dataDir, SQLITE_FILE_NAME) },
    env: { DATA_DIR: dataDir },
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** A new, empty database on the server `TEST_DATABASE_URL` names, dropped afterwards. */
async function postgresDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `regflow_test_${randomBytes(6).toString('hex')}`;
  const admin = new DataSource({ type: 'postgres', url: serverUrl });
  await admin.initialize();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.destroy();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    engine: 'postgres',
    config: { engine: 'postgres', url: url.toString() },
    env: { DATABASE_URL: url.toString(), APP_SECRET: TEST_APP_SECRET },
    drop: async () => {
      const dropper = new DataSource({ type: 'postgres', url: serverUrl });
      await dropper.initialize();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.destroy();
    },
  };
}

/**
 * The engines a test runs against: SQLite always; PostgreSQL too when `TEST_DATABASE_URL` names
 * a server (CI sets it). Use with `describe.each(testEngines())`.
 */
export function testEngines(env: NodeJS.ProcessEnv = process.env): [string, TestEngine][] {
  const engines: [string, TestEngine][] = [['sqlite', sqliteDatabase]];
  const serverUrl = env.TEST_DATABASE_URL;
  if (serverUrl) engines.push(['postgres', () => postgresDatabase(serverUrl)]);
  return engines;
}
