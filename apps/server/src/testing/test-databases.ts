import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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
  /** A new database holding what this one holds; nothing may be connected to this one meanwhile. */
  copy(): Promise<TestDatabase>;
}

/** Creates a new, empty database; `name` gives it a fixed name other test processes can find. */
export type TestEngine = (name?: string) => Promise<TestDatabase>;

/** PostgreSQL installations must name their secret; tests use this one. */
export const TEST_APP_SECRET = 'regflow-test-secret-0123456789abcdef';

function sqliteDatabaseIn(dataDir: string): TestDatabase {
  const file = join(dataDir, SQLITE_FILE_NAME);
  return {
    engine: 'sqlite',
    config: { engine: 'sqlite', file },
    env: { DATA_DIR: dataDir },
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    copy: async () => {
      const copyDir = mkdtempSync(join(tmpdir(), 'regflow-test-'));
      // A closed database has checkpointed its write-ahead log; copy any leftover beside it all the same.
      for (const suffix of ['', '-wal', '-shm']) if (existsSync(file + suffix)) copyFileSync(file + suffix, join(copyDir, SQLITE_FILE_NAME + suffix));
      return sqliteDatabaseIn(copyDir);
    },
  };
}

async function sqliteDatabase(name?: string): Promise<TestDatabase> {
  const dataDir = name ? join(tmpdir(), name) : mkdtempSync(join(tmpdir(), 'regflow-test-'));
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  return sqliteDatabaseIn(dataDir);
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const admin = new DataSource({ type: 'postgres', url: serverUrl });
  await admin.initialize();
  try {
    await admin.query(statement);
  } finally {
    await admin.destroy();
  }
}

function postgresDatabaseNamed(serverUrl: string, name: string): TestDatabase {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    engine: 'postgres',
    config: { engine: 'postgres', url: url.toString() },
    env: { DATABASE_URL: url.toString(), APP_SECRET: TEST_APP_SECRET },
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    copy: async () => {
      const copyName = randomDatabaseName();
      await onServer(serverUrl, `CREATE DATABASE "${copyName}" TEMPLATE "${name}"`);
      return postgresDatabaseNamed(serverUrl, copyName);
    },
  };
}

const randomDatabaseName = () => `regflow_test_${randomBytes(6).toString('hex')}`;

/** A new, empty database on the server `TEST_DATABASE_URL` names, dropped afterwards. */
async function postgresDatabase(serverUrl: string, name = randomDatabaseName()): Promise<TestDatabase> {
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  return postgresDatabaseNamed(serverUrl, name);
}

/**
 * The engines a test runs against: SQLite always; PostgreSQL too when `TEST_DATABASE_URL` names
 * a server (CI sets it). Use with `describe.each(testEngines())`.
 */
export function testEngines(env: NodeJS.ProcessEnv = process.env): [DatabaseConfig['engine'], TestEngine][] {
  const engines: [DatabaseConfig['engine'], TestEngine][] = [['sqlite', sqliteDatabase]];
  const serverUrl = env.TEST_DATABASE_URL;
  if (serverUrl) engines.push(['postgres', (name) => postgresDatabase(serverUrl, name)]);
  return engines;
}

/** The database a test process named `name` with `testEngines()`'s `engine`, for a process that did not create it. */
export function namedTestDatabase(engine: DatabaseConfig['engine'], name: string, env: NodeJS.ProcessEnv = process.env): TestDatabase {
  if (engine === 'sqlite') return sqliteDatabaseIn(join(tmpdir(), name));
  if (!env.TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL names no PostgreSQL server');
  return postgresDatabaseNamed(env.TEST_DATABASE_URL, name);
}
