import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PasswordHasher } from '../common/security/password-hasher';
import { createDataSource } from '../database/data-source';
import { DemoSeeder, SeedCompleted } from '../modules/seeding/demo-seeder';
import { namedTestDatabase, TestDatabase, TestEngine } from './test-databases';
import { demoTemplates } from './test-run';

/** Monday of the 2022 jubilee week: Thursday 2 and Friday 3 June are bank holidays. */
export const DEMO_NOW = new Date('2022-05-30T08:00:00Z');
export const DEMO_RANDOM_SEED = 2022;

/** Under the hooks' own timeout, so a waiter says why it gave up. */
const TEMPLATE_WAIT_MS = 170_000;

/** A small seeded generator (mulberry32), so every run books the same appointments. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SeededDemo {
  /** A copy of its own: a test may change it. */
  readonly database: TestDatabase;
  /** What the seed reported, the demo passwords included. */
  readonly report: SeedCompleted;
}

async function seedTemplate(createDatabase: TestEngine, name: string): Promise<SeedCompleted> {
  const template = await createDatabase(name);
  const dataSource = createDataSource(template.config);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    const report = await new DemoSeeder(dataSource, new PasswordHasher(), DEMO_NOW, mulberry32(DEMO_RANDOM_SEED)).seed();
    if ('skipped' in report) throw new Error(`the demo template was not empty: ${report.skipped}`);
    return report;
  } finally {
    await dataSource.destroy();
  }
}

async function waitForFile(file: string, failure: string): Promise<string> {
  const deadline = Date.now() + TEMPLATE_WAIT_MS;
  while (!existsSync(file)) {
    if (existsSync(failure)) throw new Error(`seeding the demo template failed in another test process: ${readFileSync(failure, 'utf8')}`);
    if (Date.now() > deadline) throw new Error(`no demo template after ${TEMPLATE_WAIT_MS} ms: ${file}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return readFileSync(file, 'utf8');
}

/**
 * A copy of the whole demo (seeded at DEMO_NOW from DEMO_RANDOM_SEED). The first test process to ask
 * seeds it once per engine for the whole run; every other asker, in any worker, copies it
 * (PostgreSQL `CREATE DATABASE … TEMPLATE`, a copied SQLite file). The global teardown drops it.
 */
export async function seededDemo(engine: TestDatabase['engine'], createDatabase: TestEngine): Promise<SeededDemo> {
  const { folder, name } = demoTemplates();
  mkdirSync(folder, { recursive: true });
  const reportFile = join(folder, `${engine}.json`);
  const failureFile = join(folder, `${engine}.failed`);
  let seeder = false;
  try {
    mkdirSync(join(folder, `${engine}.lock`));
    seeder = true;
  } catch {
    // Another process holds the lock: it is seeding, or has seeded.
  }
  if (seeder) {
    try {
      // Written aside and renamed, so a waiting process never reads half a report.
      writeFileSync(`${reportFile}.tmp`, JSON.stringify(await seedTemplate(createDatabase, name)));
      renameSync(`${reportFile}.tmp`, reportFile);
    } catch (error) {
      writeFileSync(failureFile, String(error instanceof Error ? error.stack : error));
      throw error;
    }
  }
  const report = JSON.parse(await waitForFile(reportFile, failureFile)) as SeedCompleted;
  return { database: await namedTestDatabase(engine, name).copy(), report };
}
