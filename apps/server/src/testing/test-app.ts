import { ModuleMetadata } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test, TestingModuleBuilder } from '@nestjs/testing';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { configureHttp } from '../http/configure-http';
import { trackOpening } from './open-handles';

export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly queuePrefix: string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  readonly module: NonNullable<ModuleMetadata['imports']>[number];
  readonly env: Record<string, string>;
  readonly override?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
}

/** Removes every Redis key a test's queue prefix made. */
export async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  } catch {
    // Redis is not there: the test that chose it made no keys.
  } finally {
    redis.disconnect();
  }
}

/**
 * Starts a module as the HTTP entry does, with `env` applied for its lifetime (configuration is
 * read from the environment at start) and a queue prefix of its own in Redis.
 */
export function startTestApp(options: TestAppOptions): Promise<TestApp> {
  return trackOpening(startUntracked(options));
}

async function startUntracked(options: TestAppOptions): Promise<TestApp> {
  const queuePrefix = `regflow-test-${randomBytes(4).toString('hex')}`;
  const env = { LOG_LEVEL: 'silent', REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: queuePrefix, ...options.env };
  const previous = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  const restoreEnv = () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  Object.assign(process.env, env);
  let app: NestExpressApplication | undefined;
  try {
    const builder = Test.createTestingModule({ imports: [options.module] });
    const moduleRef = await (options.override ? options.override(builder) : builder).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
    configureHttp(app);
    await app.get(DataSource).runMigrations();
    await app.init();
    const started = app;
    return {
      app: started,
      queuePrefix,
      close: async () => {
        await started.close();
        await deleteQueueKeys(env.REDIS_URL, queuePrefix);
        restoreEnv();
      },
    };
  } catch (error) {
    // An app that failed to start (e.g. refused its queue prefix) still holds connections: close them.
    await app?.close().catch(() => undefined);
    restoreEnv();
    throw error;
  }
}
