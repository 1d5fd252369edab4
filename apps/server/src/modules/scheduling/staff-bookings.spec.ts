import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApiApp } from '../../testing/api-app';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { SmtpSink, startSmtpSink } from '../../testing/smtp-sink';
import { signIn, staffMember } from '../../testing/staff-sessions';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { TestApp } from '../../testing/test-app';
import { startWorkflowApp, WorkflowApp } from '../../testing/workflow-app';
import { OutboxEntryEntity } from '../notifications/outbox-entry.entity';
import { DATE_OF_DEATH_REQUIRED } from './appointments.dto';

/** Monday 4 July 2022, 10:00 in London. */
const NOW = '2022-07-04T09:00:00Z';

interface Slot {
  id: string;
  startsAt: string;
}

interface Listed {
  id: string;
  typeCode: string;
  channel: string;
  eventDate: string | null;
  eventDateMissing: boolean;
  firstOfferStartsAt: string | null;
  firstOfferAtOfficeStartsAt: string | null;
  reference: string | null;
}

/** A register office with a registrar's session today and tomorrow, and a manager: what the staff booking screens need. */
async function staffService(running: TestApp) {
  const build = schedulingBuilders(running.app.get(DataSource).manager);
  await build.appointmentTypes();
  const office = await build.office();
  const diary = await staffMember(running.app, ['registrar']);
  await build.session(diary.id, office.id, '2022-07-04');
  await build.session(diary.id, office.id, '2022-07-05');
  return { registrar: await signIn(running.app, diary.email), manager: await signIn(running.app, (await staffMember(running.app, ['manager'])).email) };
}

