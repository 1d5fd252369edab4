import request from 'supertest';
import { DataSource } from 'typeorm';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { signIn, staffMember } from '../../testing/staff-sessions';
import { SmtpSink, startSmtpSink } from '../../testing/smtp-sink';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { startWorkflowApp, WorkflowApp } from '../../testing/workflow-app';
import { SatisfactionService } from './satisfaction.service';

/** Friday 1 July 2022, 09:00 in London; the appointments are on Tuesday 5 July. */
const NOW = '2022-07-01T08:00:00Z';
const AFTER_THE_APPOINTMENTS = '2022-07-05T12:00:00Z';
const resident = { name: 'Aled Jones', email: 'aled@example.org' };

interface Booked {
  readonly reference: string;
  readonly manageToken: string;
}

describe.each(testEngines())('the satisfaction question after an appointment on %s', (_engine, createDatabase) => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let running: WorkflowApp;
  let tuesday: string;
  let manager: string;

  const http = () => request(running.app.getHttpServer());
  const satisfaction = () => running.app.get(SatisfactionService);
  const book = async (startsAt: string, type = 'birth'): Promise<Booked> =>
    (await http().post('/api/public/bookings').send({ slotId: `${tuesday}~${startsAt}`, type, resident }).expect(201)).body;
  const appointmentIdOf = async ({ reference }: Booked): Promise<string> =>
    (await http().get(`/api/appointments?filter={"reference":"${reference}"}`).set('Cookie', manager).expect(200)).body[0].id;
  const mark = async (booking: Booked, status: 'attended' | 'registered') =>
    http().put(`/api/appointments/${await appointmentIdOf(booking)}`).set('Cookie', manager).send({ status }).expect(200);
  const questionsTo = async (booking: Booked) => {
    const listed = await http().get(`/api/messages?filter={"appointmentId":"${await appointmentIdOf(booking)}"}`).set('Cookie', manager).expect(200);
    return (listed.body as { kind: string; status: string; dueAt: string }[]).filter((message) => message.kind === 'satisfaction');
  };
  const questionsSent = () => sink.received.filter((mail) => mail.subject?.startsWith('How was your appointment'));
  const refusal = (promise: Promise<unknown>) => expect(promise).rejects.toMatchObject({ code: 'satisfaction-not-open', status: 409 });
  const customerSatisfaction = async (period: string) => {
    const card = (await http().get(`/api/compliance/scorecard?period=${period}`).set('Cookie', manager).expect(200)).body as { indicators: { code: string }[] };
    return card.indicators.find((row) => row.code === 'customer-satisfaction');
  };

  beforeEach(async () => {
    database = await createDatabase();
    sink = await startSmtpSink();
    running = await startWorkflowApp(database, NOW, { SMTP_URL: sink.url, PUBLIC_BASE_URL: 'https://regflow.example' });
    const build = schedulingBuilders(running.app.get(DataSource).manager);
    await build.appointmentTypes();
    const office = await build.office({ name: 'Worcester' });
    const registrar = await staffMember(running.app, ['registrar']);
    tuesday = (await build.session(registrar.id, office.id, '2022-07-05')).id;
    manager = await signIn(running.app, (await staffMember(running.app, ['manager'])).email);
  });

  afterEach(async () => {
    await running.close();
    await sink.close();
    await database.drop();
  });

  it('asks a resident who came once, at 10am the next day, through their link, and takes one answer', async () => {
    const booking = await book('20220705T0800Z');
    running.clock.set(AFTER_THE_APPOINTMENTS);
    await mark(booking, 'attended');
    await mark(booking, 'registered');
    expect(await questionsTo(booking)).toMatchObject([{ status: 'queued', dueAt: '2022-07-06T09:00:00.000Z' }]);

    await running.advanceTo('2022-07-06T08:59:00Z');
    expect(questionsSent()).toHaveLength(0);
    await running.advanceTo('2022-07-06T09:00:00Z');
    const [question] = questionsSent();
    expect(question.subject).toBe('How was your appointment on Tuesday 5 July 2022?');
    const link = new URL(question.text?.match(/Tell us how we did: (\S+)/)?.[1] ?? '');
    expect(`${link.origin}${link.pathname}`).toBe(`https://regflow.example/manage/${booking.reference}/feedback`);
    const token = link.searchParams.get('token') ?? '';

    expect(await satisfaction().state(booking.reference, token)).toBe('open');
    await satisfaction().answer(booking.reference, token, { rating: 'good', comment: 'Quick and kind.' });
    expect(await satisfaction().state(booking.reference, token)).toBe('answered');
    await refusal(satisfaction().answer(booking.reference, token, { rating: 'very-poor' }));
    await expect(satisfaction().state(booking.reference, 'forged')).rejects.toMatchObject({ code: 'booking-not-found' });
  });

  it('never asks after a still-birth, nor before the appointment, and takes no answer then', async () => {
    const stillBirth = await book('20220705T0800Z', 'still-birth');
    const notYet = await book('20220705T0900Z');
    running.clock.set(AFTER_THE_APPOINTMENTS);
    await mark(stillBirth, 'registered');

    await running.advanceTo('2022-07-07T12:00:00Z');
    expect(await questionsTo(stillBirth)).toEqual([]);
    expect(questionsSent()).toHaveLength(0);
    for (const booking of [stillBirth, notYet]) {
      expect(await satisfaction().state(booking.reference, booking.manageToken)).toBe('not-asked');
      await refusal(satisfaction().answer(booking.reference, booking.manageToken, { rating: 'very-good' }));
    }
  });

  it('does not send the question to a resident who has already answered through their link', async () => {
    const booking = await book('20220705T0800Z');
    running.clock.set(AFTER_THE_APPOINTMENTS);
    await mark(booking, 'attended');
    await satisfaction().answer(booking.reference, booking.manageToken, { rating: 'very-good' });

    await running.advanceTo('2022-07-06T12:00:00Z');
    expect(questionsSent()).toHaveLength(0);
    expect(await questionsTo(booking)).toMatchObject([{ status: 'cancelled' }]);
  });

  it('counts each month’s online answers in that month’s customer satisfaction, with and without the survey managers entered', async () => {
    const bookings = await Promise.all(['20220705T0800Z', '20220705T0900Z', '20220705T1000Z'].map((startsAt) => book(startsAt)));
    running.clock.set(AFTER_THE_APPOINTMENTS);
    for (const booking of bookings) await mark(booking, 'attended');
    expect(await customerSatisfaction('2022-07')).toMatchObject({ numerator: null, value: null });

    running.clock.set('2022-07-06T09:30:00Z');
    await satisfaction().answer(bookings[0].reference, bookings[0].manageToken, { rating: 'very-good' });
    await satisfaction().answer(bookings[1].reference, bookings[1].manageToken, { rating: 'poor', comment: 'I waited half an hour.' });
    // 00:30 on 1 August in London: August's answer.
    running.clock.set('2022-07-31T23:30:00Z');
    await satisfaction().answer(bookings[2].reference, bookings[2].manageToken, { rating: 'good' });

    expect(await customerSatisfaction('2022-07')).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    expect(await customerSatisfaction('2022-08')).toMatchObject({ numerator: 1, denominator: 1, value: 100 });

    await http().put('/api/compliance/surveys/2022-07').set('Cookie', manager).send({ veryGood: 7, good: 1, total: 10 }).expect(200);
    expect(await customerSatisfaction('2022-07')).toMatchObject({ numerator: 9, denominator: 12, value: 75 });
    expect(await customerSatisfaction('2022-08')).toMatchObject({ numerator: 1, denominator: 1, previous: { value: 75 } });
  });
});
