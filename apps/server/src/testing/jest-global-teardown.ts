import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { demoTemplates } from './test-run';
import { namedTestDatabase } from './test-databases';

/** Drops the run's demo templates, on every engine that made one. */
async function globalTeardown(): Promise<void> {
  const { folder, name } = demoTemplates();
  for (const engine of ['sqlite', 'postgres'] as const) {
    if (existsSync(join(folder, `${engine}.lock`))) await namedTestDatabase(engine, name).drop();
  }
  rmSync(folder, { recursive: true, force: true });
}

// Jest calls what the file exports, as CommonJS: not a named export.
export = globalTeardown;