describe.each(testEngines())('staff bookings by phone or at the counter on %s', (_engine, createDatabase) => {
  let database: TestDatabase;
  let running: TestApp;
  let registrar: string;
  let manager: string;

  const http = () => request(running.app.getHttpServer());
  const slots = async (type: string): Promise<Slot[]> => (await http().get(`/api/availability?type=${type}&from=2022-07-04&days=2`).set('Cookie', registrar).expect(200)).body.slots;
  const book = (body: object) => http().post('/api/appointments').set('Cookie', registrar).send({ channel: 'phone', ...body });
  const bookDeath = async (extra: object) => (await book({ slotId: (await slots('death'))[0].id, type: 'death', resident: { name: 'Gwen Morgan' }, ...extra }).expect(201)).body;
  const residentMessages = async (appointmentId: string) =>
    (await http().get(`/api/messages?filter={"appointmentId":"${appointmentId}","audience":"resident"}`).set('Cookie', manager).expect(200)).body as { kind: string; channel: string }[];
  /** The requests a filter lists, by reference (the fixed clock makes every request at the same instant). */
  const requests = async (filter: object): Promise<Listed[]> =>
    ((await http().get(`/api/requests?filter=${encodeURIComponent(JSON.stringify(filter))}`).set('Cookie', manager).expect(200)).body as Listed[]).sort((a, b) =>
      (a.reference ?? '').localeCompare(b.reference ?? ''),
    );
  const requestOf = async (reference: string): Promise<Listed> => (await requests({})).find((row) => row.reference === reference)!;

  beforeEach(async () => {
    database = await createDatabase();
    running = await startApiApp(database, { now: new Date(NOW) });
    ({ registrar, manager } = await staffService(running));
  });

  afterEach(async () => {
    await running.close();
    await database.drop();
  });

  it('books a caller with no email address or telephone number, and a caller with only a telephone number, planning neither a message; a caller with an email gets the confirmation', async () => {
    const [first, second, third] = await slots('birth');
    const nameOnly = await book({ slotId: first.id, type: 'birth', resident: { name: 'Gwen Morgan' } }).expect(201);
    expect(nameOnly.body).toMatchObject({ type: 'birth', status: 'booked', residentName: 'Gwen Morgan', residentEmail: null, residentPhone: null });
    const phoneOnly = await book({ slotId: second.id, type: 'birth', channel: 'walk-in', resident: { name: 'Ifan Rees', phone: '01905 765432' } }).expect(201);
    expect(phoneOnly.body).toMatchObject({ residentEmail: null, residentPhone: '01905 765432' });
    const withEmail = await book({ slotId: third.id, type: 'birth', resident: { name: 'Siân Pritchard', email: 'sian@example.org' } }).expect(201);

    expect(await residentMessages(nameOnly.body.id)).toEqual([]);
    expect(await residentMessages(phoneOnly.body.id)).toEqual([]);
    expect((await residentMessages(withEmail.body.id)).map((message) => `${message.kind} ${message.channel}`)).toContain('confirmation email');
  });

  it('still asks residents booking online for an email address or telephone number, and staff for a name and an email address that is one', async () => {
    const [slot] = await slots('birth');
    const online = await http().post('/api/public/bookings').send({ slotId: slot.id, type: 'birth', resident: { name: 'Gwen Morgan' } }).expect(400);
    expect(online.body).toMatchObject({ code: 'invalid-input', fields: [{ field: 'resident.email', problems: [expect.stringMatching(/^resident.email or resident.phone is required/)] }] });

    const noName = await book({ slotId: slot.id, type: 'birth', resident: { phone: '01905 765432' } }).expect(400);
    expect(noName.body.fields).toEqual([{ field: 'resident.name', problems: expect.arrayContaining(['resident.name is required']) }]);
    expect((await book({ slotId: slot.id, type: 'birth' }).expect(400)).body.message).toMatch(/resident is required, with at least a name/);
    const badEmail = await book({ slotId: slot.id, type: 'birth', resident: { name: 'Gwen Morgan', email: 'gwen at example' } }).expect(400);
    expect(badEmail.body.fields).toEqual([{ field: 'resident.email', problems: ['resident.email must be an email address, like name@example.org'] }]);
    expect(await requests({})).toEqual([]);
  });

  it('asks a death for the date of death, or to be told the informant does not know it', async () => {
    const [slot] = await slots('death');
    const death = { slotId: slot.id, type: 'death', resident: { name: 'Gwen Morgan' } };

    const unanswered = await book(death).expect(400);
    expect(unanswered.body).toMatchObject({ code: 'invalid-input', message: DATE_OF_DEATH_REQUIRED, fields: [{ field: 'eventDate', problems: [DATE_OF_DEATH_REQUIRED] }] });
    expect(DATE_OF_DEATH_REQUIRED).toBe('give the date of death (eventDate, yyyy-mm-dd), or dateOfDeathUnknown: true when the informant does not know it');
    expect((await book({ ...death, dateOfDeathUnknown: false }).expect(400)).body.message).toBe(DATE_OF_DEATH_REQUIRED);
    expect((await book({ ...death, eventDate: '2022-07-05' }).expect(400)).body).toMatchObject({ code: 'event-date-after-request', message: 'eventDate 2022-07-05 is after the request (2022-07-04): give the date of the birth or death' });
    expect((await book({ ...death, eventDate: '2022-02-30' }).expect(400)).body.message).toMatch(/^eventDate must be a real date written yyyy-mm-dd/);
    expect((await book({ ...death, eventDate: '2022-07-01', dateOfDeathUnknown: true }).expect(400)).body.fields).toEqual([
      { field: 'dateOfDeathUnknown', problems: ['give eventDate or dateOfDeathUnknown: true, not both'] },
    ]);
    expect((await book({ ...death, dateOfDeathUnknown: 'no idea' }).expect(400)).body.message).toMatch(/dateOfDeathUnknown must be true or false/);
    expect((await book({ ...death, type: 'birth', dateOfDeathUnknown: true }).expect(400)).body.message).toBe('dateOfDeathUnknown is for death registrations only: leave it out');
    expect((await http().post('/api/public/bookings').send({ ...death, resident: { name: 'Gwen Morgan', email: 'gwen@example.org' }, dateOfDeathUnknown: true }).expect(400)).body.message).toMatch(
      /dateOfDeathUnknown is not a field this endpoint takes/,
    );
    expect(await requests({})).toEqual([]);

    const today = await book({ ...death, eventDate: '2022-07-04' }).expect(201);
    expect(await requestOf(today.body.reference)).toMatchObject({ eventDate: '2022-07-04', eventDateMissing: false });
  });

  it('flags a death booked without its date, online or by staff, and lists it for follow-up until staff record the date', async () => {
    const unknown = await bookDeath({ dateOfDeathUnknown: true });
    const dated = await bookDeath({ eventDate: '2022-07-02' });
    const offered = (await http().get('/api/public/availability?type=death&from=2022-07-04&days=2').expect(200)).body.firstOffer as Slot;
    const online = (await http().post('/api/public/bookings').send({ slotId: offered.id, type: 'death', resident: { name: 'Ifan Rees', email: 'ifan@example.org' } }).expect(201)).body;
    const birth = (await book({ slotId: (await slots('birth'))[0].id, type: 'birth', resident: { name: 'Siân Pritchard' } }).expect(201)).body;
    const references = (rows: Listed[]) => rows.map((row) => row.reference);
    const sorted = (...list: string[]) => list.sort((a, b) => a.localeCompare(b));

    const missing = await requests({ eventDateMissing: true });
    expect(missing.map(({ reference, typeCode, channel, eventDate, eventDateMissing }) => ({ reference, typeCode, channel, eventDate, eventDateMissing }))).toEqual(
      [
        { reference: unknown.reference, typeCode: 'death', channel: 'phone', eventDate: null, eventDateMissing: true },
        { reference: online.appointment.reference, typeCode: 'death', channel: 'online', eventDate: null, eventDateMissing: true },
      ].sort((a, b) => a.reference.localeCompare(b.reference)),
    );
    expect(references(await requests({ eventDateMissing: false }))).toEqual(sorted(dated.reference, birth.reference));
    expect(references(await requests({ eventDateMissing: false, typeCode: 'death' }))).toEqual([dated.reference]);
    expect(await requests({ eventDateMissing: true, typeCode: 'birth' })).toEqual([]);
    expect(references(await requests({ eventDateMissing: true, channel: 'online' }))).toEqual([online.appointment.reference]);

    // As react-admin sends it: the whole record back, with the date of death now known.
    const record = missing.find((row) => row.reference === unknown.reference)!;
    const updated = await http().put(`/api/requests/${record.id}`).set('Cookie', registrar).send({ ...record, eventDate: '2022-07-01' }).expect(200);
    expect(updated.body).toMatchObject({ id: record.id, eventDate: '2022-07-01', eventDateMissing: false });
    expect(references(await requests({ eventDateMissing: true }))).toEqual([online.appointment.reference]);
  });

  it('plans the day-4 check of a death once staff record its date (due at once when day 4 has come), and moves it when the date is corrected', async () => {
    const death = await bookDeath({ dateOfDeathUnknown: true });
    const dayFourChecks = async () =>
      (await running.app.get(DataSource).manager.find(OutboxEntryEntity, { where: { jobName: 'death-not-registered' } })).map(({ jobId, dueAt }) => ({ jobId, dueAt: dueAt.toISOString() }));
    const recordDateOfDeath = async (eventDate: string) =>
      http().put(`/api/requests/${(await requestOf(death.reference)).id}`).set('Cookie', registrar).send({ eventDate }).expect(200);
    expect(await dayFourChecks()).toEqual([]);

    await recordDateOfDeath('2022-06-29');
    expect(await dayFourChecks()).toEqual([{ jobId: `appointment-${death.id}-death-not-registered-dated-20220629`, dueAt: new Date(NOW).toISOString() }]);

    // Day 4 after 1 July is Tuesday 5 July: the check waits until 09:00 that morning.
    await recordDateOfDeath('2022-07-01');
    expect(await dayFourChecks()).toEqual([{ jobId: `appointment-${death.id}-death-not-registered-dated-20220701`, dueAt: '2022-07-05T08:00:00.000Z' }]);
  });

  it('records the first offer of a staff booking: the earliest free time, though the caller chose a later one', async () => {
    const free = await slots('death');
    const chosen = free[free.length - 1];
    const booked = await book({ slotId: chosen.id, type: 'death', channel: 'walk-in', resident: { name: 'Gwen Morgan' }, eventDate: '2022-07-03' }).expect(201);
    expect(booked.body.startsAt).toBe(new Date(chosen.startsAt).toISOString());
    expect(chosen.startsAt.slice(0, 10)).toBe('2022-07-05');

    expect(await requestOf(booked.body.reference)).toMatchObject({
      channel: 'walk-in',
      firstOfferStartsAt: new Date(free[0].startsAt).toISOString(),
      firstOfferAtOfficeStartsAt: new Date(free[0].startsAt).toISOString(),
      offeredWithinTarget: true,
    });
  });
});

