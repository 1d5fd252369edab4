import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import request from 'supertest';
import { AppModule } from '../../app.module';
import { Clock } from '../../common/clock/clock';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { deleteQueueKeys, startTestApp, TEST_REDIS_URL, TestApp } from '../../testing/test-app';
import { ROUTINES_QUEUE } from '../notifications/notifications.queue';
import { SYSTEM_QUEUE } from './system.queue';
import { eventually } from '../../testing/eventually';

const FIXED_NOW = new Date('2022-06-30T23:30:00Z');

const EVERY_SCHEDULER = ['routines/capacity-monitor', 'routines/compliance-snapshot', 'routines/diary-digest', 'system/worker-heartbeat'];

describe('after Redis loses its data', () => {
  const [[, createSqlite]] = testEngines({});
  let database: TestDatabase;
  let running: TestApp;
  let redis: Redis;

  const health = async () => (await request(running.app.getHttpServer()).get('/api/health').expect(200)).body.details.redis;
  const schedulers = async () => {
    const keys = [];
    for (const name of [ROUTINES_QUEUE, SYSTEM_QUEUE]) {
      const queue = running.app.get<Queue>(getQueueToken(name), { strict: false });
      keys.push(...(await queue.getJobSchedulers()).map((scheduler) => `${name}/${scheduler.key}`));
    }
    return keys.sort();
  };

  beforeEach(async () => {
    database = await createSqlite();
    redis = new Redis(TEST_REDIS_URL);
    running = await startTestApp({
      module: AppModule.register({ workerInProcess: true }),
      env: { ...database.env, QUEUE_CHECK_MS: '200' },
      override: (builder) => builder.overrideProvider(Clock).useValue({ now: () => FIXED_NOW }),
    });
  });

  afterEach(async () => {
    await running.close();
    redis.disconnect();
    await database.drop();
  });

  it('registers the recurring jobs again, and health says the worker is missing until its heartbeat is back', async () => {
    await eventually(async () => ((await schedulers()).length === EVERY_SCHEDULER.length ? true : undefined));
    expect(await eventually(async () => ((await health()).worker === 'running' ? health() : undefined))).toMatchObject({ status: 'up', workerLastSeenAt: FIXED_NOW.toISOString() });

    // Only this test's prefix: other tests share this Redis.
    await deleteQueueKeys(TEST_REDIS_URL, running.queuePrefix);
    expect(await redis.keys(`${running.queuePrefix}:*`)).toEqual([]);

    expect(await health()).toMatchObject({ status: 'up', worker: 'missing', workerLastSeenAt: null, message: expect.stringMatching(/no worker has reported in/) });
    expect(await eventually(async () => ((await schedulers()).length === EVERY_SCHEDULER.length ? schedulers() : undefined))).toEqual(EVERY_SCHEDULER);
    expect(await eventually(async () => ((await health()).worker === 'running' ? health() : undefined))).toMatchObject({ workerLastSeenAt: FIXED_NOW.toISOString() });
    expect(await eventually(async () => (await redis.get(`${running.queuePrefix}:installation`)) ?? undefined)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
