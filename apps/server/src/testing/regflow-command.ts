import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const bin = join(__dirname, '..', '..', 'bin', 'regflow.js');

export interface CommandResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `regflow` command as a user would, with `env` added to this process's environment. */
export function regflow(env: Record<string, string>, ...args: string[]): CommandResult {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