describe.each(testEngines())('a staff booking with no email address, through the outbox and the worker, on %s', (_engine, createDatabase) => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let running: WorkflowApp;

  beforeEach(async () => {
    database = await createDatabase();
    sink = await startSmtpSink();
    running = await startWorkflowApp(database, NOW, { SMTP_URL: sink.url, MESSAGE_ATTEMPTS: '2' });
  });

  afterEach(async () => {
    await running.close();
    await sink.close();
    await database.drop();
  });

  it('sends nothing to the resident, before or after the appointment, and raises no alert', async () => {
    const { registrar, manager } = await staffService(running);
    const http = () => request(running.app.getHttpServer());
    const free = (await http().get('/api/availability?type=birth&from=2022-07-05&days=1').set('Cookie', registrar).expect(200)).body.slots as Slot[];
    for (const [slot, resident] of [
      [free[0], { name: 'Gwen Morgan' }],
      [free[1], { name: 'Ifan Rees', phone: '07700 900123' }],
    ] as const) {
      await http().post('/api/appointments').set('Cookie', registrar).send({ slotId: slot.id, type: 'birth', channel: 'phone', resident }).expect(201);
    }

    await running.drain();
    await running.advanceTo('2022-07-06T09:00:00Z');

    expect(sink.received).toHaveLength(0);
    expect((await http().get('/api/messages').set('Cookie', manager).expect(200)).body).toEqual([]);
    expect((await http().get('/api/alerts').set('Cookie', manager).expect(200)).body).toEqual([]);
  });
});
