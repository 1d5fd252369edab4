import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from './environment';
import { secretsConfig } from './secrets.config';

function withEnv<T>(env: Record<string, string | undefined>, read: () => T): T {
  const previous = { ...process.env };
  Object.assign(process.env, env);
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete process.env[key];
  try {
    return read();
  } finally {
    process.env = previous;
  }
}

describe('secretsConfig', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'regflow-secret-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('makes a secret once on the embedded default, readable only by its owner, and keeps it across restarts', () => {
    const env = { DATA_DIR: dataDir, APP_SECRET: undefined, DATABASE_URL: undefined };
    const first = withEnv(env, () => secretsConfig()).appSecret;
    const second = withEnv(env, () => secretsConfig()).appSecret;

    expect(first).toHaveLength(43);
    expect(second).toBe(first);
    expect(readFileSync(join(dataDir, 'app-secret'), 'utf8')).toBe(first);
    expect(statSync(join(dataDir, 'app-secret')).mode & 0o777).toBe(0o600);
  });

  it('uses APP_SECRET when set', () => {
    const secret = 'x'.repeat(40);
    expect(withEnv({ DATA_DIR: dataDir, APP_SECRET: secret }, () => secretsConfig()).appSecret).toBe(secret);
  });

  it('refuses to start on PostgreSQL without APP_SECRET, and refuses a short one', () => {
    expect(() => withEnv({ APP_SECRET: undefined, DATABASE_URL: 'postgres://localhost/regflow' }, () => secretsConfig())).toThrow(ConfigurationError);
    expect(() => withEnv({ APP_SECRET: 'short' }, () => secretsConfig())).toThrow('APP_SECRET must be at least 32 characters');
  });
});
