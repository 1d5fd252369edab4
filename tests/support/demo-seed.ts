import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { RunningServer, startServer } from './server-process';

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

export interface DemoServer {
  readonly server: RunningServer;
  readonly browser: Browser;
}

export interface DemoServerOptions {
  /** Work on the seeded data before the server starts (e.g. a known password). */
  readonly prepare?: (dataDir: string) => Promise<void>;
  /** More environment for the server, read when it starts (after the file's earlier beforeAll hooks). */
  readonly env?: () => Record<string, string>;
}

/**
 * Registers a browser test file's hooks: the demo seed in a data directory of its own, the built
 * server over it and one Chromium, all stopped and removed after the file.
 */
export function useDemoServer(options: DemoServerOptions = {}): DemoServer {
  let dataDir: string | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    [dataDir, browser] = await Promise.all([seededDataDir(), launchChromium()]);
    await options.prepare?.(dataDir);
    server = await startServer({ DATA_DIR: dataDir, ...options.env?.() });
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  return {
    get server() {
      if (!server) throw new Error('the server starts in beforeAll: use it inside a test');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium starts in beforeAll: use it inside a test');
      return browser;
    },
  };
}
