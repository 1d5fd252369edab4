import { HealthResponse } from '@regflow/contracts';
import request from 'supertest';
import { AppModule } from '../../app.module';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { startTestApp, TestApp } from '../../testing/test-app';
import { HealthController } from './health.controller';

/** A loopback port where nothing listens: Redis "stopped". */
const UNREACHABLE_REDIS_URL = 'redis://127.0.0.1:6390';

describe.each(testEngines())(`${HealthController.name} on %s`, (_engine, createDatabase) => {
  let database: TestDatabase;
  let running: TestApp | undefined;

  beforeEach(async () => {
    database = await createDatabase();
  });

  afterEach(async () => {
    await running?.close();
    running = undefined;
    await database.drop();
  });

  it('reports the database and Redis up with 200', async () => {
    running = await startTestApp({ module: AppModule.register({ workerInProcess: false }), env: database.env });

    const response = await request(running.app.getHttpServer()).get('/api/health').expect(200);

    const body = response.body as HealthResponse;
    expect(body.status).toBe('ok');
    expect(body.details.database?.status).toBe('up');
    expect(body.details.redis?.status).toBe('up');
  });

  it('still starts with Redis stopped, and answers 503 naming Redis as down', async () => {
    running = await startTestApp({
      module: AppModule.register({ workerInProcess: false }),
      env: { ...database.env, REDIS_URL: UNREACHABLE_REDIS_URL },
    });

    const response = await request(running.app.getHttpServer()).get('/api/health').expect(503);

    const body = response.body as HealthResponse;
    expect(body.status).toBe('error');
    expect(body.details.database?.status).toBe('up');
    expect(body.details.redis).toMatchObject({ status: 'down', message: expect.stringContaining('Redis is not answering') });
  });
});
