import { getQueueToken } from '@nestjs/bullmq';
import { Job, Queue } from 'bullmq';
import { randomBytes, randomUUID } from 'node:crypto';
import { startApiApp } from '../../testing/api-app';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { deleteQueueKeys, TEST_REDIS_URL } from '../../testing/test-app';
import { startWorkflowApp, WorkflowApp } from '../../testing/workflow-app';
import { NOTIFICATION_JOBS, NOTIFICATIONS_QUEUE } from '../notifications/notifications.queue';
import { InstallationClaim } from './installation-claim';


describe.each(testEngines())(`${InstallationClaim.name} on %s`, (_engine, createDatabase) => {
  const databases: TestDatabase[] = [];
  const prefix = `regflow-shared-${randomBytes(4).toString('hex')}`;

  const database = async () => {
    const created = await createDatabase();
    databases.push(created);
    return created;
  };

  afterEach(async () => {
    await deleteQueueKeys(TEST_REDIS_URL, prefix);
    for (const created of databases.splice(0)) await created.drop();
  });

  it('refuses to start a second installation on the same queue prefix, naming QUEUE_PREFIX in one line; the first starts again', async () => {
    const first = await database();
    const second = await database();
    const shared = { env: { QUEUE_PREFIX: prefix } };

    const running = await startApiApp(first, shared);
    const refusal = await startApiApp(second, shared).then(
      () => new Error('the second installation started'),
      (error: Error) => error,
    );
    await running.close();

    expect(refusal.message).toMatch(/^another regflow installation \([0-9a-f-]{36}\) already uses QUEUE_PREFIX "regflow-shared-[0-9a-f]+" on this Redis.*give each installation its own QUEUE_PREFIX/);
    expect(refusal.message).not.toContain('\n');
    const again = await startApiApp(first, shared);
    await again.close();
  });

  describe('a worker', () => {
    let running: WorkflowApp;

    beforeEach(async () => {
      running = await startWorkflowApp(await database(), '2022-07-01T08:00:00Z', { MESSAGE_ATTEMPTS: '2' });
    });

    afterEach(async () => {
      await running.close();
    });

    it('never completes a job whose outbox row its database does not hold: the job waits, attempts unused, for its own installation', async () => {
      const queue = running.app.get<Queue>(getQueueToken(NOTIFICATIONS_QUEUE), { strict: false });
      const foreign = await queue.add(NOTIFICATION_JOBS.sendMessage, { messageId: randomUUID() }, { jobId: `appointment-${randomUUID()}-confirmation`, attempts: 2 });

      const seen = async (): Promise<Job | undefined> => {
        const job = await queue.getJob(foreign.id!);
        return job && (await job.getState()) !== 'waiting' && (await job.getState()) !== 'active' ? job : undefined;
      };
      const deadline = Date.now() + 20_000;
      let job = await seen();
      while (!job && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        job = await seen();
      }

      expect(await job?.getState()).toBe('delayed');
      expect(job?.attemptsMade).toBe(0);
      expect(job?.finishedOn).toBeUndefined();
    });
  });
});
