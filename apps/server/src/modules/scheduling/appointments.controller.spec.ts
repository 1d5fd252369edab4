import request from 'supertest';
import { DataSource } from 'typeorm';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { signIn, staffMember } from '../../testing/staff-sessions';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { startApiApp } from '../../testing/api-app';
import { TestApp } from '../../testing/test-app';
import { AppointmentsController } from './appointments.controller';

const NOW = new Date('2022-07-04T14:00:00Z');

describe.each(testEngines())(`${AppointmentsController.name} on %s`, (_engine, createDatabase) => {
  let database: TestDatabase;
  let running: TestApp;
  let appointmentId: string;
  let owner: string;
  let colleague: string;
  let manager: string;
  let registrarId: string;
  let officeId: string;
  let sessionId: string;

  const put = (cookie: string, body: object) => request(running.app.getHttpServer()).put(`/api/appointments/${appointmentId}`).set('Cookie', cookie).send(body);

  beforeEach(async () => {
    database = await createDatabase();
    running = await startApiApp(database, { now: NOW });
    const build = schedulingBuilders(running.app.get(DataSource).manager);
    await build.appointmentTypes();
    const office = await build.office();
    const registrar = await staffMember(running.app, ['registrar']);
    const session = await build.session(registrar.id, office.id, '2022-07-05');
    [registrarId, officeId, sessionId] = [registrar.id, office.id, session.id];
    const booked = await request(running.app.getHttpServer())
      .post('/api/public/bookings')
      .send({ slotId: `${session.id}~20220705T0800Z`, type: 'death', resident: { name: 'Gwen Morgan', email: 'gwen@example.org' } })
      .expect(201);
    owner = await signIn(running.app, registrar.email);
    colleague = await signIn(running.app, (await staffMember(running.app, ['registrar'])).email);
    manager = await signIn(running.app, (await staffMember(running.app, ['manager'])).email);
    const listed = await request(running.app.getHttpServer()).get(`/api/appointments?filter={"reference":"${booked.body.reference}"}`).set('Cookie', owner).expect(200);
    appointmentId = listed.body[0].id;
  });

  afterEach(async () => {
    await running.close();
    await database.drop();
  });

  it('lists a London day’s appointments for staff, with Content-Range', async () => {
    const day = await request(running.app.getHttpServer()).get('/api/appointments?filter={"day":"2022-07-05"}').set('Cookie', manager).expect(200);
    expect(day.body).toMatchObject([{ type: 'death', status: 'booked', startsAt: '2022-07-05T08:00:00.000Z', residentName: 'Gwen Morgan' }]);
    expect(day.headers['content-range']).toBe('appointments 0-0/1');
    const other = await request(running.app.getHttpServer()).get('/api/appointments?filter={"day":"2022-07-06"}').set('Cookie', manager).expect(200);
    expect(other.body).toEqual([]);
    expect((await request(running.app.getHttpServer()).get('/api/appointments').expect(401)).body.code).toBe('not-signed-in');
  });

  it('lets the registrar mark attended then registered, recording when, and keeps notes', async () => {
    await put(owner, { status: 'attended', notes: 'Tell Us Once offered' }).expect(200);
    const registered = await put(owner, { status: 'registered' }).expect(200);
    expect(registered.body).toMatchObject({ status: 'registered', registeredAt: NOW.toISOString(), notes: 'Tell Us Once offered' });
  });

  it('refuses a status that cannot follow, and another registrar’s change; a manager may change it', async () => {
    await put(owner, { status: 'did-not-attend' }).expect(200);
    expect((await put(owner, { status: 'registered' }).expect(409)).body).toMatchObject({ code: 'status-change-not-allowed', message: 'a did-not-attend appointment cannot be marked registered' });
    expect((await put(colleague, { notes: 'not mine' }).expect(403)).body.code).toBe('not-your-diary');
    await put(manager, { notes: 'Called the informant' }).expect(200);
    expect((await put(manager, { status: 'lost' }).expect(400)).body).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/status must be one of booked/) });
  });

  it('gives the time back to residents when staff cancel the appointment', async () => {
    const bookAgain = () =>
      request(running.app.getHttpServer())
        .post('/api/public/bookings')
        .send({ slotId: `${sessionId}~20220705T0800Z`, type: 'death', resident: { name: 'Ifan Rees', email: 'ifan@example.org' } });
    expect((await bookAgain().expect(409)).body.code).toBe('slot-unavailable');

    await put(owner, { status: 'cancelled' }).expect(200);

    await bookAgain().expect(201);
  });

  describe('booking and moving for residents', () => {
    const http = () => request(running.app.getHttpServer());
    const telephoneCaller = { name: 'Siân Pritchard', email: 'sian@example.org', phone: '01905 765432' };

    it('lets staff offer and book a type residents cannot book online, inside the notice residents must give', async () => {
      const build = schedulingBuilders(running.app.get(DataSource).manager);
      const today = await build.session(registrarId, officeId, '2022-07-04', { startTime: '15:00', endTime: '16:00', acceptedTypes: ['notice-referred'] });
      expect((await http().get('/api/public/availability?type=notice-referred&from=2022-07-04').expect(403)).body.code).toBe('not-bookable-online');

      const offered = await http().get('/api/availability?type=notice-referred&from=2022-07-04&days=1').set('Cookie', owner).expect(200);
      expect(offered.body.firstOffer).toEqual({ id: `${today.id}~20220704T1400Z`, officeId, mode: 'face-to-face', startsAt: '2022-07-04T14:00:00Z', endsAt: '2022-07-04T14:45:00Z' });

      const booked = await http()
        .post('/api/appointments')
        .set('Cookie', owner)
        .send({ slotId: offered.body.firstOffer.id, type: 'notice-referred', channel: 'phone', resident: telephoneCaller })
        .expect(201);
      expect(booked.body).toMatchObject({ type: 'notice-referred', status: 'booked', startsAt: '2022-07-04T14:00:00.000Z', residentPhone: '01905 765432' });
      const requests = await http().get(`/api/requests?filter={"channel":"phone"}`).set('Cookie', manager).expect(200);
      expect(requests.body).toMatchObject([
        { typeCode: 'notice-referred', serviceDay: '2022-07-04', firstOfferStartsAt: '2022-07-04T14:00:00.000Z', deadline: '2022-07-18', offeredWithinTarget: true, reference: booked.body.reference },
      ]);
      expect((await http().get('/api/availability?type=notice-referred&from=2022-07-04&days=1').set('Cookie', owner).expect(200)).body.slots).toEqual([]);
    });

    it('refuses a staff booking without a channel, or for a type the slot is closed to, saying what to fix', async () => {
      const body = { slotId: `${sessionId}~20220705T1000Z`, type: 'birth', resident: telephoneCaller };
      expect((await http().post('/api/appointments').set('Cookie', owner).send(body).expect(400)).body).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/channel must be one of phone, walk-in/) });
      expect((await http().post('/api/appointments').set('Cookie', owner).send({ ...body, channel: 'walk-in', type: 'ceremony' }).expect(400)).body.code).toBe('slot-type-mismatch');
      expect((await http().post('/api/appointments').send({ ...body, channel: 'walk-in' }).expect(401)).body.code).toBe('not-signed-in');
    });

    it('moves an appointment in the registrar’s own diary, freeing the old time only once the new one is taken', async () => {
      const moved = await http().post(`/api/appointments/${appointmentId}/move`).set('Cookie', owner).send({ slotId: `${sessionId}~20220705T1000Z` }).expect(200);
      expect(moved.body).toMatchObject({ id: appointmentId, startsAt: '2022-07-05T10:00:00.000Z', status: 'booked' });

      const free = (await http().get('/api/availability?type=death&from=2022-07-05&days=1').set('Cookie', owner).expect(200)).body.slots.map((slot: { startsAt: string }) => slot.startsAt);
      expect(free).toContain('2022-07-05T08:00:00Z');
      expect(free).not.toContain('2022-07-05T10:00:00Z');

      const other = await http()
        .post('/api/appointments')
        .set('Cookie', owner)
        .send({ slotId: `${sessionId}~20220705T0900Z`, type: 'death', channel: 'phone', resident: telephoneCaller })
        .expect(201);
      expect((await http().post(`/api/appointments/${appointmentId}/move`).set('Cookie', owner).send({ slotId: `${sessionId}~20220705T0900Z` }).expect(409)).body.code).toBe('slot-unavailable');
      expect((await http().get(`/api/appointments/${appointmentId}`).set('Cookie', owner).expect(200)).body.startsAt).toBe('2022-07-05T10:00:00.000Z');
      expect(other.body.startsAt).toBe('2022-07-05T09:00:00.000Z');
    });

    it('does not let a registrar move another registrar’s appointment; a manager may', async () => {
      const move = (cookie: string) => http().post(`/api/appointments/${appointmentId}/move`).set('Cookie', cookie).send({ slotId: `${sessionId}~20220705T1000Z` });
      expect((await move(colleague).expect(403)).body.code).toBe('not-your-diary');
      await move(manager).expect(200);
      expect((await http().post('/api/appointments/no-such-id/move').set('Cookie', manager).send({ slotId: `${sessionId}~20220705T1000Z` }).expect(404)).body.code).toBe('appointment-not-found');
      expect((await http().post(`/api/appointments/${appointmentId}/move`).set('Cookie', manager).send({}).expect(400)).body).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/slotId is required/) });
    });
  });
});
