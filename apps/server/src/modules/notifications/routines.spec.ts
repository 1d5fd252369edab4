import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { signIn, staffMember } from '../../testing/staff-sessions';
import { SmtpSink, startSmtpSink } from '../../testing/smtp-sink';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { startWorkflowApp, WorkflowApp } from '../../testing/workflow-app';
import { ComplianceSnapshotEntity } from '../compliance/compliance-snapshot.entity';
import { ComplianceSnapshots } from '../compliance/compliance-snapshots';
import { CapacityMonitor } from './capacity-monitor';
import { DiaryDigest } from './diary-digest';
import { ROUTINES_QUEUE } from './notifications.queue';

describe.each(testEngines())('recurring routines on %s', (_engine, createDatabase) => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let running: WorkflowApp;
  let build: ReturnType<typeof schedulingBuilders>;
  let officeId: string;

  beforeEach(async () => {
    database = await createDatabase();
    sink = await startSmtpSink();
    running = await startWorkflowApp(database, '2022-07-01T08:00:00Z', { SMTP_URL: sink.url });
    build = schedulingBuilders(running.app.get(DataSource).manager);
    await build.appointmentTypes();
    officeId = (await build.office()).id;
  });

  afterEach(async () => {
    await running.close();
    await sink.close();
    await database.drop();
  });

  it('are registered once at worker start, in London time', async () => {
    const queue = running.app.get<Queue>(getQueueToken(ROUTINES_QUEUE), { strict: false });
    let schedulers: Awaited<ReturnType<Queue['getJobSchedulers']>> = [];
    for (let tries = 0; schedulers.length < 3 && tries < 100; tries += 1) {
      schedulers = await queue.getJobSchedulers();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(schedulers.map(({ key, pattern, tz }) => ({ key, pattern, tz })).sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: 'capacity-monitor', pattern: '*/15 8-17 * * 1-5', tz: 'Europe/London' },
      { key: 'compliance-snapshot', pattern: '0 2 * * *', tz: 'Europe/London' },
      { key: 'diary-digest', pattern: '30 6 * * 1-5', tz: 'Europe/London' },
    ]);
  });

  it('warns managers, once a day, of a type whose first free slot is past the target of a request made now', async () => {
    const registrar = await staffMember(running.app, ['registrar']);
    const manager = await staffMember(running.app, ['manager']);
    await build.session(registrar.id, officeId, '2022-07-04', { acceptedTypes: ['birth', 'still-birth', 'notice'] });
    await build.session(registrar.id, officeId, '2022-07-07', { acceptedTypes: ['death'] });

    const readings = await running.app.get(CapacityMonitor).check();
    await running.app.get(CapacityMonitor).check();
    await running.drain();

    expect(readings.filter((reading) => reading.atRisk)).toEqual([{ typeCode: 'death', firstFreeDay: '2022-07-07', deadline: '2022-07-05', atRisk: true }]);
    const alerts = await request(running.app.getHttpServer()).get('/api/alerts?filter={"kind":"capacity"}').set('Cookie', await signIn(running.app, manager.email)).expect(200);
    expect(alerts.body).toHaveLength(1);
    expect(sink.received.map((mail) => [mail.to && !Array.isArray(mail.to) ? mail.to.text : '', mail.subject])).toEqual([
      [manager.email, expect.stringMatching(/first free appointment is on 2022-07-07; a request today must be offered one by 2022-07-05/)],
    ]);
  });

  it('holds a request made now to the target a manager has just set: birth down to 3 working days', async () => {
    const registrar = await staffMember(running.app, ['registrar']);
    const cookie = await signIn(running.app, (await staffMember(running.app, ['manager'])).email);
    await build.session(registrar.id, officeId, '2022-07-07', { acceptedTypes: ['birth'] });
    const birth = async () => (await running.app.get(CapacityMonitor).check()).find((reading) => reading.typeCode === 'birth');
    expect(await birth()).toEqual({ typeCode: 'birth', firstFreeDay: '2022-07-07', deadline: '2022-07-08', atRisk: false });

    const current = (await request(running.app.getHttpServer()).get('/api/appointment-types/birth').set('Cookie', cookie).expect(200)).body;
    await request(running.app.getHttpServer()).put('/api/appointment-types/birth').set('Cookie', cookie).send({ ...current, targetWorkingDays: 3 }).expect(200);

    expect(await birth()).toEqual({ typeCode: 'birth', firstFreeDay: '2022-07-07', deadline: '2022-07-06', atRisk: true });
  });

  it('sends each registrar with sessions today their list, on working days only', async () => {
    const busy = await staffMember(running.app, ['registrar']);
    await staffMember(running.app, ['registrar']);
    const session = await build.session(busy.id, officeId, '2022-07-04');
    for (const time of ['0800', '0830']) {
      await request(running.app.getHttpServer())
        .post('/api/public/bookings')
        .send({ slotId: `${session.id}~20220704T${time}Z`, type: 'birth', resident: { name: 'Aled Jones', email: `aled-${time}@example.org` } })
        .expect(201);
    }
    await running.drain();
    sink.received.length = 0;

    running.clock.set('2022-07-04T05:30:00Z');
    expect(await running.app.get(DiaryDigest).send()).toBe(1);
    expect(await running.app.get(DiaryDigest).send()).toBe(1);
    await running.drain();
    const digests = sink.received.filter((mail) => mail.subject?.startsWith('Your appointments'));
    expect(digests.map((mail) => [mail.to && !Array.isArray(mail.to) ? mail.to.text : '', mail.subject])).toEqual([[busy.email, 'Your appointments on Monday 4 July 2022: 2']]);
    expect(digests[0].text).toMatch(/9am: .*\n.*9:30am: /);

    running.clock.set('2022-08-29T05:30:00Z');
    expect(await running.app.get(DiaryDigest).send()).toBe(0);
  });

  it('keeps each night the month-to-date scorecard as it stood, once per day', async () => {
    const registrar = await staffMember(running.app, ['registrar']);
    const session = await build.session(registrar.id, officeId, '2022-07-04');
    await request(running.app.getHttpServer())
      .post('/api/public/bookings')
      .send({ slotId: `${session.id}~20220704T0800Z`, type: 'birth', resident: { name: 'Aled Jones', email: 'aled@example.org' } })
      .expect(201);

    running.clock.set('2022-07-02T01:00:00Z');
    await running.app.get(ComplianceSnapshots).take();
    await running.app.get(ComplianceSnapshots).take();

    const snapshots = await running.app.get(DataSource).manager.find(ComplianceSnapshotEntity);
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatchObject({ day: '2022-07-02', period: '2022-07' });
    expect(snapshots[0].figures['birth-appointments-5wd']).toEqual({ numerator: 1, denominator: 1, value: 100, rag: 'Green', direction: 'No Previous Figure' });
  });
});
