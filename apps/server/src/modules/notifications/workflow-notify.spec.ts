import request from 'supertest';
import { NotifyFake, startNotifyFake } from '../../testing/notify-fake';
import { oneSessionService } from '../../testing/scheduling-builders';
import { SmtpSink, startSmtpSink } from '../../testing/smtp-sink';
import { signIn, staffMember } from '../../testing/staff-sessions';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { startWorkflowApp, WorkflowApp } from '../../testing/workflow-app';

const [[, createSqlite]] = testEngines({});

describe('appointment messages through GOV.UK Notify, when a key is configured', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let notify: NotifyFake;
  let running: WorkflowApp;
  let sessionId: string;

  beforeEach(async () => {
    database = await createSqlite();
    sink = await startSmtpSink();
    notify = await startNotifyFake();
    running = await startWorkflowApp(database, '2022-07-01T08:00:00Z', {
      SMTP_URL: sink.url,
      NOTIFY_BASE_URL: notify.baseUrl,
      NOTIFY_API_KEY: notify.apiKey,
      NOTIFY_EMAIL_TEMPLATE_ID: notify.emailTemplateId,
      NOTIFY_SMS_TEMPLATE_ID: notify.smsTemplateId,
    });
    sessionId = await oneSessionService(running.app, '2022-07-05');
  });

  afterEach(async () => {
    await running.close();
    await notify.close();
    await sink.close();
    await database.drop();
  });

  it('sends the confirmation by Notify email, then the reminder by email and text message, and nothing over SMTP', async () => {
    const booking = await request(running.app.getHttpServer())
      .post('/api/public/bookings')
      .send({ slotId: `${sessionId}~20220705T0800Z`, type: 'birth', resident: { name: 'Aled Jones', email: 'aled@example.org', phone: '07700 900123' } })
      .expect(201);
    await running.drain();
    await running.advanceTo('2022-07-04T09:00:00Z');

    const sent = notify.requests.filter((call) => call.status === 201);
    expect(sent.map((call) => `${call.path} ${String(call.body.reference).replace(/^appointment-[0-9a-f-]{36}-/, '')}`)).toEqual([
      '/v2/notifications/email confirmation',
      '/v2/notifications/email reminder',
      '/v2/notifications/sms reminder-sms',
    ]);
    expect(sent[0].body).toMatchObject({ email_address: 'aled@example.org', template_id: notify.emailTemplateId });
    expect(JSON.stringify(sent[0].body.personalisation)).toContain(booking.body.reference);
    expect(sent[2].body).toMatchObject({ phone_number: '07700 900123', template_id: notify.smsTemplateId });
    expect(sink.received).toHaveLength(0);
  });

  it('sends a resident who gave only a mobile number every message by text, the satisfaction question too', async () => {
    const http = () => request(running.app.getHttpServer());
    const booking = await http()
      .post('/api/public/bookings')
      .send({ slotId: `${sessionId}~20220705T0800Z`, type: 'birth', resident: { name: 'Aled Jones', phone: '07700 900123' } })
      .expect(201);
    await running.drain();
    await running.advanceTo('2022-07-04T09:00:00Z');
    running.clock.set('2022-07-05T12:00:00Z');
    const manager = await signIn(running.app, (await staffMember(running.app, ['manager'])).email);
    const [appointment] = (await http().get(`/api/appointments?filter={"reference":"${booking.body.reference}"}`).set('Cookie', manager).expect(200)).body;
    await http().put(`/api/appointments/${appointment.id}`).set('Cookie', manager).send({ status: 'attended' }).expect(200);
    await running.advanceTo('2022-07-06T09:00:00Z');

    const sent = notify.requests.filter((call) => call.status === 201);
    expect(sent.map((call) => `${call.path} ${String(call.body.reference).replace(/^appointment-[0-9a-f-]{36}-/, '')}`)).toEqual([
      '/v2/notifications/sms confirmation-sms',
      '/v2/notifications/sms reminder-sms',
      '/v2/notifications/sms satisfaction-sms',
    ]);
    for (const call of sent) expect(call.body).toMatchObject({ phone_number: '07700 900123', template_id: notify.smsTemplateId });
    expect(JSON.stringify(sent[0].body.personalisation)).toContain(`/manage/${booking.body.reference}?token=`);
    expect(JSON.stringify(sent[2].body.personalisation)).toContain(`/manage/${booking.body.reference}/feedback?token=`);
    expect(sink.received).toHaveLength(0);
  });

  it('retries when Notify answers 500, and the message arrives once', async () => {
    notify.failNext(500);
    await request(running.app.getHttpServer())
      .post('/api/public/bookings')
      .send({ slotId: `${sessionId}~20220705T0800Z`, type: 'birth', resident: { name: 'Aled Jones', email: 'aled@example.org' } })
      .expect(201);
    await running.drain();
    expect(notify.requests.map((call) => call.status)).toEqual([500, 201]);
  });
});
