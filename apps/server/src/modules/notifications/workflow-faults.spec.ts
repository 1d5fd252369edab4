import request from 'supertest';
import { oneSessionService } from '../../testing/scheduling-builders';
import { PrivateRedis, startPrivateRedis } from '../../testing/private-redis';
import { SmtpSink, startSmtpSink } from '../../testing/smtp-sink';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { startWorkflowApp, WorkflowApp } from '../../testing/workflow-app';
import { NotificationsProcessor } from './notifications.processor';
import { OutboxDispatcher } from './outbox.dispatcher';

const NOW = '2022-07-01T08:00:00Z';
const SLOTS = ['0800', '0830', '0900', '0930', '1000'];

/** Drains until Redis answers again: the first tries after a restart may find BullMQ still reconnecting. */
async function drainWhenRedisIsBack(running: WorkflowApp): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await running.drain();
    } catch (error) {
      if (attempt >= 10) throw error;
    }
  }
}

describe.each(testEngines())('the workflow when Redis fails, on %s', (_engine, createDatabase) => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let redis: PrivateRedis;
  let running: WorkflowApp;
  let sessionId: string;

  const bookAll = () =>
    Promise.all(
      SLOTS.map((time, index) =>
        request(running.app.getHttpServer())
          .post('/api/public/bookings')
          .send({ slotId: `${sessionId}~20220705T${time}Z`, type: 'birth', resident: { name: 'Aled Jones', email: `resident-${index}@example.org` } }),
      ),
    );
  const confirmations = () => sink.received.filter((mail) => mail.messageId?.includes('-confirmation@'));

  beforeEach(async () => {
    database = await createDatabase();
    sink = await startSmtpSink();
    redis = await startPrivateRedis();
    running = await startWorkflowApp(database, NOW, { SMTP_URL: sink.url, REDIS_URL: redis.url });
    sessionId = await oneSessionService(running.app, '2022-07-05');
  });

  afterEach(async () => {
    await running.close();
    await redis.stop();
    await sink.close();
    await database.drop();
  });

  it('takes every booking while Redis is down, and sends each confirmation exactly once when it returns', async () => {
    await redis.stop();
    const answers = await bookAll();
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201]);
    await expect(running.app.get(OutboxDispatcher).dispatchDue()).rejects.toThrow(/Redis did not answer/);

    redis = await startPrivateRedis(redis.port);
    await drainWhenRedisIsBack(running);

    expect(confirmations()).toHaveLength(5);
    expect(new Set(confirmations().map((mail) => mail.messageId)).size).toBe(5);
  });

  it('dispatches again what Redis lost before a worker took it, and still sends each once', async () => {
    const worker = running.app.get(NotificationsProcessor).worker;
    await worker.pause();
    await bookAll();
    expect(await running.app.get(OutboxDispatcher).dispatchDue()).toBe(5);

    await redis.stop();
    redis = await startPrivateRedis(redis.port);
    worker.resume();
    let lost = 0;
    for (let attempt = 1; lost === 0 && attempt <= 10; attempt += 1) lost = await running.app.get(OutboxDispatcher).reconcile().catch(() => 0);
    expect(lost).toBe(5);
    await drainWhenRedisIsBack(running);

    expect(confirmations()).toHaveLength(5);
    expect(new Set(confirmations().map((mail) => mail.messageId)).size).toBe(5);
  });
});
