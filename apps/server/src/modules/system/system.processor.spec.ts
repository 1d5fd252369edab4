import request from 'supertest';
import { AppModule } from '../../app.module';
import { Clock } from '../../common/clock/clock';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { startTestApp, TestApp } from '../../testing/test-app';
import { SystemProcessor } from './system.processor';
import { WorkerHeartbeatsService } from './worker-heartbeats.service';
import { eventually } from '../../testing/eventually';

const FIXED_NOW = new Date('2022-06-30T23:30:00Z');

describe(SystemProcessor.name, () => {
  const [[, createSqlite]] = testEngines({});
  let database: TestDatabase;
  let running: TestApp | undefined;

  beforeEach(async () => {
    database = await createSqlite();
  });

  afterEach(async () => {
    await running?.close();
    await database.drop();
  });

  it('runs the scheduled worker heartbeat through BullMQ, and health reports when the worker was last seen', async () => {
    running = await startTestApp({
      module: AppModule.register({ workerInProcess: true }),
      env: database.env,
      override: (builder) => builder.overrideProvider(Clock).useValue({ now: () => FIXED_NOW }),
    });

    const heartbeat = await eventually(() => running!.app.get(WorkerHeartbeatsService).latest());

    expect(heartbeat).toEqual({ at: FIXED_NOW.toISOString(), pid: process.pid });
    const health = await request(running.app.getHttpServer()).get('/api/health').expect(200);
    expect(health.body.details.redis.workerLastSeenAt).toBe(FIXED_NOW.toISOString());
  });

  it('runs no worker inside the API when told the worker is a separate process', async () => {
    running = await startTestApp({ module: AppModule.register({ workerInProcess: false }), env: database.env });

    const health = await request(running.app.getHttpServer()).get('/api/health').expect(200);

    expect(health.body.details.redis.workerLastSeenAt).toBeNull();
    expect(() => running!.app.get(SystemProcessor)).toThrow();
  });
});
