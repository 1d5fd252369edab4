import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { oneSessionService } from '../../testing/scheduling-builders';
import { SmtpSink, startSmtpSink } from '../../testing/smtp-sink';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { startWorkflowApp, WorkflowApp } from '../../testing/workflow-app';
import { EscalationsService } from './escalations.service';
import { ESCALATION_JOBS, ESCALATIONS_QUEUE } from './notifications.queue';
import { OutboxDispatcher } from './outbox.dispatcher';
import { OutboxEntryEntity } from './outbox-entry.entity';

describe.each(testEngines())('an escalation check that keeps failing, on %s', (_engine, createDatabase) => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let running: WorkflowApp;

  beforeEach(async () => {
    database = await createDatabase();
    sink = await startSmtpSink();
    running = await startWorkflowApp(database, '2022-07-01T08:00:00Z', { SMTP_URL: sink.url, MESSAGE_ATTEMPTS: '3' });
  });

  afterEach(async () => {
    await running.close();
    await sink.close();
    await database.drop();
  });

  it('is tried as often as allowed, then its outbox row is done and it is never dispatched again', async () => {
    const sessionId = await oneSessionService(running.app, '2022-07-05');
    await request(running.app.getHttpServer())
      .post('/api/public/bookings')
      .send({ slotId: `${sessionId}~20220705T0800Z`, type: 'death', eventDate: '2022-06-30', resident: { name: 'Gwen Morgan', email: 'gwen@example.org' } })
      .expect(201);
    const check = jest.spyOn(running.app.get(EscalationsService), 'check').mockRejectedValue(new Error('the database went away'));
    const outboxRow = () => running.app.get(DataSource).manager.findOneByOrFail(OutboxEntryEntity, { jobName: ESCALATION_JOBS.deathNotRegistered });

    await running.advanceTo('2022-07-04T09:00:00Z');

    expect(check).toHaveBeenCalledTimes(3);
    const row = await outboxRow();
    expect(row.completedAt).not.toBeNull();

    // What BullMQ does once the failed job ages out: it is gone from Redis.
    const queue = running.app.get<Queue>(getQueueToken(ESCALATIONS_QUEUE), { strict: false });
    expect(await queue.getJobState(row.jobId)).toBe('failed');
    await (await queue.getJob(row.jobId))!.remove();
    const dispatcher = running.app.get(OutboxDispatcher);
    expect(await dispatcher.reconcile()).toBe(0);
    await running.advanceTo('2022-07-05T09:00:00Z');

    expect(check).toHaveBeenCalledTimes(3);
    expect((await outboxRow()).dispatchedAt).not.toBeNull();
  });
});
