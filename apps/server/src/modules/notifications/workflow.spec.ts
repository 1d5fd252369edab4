import { ParsedMail } from 'mailparser';
import request from 'supertest';
import { DataSource, Like } from 'typeorm';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { AppointmentCalendar } from '../scheduling/messages/appointment-calendar';
import { MessageSender } from './message-sender';
import { OutboxEntryEntity } from './outbox-entry.entity';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { signIn, staffMember } from '../../testing/staff-sessions';
import { SmtpSink, startSmtpSink } from '../../testing/smtp-sink';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { startWorkflowApp, WorkflowApp } from '../../testing/workflow-app';

/** The calendar file an email carries: its text, its content type's method, and its properties (folded lines joined). */
function calendarOf(mail: ParsedMail) {
  const attachment = mail.attachments.find((candidate) => candidate.contentType === 'text/calendar');
  if (!attachment) throw new Error(`"${mail.subject}" carries no calendar file`);
  const ics = attachment.content.toString('utf8');
  const lines = ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const property = (name: string) => lines.find((line) => line.startsWith(`${name}:`))?.slice(name.length + 1);
  const contentType = attachment.headers.get('content-type') as { params: Record<string, string> };
  return { ics, contentTypeMethod: contentType.params.method, method: property('METHOD'), uid: property('UID'), sequence: Number(property('SEQUENCE')), status: property('STATUS'), start: property('DTSTART') };
}

/** Friday 1 July 2022, 09:00 in London. */
const NOW = '2022-07-01T08:00:00Z';
const resident = { name: 'Aled Jones', email: 'aled@example.org' };

