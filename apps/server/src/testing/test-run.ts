import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Set by the server's jest global setup: one id for the whole run, shared by its worker processes. */
export const TEST_RUN_VARIABLE = 'REGFLOW_TEST_RUN';

/** Where this run keeps its seeded demo templates: a folder for their reports and locks, and the name each engine's template has. */
export function demoTemplates(env: NodeJS.ProcessEnv = process.env): { folder: string; name: string } {
  const run = env[TEST_RUN_VARIABLE];
  if (!run) throw new Error(`${TEST_RUN_VARIABLE} is not set: run the server's specs through its jest config, whose global setup sets it`);
  return { folder: join(tmpdir(), `regflow-demo-${run}`), name: `regflow_demo_${run}` };
}
