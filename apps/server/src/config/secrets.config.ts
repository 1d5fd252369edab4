import { registerAs } from '@nestjs/config';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigurationError, readEnvironment } from './environment';

export interface SecretsConfig {
  /** Signs residents' manage links. */
  readonly appSecret: string;
}

const SECRET_FILE = 'app-secret';
const MINIMUM_SECRET_LENGTH = 32;

/**
 * APP_SECRET when set; on the embedded default, a secret made once and kept in DATA_DIR so links
 * survive restarts. PostgreSQL installations (several processes) must set APP_SECRET.
 */
export const secretsConfig = registerAs('secrets', (): SecretsConfig => readSecrets(process.env));

/** The secrets of the environment `env`, or a ConfigurationError saying what to set. */
export function readSecrets(env: NodeJS.ProcessEnv): SecretsConfig {
  const environment = readEnvironment(env);
  if (environment.APP_SECRET) return { appSecret: environment.APP_SECRET };
  if (environment.DATABASE_URL) {
    throw new ConfigurationError(`regflow cannot start: set APP_SECRET (at least ${MINIMUM_SECRET_LENGTH} characters) when DATABASE_URL is set`);
  }
  const dataDir = resolve(environment.DATA_DIR);
  const file = join(dataDir, SECRET_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return { appSecret: readFileSync(file, 'utf8').trim() };
}