describe.each(testEngines())('appointment messages through the outbox and BullMQ on %s', (_engine, createDatabase) => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let running: WorkflowApp;
  let tuesday: string;
  let thursday: string;
  let registrarEmail: string;
  let manager: string;

  const http = () => request(running.app.getHttpServer());
  const book = async (slotId: string, type = 'birth', extra: object = {}) =>
    (await http().post('/api/public/bookings').send({ slotId, type, resident, ...extra }).expect(201)).body as { reference: string; manageToken: string };
  const messagesOf = async (reference: string) => {
    const [appointment] = (await http().get(`/api/appointments?filter={"reference":"${reference}"}`).set('Cookie', manager).expect(200)).body;
    const listed = await http().get(`/api/messages?filter={"appointmentId":"${appointment.id}"}&sort=["createdAt","ASC"]`).set('Cookie', manager).expect(200);
    return { appointmentId: appointment.id as string, messages: listed.body as { id: string; kind: string; status: string; dueAt: string; attempts: number }[] };
  };
  const statusesOf = async (reference: string) => (await messagesOf(reference)).messages.map((message) => `${message.kind} ${message.status}`).sort();
  const subjects = () => sink.received.map((mail) => mail.subject ?? '');
  /** A manager's change to a type, as the admin app sends it: the whole type back with the change. */
  const changeType = async (code: string, change: object) => {
    const current = (await http().get(`/api/appointment-types/${code}`).set('Cookie', manager).expect(200)).body;
    await http().put(`/api/appointment-types/${code}`).set('Cookie', manager).send({ ...current, ...change }).expect(200);
  };

  beforeEach(async () => {
    database = await createDatabase();
    sink = await startSmtpSink();
    // Started as on port 3100 with no PUBLIC_BASE_URL: residents' links must follow the port.
    running = await startWorkflowApp(database, NOW, { SMTP_URL: sink.url, MESSAGE_ATTEMPTS: '3', PORT: '3100', PUBLIC_BASE_URL: '' });
    const build = schedulingBuilders(running.app.get(DataSource).manager);
    await build.appointmentTypes();
    const office = await build.office({ name: 'Worcester', address: 'The Guildhall, High Street, Worcester' });
    const registrar = await staffMember(running.app, ['registrar']);
    registrarEmail = registrar.email;
    tuesday = (await build.session(registrar.id, office.id, '2022-07-05')).id;
    thursday = (await build.session(registrar.id, office.id, '2022-07-07')).id;
    manager = await signIn(running.app, (await staffMember(running.app, ['manager'])).email);
  });

  afterEach(async () => {
    await running.close();
    await sink.close();
    await database.drop();
  });

  it('sends exactly one confirmation, with a calendar invitation, and plans the reminder for the working day before', async () => {
    const booking = await book(`${tuesday}~20220705T0800Z`);
    await running.drain();
    await running.drain();

    expect(sink.received).toHaveLength(1);
    const [confirmation] = sink.received;
    expect(confirmation.to).toMatchObject({ text: resident.email });
    expect(confirmation.text).toContain('Tuesday 5 July 2022 at 9am');
    expect(confirmation.text).toContain(booking.reference);
    expect(confirmation.attachments.map((attachment) => attachment.contentType)).toContain('text/calendar');
    const { appointmentId, messages } = await messagesOf(booking.reference);
    expect(confirmation.messageId).toBe(`<appointment-${appointmentId}-confirmation@regflow.local>`);
    expect(messages.map(({ kind, status, attempts, dueAt }) => ({ kind, status, attempts, dueAt })).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'confirmation', status: 'sent', attempts: 1, dueAt: '2022-07-01T08:00:00.000Z' },
      { kind: 'reminder', status: 'queued', attempts: 0, dueAt: '2022-07-04T09:00:00.000Z' },
    ]);

    await running.advanceTo('2022-07-04T09:00:00Z');
    expect(subjects()).toHaveLength(2);
    expect(sink.received[1].text).toContain('Tuesday 5 July 2022 at 9am');
  });

  it('links the resident to their booking’s page at the address the server listens on, with a token that opens it', async () => {
    const booking = await book(`${tuesday}~20220705T0800Z`);
    await running.drain();

    const manageUrl = new URL(sink.received[0].text?.match(/change or cancel your appointment so someone else can use it: (\S+)/)?.[1] ?? '');
    expect(`${manageUrl.origin}${manageUrl.pathname}`).toBe(`http://127.0.0.1:3100/manage/${booking.reference}`);
    const opened = await http().get(`/api/public/bookings/${booking.reference}?token=${encodeURIComponent(manageUrl.searchParams.get('token') ?? '')}`).expect(200);
    expect(opened.body.reference).toBe(booking.reference);
  });

  it('lists in the next confirmation the documents to bring a manager has just set', async () => {
    const documentsToBring = ['Your baby’s red book from the health visitor', 'Proof of address dated in the last three months'];
    await changeType('birth', { documentsToBring });

    await book(`${tuesday}~20220705T0800Z`);
    await running.drain();

    const [confirmation] = sink.received;
    for (const document of documentsToBring) expect(confirmation.text).toContain(`- ${document}`);
    expect(confirmation.text).not.toContain('Proof of identity for each parent attending');
  });

  it('after a reschedule never sends the old reminder, and sends the new one', async () => {
    const booking = await book(`${tuesday}~20220705T0800Z`);
    await running.drain();
    await http().patch(`/api/public/bookings/${booking.reference}?token=${booking.manageToken}`).send({ slotId: `${thursday}~20220707T0900Z` }).expect(200);
    await running.drain();
    expect(sink.received).toHaveLength(2);
    expect(sink.received[1].text).toContain('Thursday 7 July 2022 at 10am');
    // Moved in the same second it was booked: the new version still replaces the old in a calendar.
    const [booked, moved] = sink.received.map(calendarOf);
    expect(moved).toMatchObject({ method: 'PUBLISH', uid: booked.uid, status: 'CONFIRMED', start: '20220707T090000Z' });
    expect(moved.sequence).toBeGreaterThan(booked.sequence);

    await running.advanceTo('2022-07-04T12:00:00Z');
    expect(sink.received).toHaveLength(2);
    await running.advanceTo('2022-07-06T12:00:00Z');
    expect(sink.received).toHaveLength(3);
    expect(sink.received[2].text).toContain('Thursday 7 July 2022 at 10am');
    expect(sink.received[2].text).not.toContain('Tuesday 5 July');
    expect(await statusesOf(booking.reference)).toEqual(['confirmation sent', 'reminder cancelled', 'reminder sent', 'rescheduled sent']);
  });

  it('after a cancellation sends the cancellation and no reminder', async () => {
    const booking = await book(`${tuesday}~20220705T0800Z`);
    await http().delete(`/api/public/bookings/${booking.reference}?token=${booking.manageToken}`).expect(200);
    await running.advanceTo('2022-07-05T12:00:00Z');
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0].subject).toMatch(/cancel/i);
    expect(await statusesOf(booking.reference)).toEqual(['cancelled sent', 'confirmation cancelled', 'reminder cancelled']);
  });

  it('sends with the cancellation the calendar file that withdraws the event, the same file the booking’s calendar link serves', async () => {
    const booking = await book(`${tuesday}~20220705T0800Z`);
    await running.drain();
    await http().delete(`/api/public/bookings/${booking.reference}?token=${booking.manageToken}`).expect(200);
    await running.drain();

    expect(subjects()).toEqual([expect.stringMatching(/^Appointment booked/), expect.stringMatching(/^Appointment cancelled/)]);
    const [booked, cancelled] = sink.received.map(calendarOf);
    expect(booked).toMatchObject({ method: 'PUBLISH', contentTypeMethod: 'PUBLISH', status: 'CONFIRMED' });
    expect(cancelled).toMatchObject({ method: 'CANCEL', contentTypeMethod: 'CANCEL', status: 'CANCELLED', uid: booked.uid, start: booked.start });
    expect(cancelled.sequence).toBeGreaterThan(booked.sequence);

    const { appointmentId } = await messagesOf(booking.reference);
    const served = await running.app.get(AppointmentCalendar).fileFor(running.app.get(DataSource).manager, appointmentId);
    expect(served).toBe(cancelled.ics);
  });

  it('retries a refusing mail server, then marks the message given up and alerts staff', async () => {
    sink.setRefusing('always');
    const booking = await book(`${tuesday}~20220705T0800Z`);
    await running.drain();

    expect(sink.received).toHaveLength(0);
    const { messages } = await messagesOf(booking.reference);
    expect(messages.find((message) => message.kind === 'confirmation')).toMatchObject({ status: 'gave-up', attempts: 3 });
    const alerts = await http().get('/api/alerts?filter={"open":true}').set('Cookie', manager).expect(200);
    expect(alerts.body).toMatchObject([{ kind: 'delivery-failed' }]);
    expect(alerts.body[0].summary).toMatch(/could not be delivered after 3 attempts/);
  });

  it('escalates a death not registered by day 4 to its registrar, and not one already registered', async () => {
    // Died on Friday 1 July: day 4 is Tuesday 5 July, the day of both appointments, checked at 09:00 in London.
    const unregistered = await book(`${tuesday}~20220705T0900Z`, 'death', { eventDate: '2022-07-01' });
    const registered = await book(`${tuesday}~20220705T0800Z`, 'death', { eventDate: '2022-07-01' });
    const { appointmentId: registeredId } = await messagesOf(registered.reference);
    running.clock.set('2022-07-05T07:50:00Z');
    await http().put(`/api/appointments/${registeredId}`).set('Cookie', manager).send({ status: 'registered' }).expect(200);

    await running.advanceTo('2022-07-05T08:00:00Z');

    const alerts = (await http().get('/api/alerts?filter={"kind":"death-not-registered"}').set('Cookie', manager).expect(200)).body;
    expect(alerts.map((alert: { summary: string }) => alert.summary)).toEqual([expect.stringContaining(unregistered.reference)]);
    const toRegistrar = sink.received.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === registrarEmail);
    expect(toRegistrar.map((mail) => mail.subject)).toEqual([`Death not yet registered, day 4: ${unregistered.reference}`]);
  });

  it('follows each type’s reminder settings that managers choose', async () => {
    await changeType('death', { reminderWorkingDaysBefore: 2, reminderTime: '16:00' });
    await changeType('birth', { reminderWorkingDaysBefore: 0 });
    expect((await http().put('/api/appointment-types/birth').set('Cookie', manager).send({ reminderTime: '4pm' }).expect(400)).body).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/reminderTime must be HH:mm/) });

    const death = await book(`${thursday}~20220707T0800Z`, 'death', { eventDate: '2022-06-30' });
    const birth = await book(`${tuesday}~20220705T0800Z`);
    expect((await messagesOf(death.reference)).messages.find((message) => message.kind === 'reminder')?.dueAt).toBe('2022-07-05T15:00:00.000Z');
    expect((await messagesOf(birth.reference)).messages.map((message) => message.kind)).toEqual(['confirmation']);
  });

  describe('undoing a change of status the same day', () => {
    const satisfaction = async (reference: string) => (await statusesOf(reference)).filter((line) => line.startsWith('satisfaction'));
    const alertsOf = async (kind: string) =>
      (await http().get(`/api/alerts?filter={"kind":"${kind}"}`).set('Cookie', manager).expect(200)).body.map((alert: { summary: string }) => alert.summary);

    it('asks no satisfaction question for an undone registration, and escalates again a death the day-4 check found registered', async () => {
      const booking = await book(`${tuesday}~20220705T0800Z`, 'death', { eventDate: '2022-07-01' });
      const { appointmentId } = await messagesOf(booking.reference);
      await running.advanceTo('2022-07-05T07:30:00Z');
      await http().put(`/api/appointments/${appointmentId}`).set('Cookie', manager).send({ status: 'registered' }).expect(200);
      await running.advanceTo('2022-07-05T08:30:00Z'); // the day-4 check, at 09:00 in London, finds the death registered
      expect(await alertsOf('death-not-registered')).toEqual([]);
      expect(await satisfaction(booking.reference)).toEqual(['satisfaction queued']);

      await http().post(`/api/appointments/${appointmentId}/undo-status`).set('Cookie', manager).expect(200);
      await running.drain();

      expect(await alertsOf('death-not-registered')).toEqual([expect.stringContaining(booking.reference)]);
      expect(subjects()).toContain(`Death not yet registered, day 4: ${booking.reference}`);
      await running.advanceTo('2022-07-06T12:00:00Z');
      expect(subjects().filter((subject) => subject.startsWith('How was your appointment'))).toEqual([]);
      expect(await satisfaction(booking.reference)).toEqual(['satisfaction cancelled']);

      await http().put(`/api/appointments/${appointmentId}`).set('Cookie', manager).send({ status: 'registered' }).expect(200);
      expect(await satisfaction(booking.reference)).toEqual(['satisfaction cancelled', 'satisfaction queued']);
      expect(await alertsOf('death-not-registered')).toHaveLength(1);
    });

    it('withdraws the follow-ups of a notice no longer given', async () => {
      const booking = await book(`${tuesday}~20220705T0900Z`, 'notice');
      const { appointmentId } = await messagesOf(booking.reference);
      const followUps = () => running.app.get(DataSource).manager.findBy(OutboxEntryEntity, { jobId: Like(`appointment-${appointmentId}-notice-%`) });
      running.clock.set('2022-07-05T09:00:00Z');
      await http().put(`/api/appointments/${appointmentId}`).set('Cookie', manager).send({ status: 'attended' }).expect(200);
      expect((await followUps()).map((row) => row.jobName).sort()).toEqual(['notice-expiring', 'notice-period-ended']);

      await http().post(`/api/appointments/${appointmentId}/undo-status`).set('Cookie', manager).expect(200);

      expect(await followUps()).toEqual([]);
      expect(await satisfaction(booking.reference)).toEqual(['satisfaction cancelled']);
    });
  });

  describe('resending a message', () => {
    const resend = (id: string, cookie = manager) => http().post(`/api/messages/${id}/resend`).set('Cookie', cookie);
    const messageOf = async (reference: string, kind: string) => (await messagesOf(reference)).messages.find((message) => message.kind === kind)!;

    it('sends a given-up or sent message again under a reference of its own, and audits who asked', async () => {
      sink.setRefusing('always');
      const booking = await book(`${tuesday}~20220705T0800Z`);
      await running.drain();
      const { appointmentId } = await messagesOf(booking.reference);
      const confirmation = await messageOf(booking.reference, 'confirmation');
      expect(confirmation).toMatchObject({ status: 'gave-up', attempts: 3 });
      sink.setRefusing('never');
      running.clock.set('2022-07-01T09:00:00Z');
      const registrar = await signIn(running.app, registrarEmail);

      const resent = await resend(confirmation.id, registrar).expect(200);
      expect(resent.body).toMatchObject({ id: confirmation.id, status: 'queued', resends: 1, lastError: null, dueAt: '2022-07-01T09:00:00.000Z' });
      // A job of the first sending still retrying is superseded: it sends nothing.
      await expect(running.app.get(MessageSender).send(confirmation.id, false, `appointment-${appointmentId}-confirmation`)).resolves.toBe('obsolete');
      expect(sink.received).toHaveLength(0);
      await running.drain();
      expect(sink.received.map((mail) => mail.messageId)).toEqual([`<appointment-${appointmentId}-confirmation-resend-1@regflow.local>`]);
      expect(await messageOf(booking.reference, 'confirmation')).toMatchObject({ status: 'sent', attempts: 4 });

      await resend(confirmation.id).expect(200);
      await running.drain();
      expect(sink.received.map((mail) => mail.messageId)).toEqual([
        `<appointment-${appointmentId}-confirmation-resend-1@regflow.local>`,
        `<appointment-${appointmentId}-confirmation-resend-2@regflow.local>`,
      ]);
      const audit = await running.app.get(DataSource).manager.find(AuditEntryEntity, { where: { entityId: confirmation.id, action: 'resent' }, order: { at: 'ASC' } });
      expect(audit.map((entry) => entry.changes)).toEqual([
        { from: 'gave-up', resends: 1 },
        { from: 'sent', resends: 2 },
      ]);
    });

    it('refuses a message still waiting or cancelled, and another registrar’s appointment’s message', async () => {
      const booking = await book(`${tuesday}~20220705T0800Z`);
      const reminder = await messageOf(booking.reference, 'reminder');
      expect((await resend(reminder.id).expect(409)).body).toEqual({
        statusCode: 409,
        code: 'message-not-resendable',
        message: 'this message is still waiting to be sent: it cannot be sent again until it has gone or failed',
      });
      await http().delete(`/api/public/bookings/${booking.reference}?token=${booking.manageToken}`).expect(200);
      expect((await resend(reminder.id).expect(409)).body.message).toMatch(/^this message was cancelled because the appointment changed/);
      await running.drain();
      const colleague = await signIn(running.app, (await staffMember(running.app, ['registrar'])).email);
      expect((await resend((await messageOf(booking.reference, 'cancelled')).id, colleague).expect(403)).body.code).toBe('not-your-diary');
      expect((await resend('no-such-message').expect(404)).body.code).toBe('message-not-found');
    });

    it('lists the messages that need attention first: failed and given up, then waiting, then the rest, newest due first', async () => {
      sink.setRefusing('always');
      const first = await book(`${tuesday}~20220705T0800Z`);
      await running.drain();
      sink.setRefusing('never');
      await book(`${thursday}~20220707T0800Z`);
      await running.drain();
      const firstId = (await messagesOf(first.reference)).appointmentId;
      const listed = async (query: string) =>
        (await http().get(`/api/messages?${query}`).set('Cookie', manager).expect(200)).body.map(
          (message: { appointmentId: string; kind: string; status: string }) => `${message.kind} ${message.status} ${message.appointmentId === firstId ? 'first' : 'second'}`,
        );
      expect(await listed('sort=["attention","ASC"]')).toEqual(['confirmation gave-up first', 'reminder queued second', 'reminder queued first', 'confirmation sent second']);
      expect(await listed('sort=["attention","ASC"]&filter={"status":["gave-up","sent"]}')).toEqual(['confirmation gave-up first', 'confirmation sent second']);
      expect(await listed('sort=["attention","DESC"]&range=[0,0]')).toEqual(['confirmation sent second']);
    });
  });
});
