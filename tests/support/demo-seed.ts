import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const REGFLOW = join(__dirname, '..', '..', 'apps', 'server', 'bin', 'regflow.js');

/**
 * A new SQLite data directory holding the demo seed, as `regflow seed` gives a new installation:
 * offices, staff, appointment types and eight weeks of diary sessions from today (the real clock).
 * The caller removes it.
 */
export async function seededDataDir(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'regflow-e2e-seeded-'));
  await promisify(execFile)(process.execPath, [REGFLOW, 'seed'], { env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' } });
  return dataDir;
}
