import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../apps/server/src/testing/private-redis';

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface RunningProcess {
  readonly output: () => string;
  /** Sends SIGTERM and resolves with how the process ended. */
  stop(): Promise<Exit>;
  /** Sends SIGKILL: the process gets no chance to finish anything. */
  kill(): Promise<Exit>;
}

export interface RunningServer extends RunningProcess {
  readonly baseUrl: string;
  /** The environment the server runs with; a worker started with it shares its database and queues. */
  readonly env: Record<string, string>;
}

const distDir = join(__dirname, '..', '..', 'apps', 'server', 'dist');

/** Runs one of the server's built entry points (`main.js`, `worker.js`) as a real process. */
export function startEntry(entry: 'main.js' | 'worker.js', env: Record<string, string>): RunningProcess & { exited: Promise<Exit> } {
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [join(distDir, entry)], {
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    exited,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      return exited;
    },
  };
}

/**
 * Starts the built API on a free port, with an empty SQLite data directory of its own unless
 * `env` names a database, and a Redis queue prefix of its own; waits until `/api/health` answers.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'regflow-e2e-'));
  const serverEnv = {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    QUEUE_PREFIX: `regflow-e2e-${randomBytes(4).toString('hex')}`,
    ...env,
  };
  const api = startEntry('main.js', serverEnv);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(`${baseUrl}/api/health`, api.exited, api.output);
  } catch (error) {
    await api.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    baseUrl,
    env: serverEnv,
    output: api.output,
    kill: api.kill,
    async stop() {
      const exit = await api.stop();
      rmSync(dataDir, { recursive: true, force: true });
      return exit;
    },
  };
}

async function waitUntilAnswering(url: string, exited: Promise<Exit>, output: () => string): Promise<void> {
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (hasExited) throw new Error(`server exited before answering:\n${output()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`server did not answer ${url} within 30 s:\n${output()}`);
}
