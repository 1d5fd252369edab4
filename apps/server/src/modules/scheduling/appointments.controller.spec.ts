import request from 'supertest';
import { DataSource } from 'typeorm';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { signIn, staffMember } from '../../testing/staff-sessions';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { startApiApp } from '../../testing/api-app';
import { TestApp } from '../../testing/test-app';
import { MovableClock } from '../../testing/workflow-app';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { AppointmentsController } from './appointments.controller';

const NOW = new Date('2022-07-04T14:00:00Z');
/** Tuesday 5 July 2022, 09:30 in London: the day the appointment is held. */
const ON_THE_DAY = new Date('2022-07-05T08:30:00Z');

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
  let clock: MovableClock;

  const put = (cookie: string, body: object) => request(running.app.getHttpServer()).put(`/api/appointments/${appointmentId}`).set('Cookie', cookie).send(body);

  beforeEach(async () => {
    database = await createDatabase();
    clock = new MovableClock(NOW);
    running = await startApiApp(database, { clock });
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

  it('names the request it answers, and takes the whole record back when staff save it', async () => {
    const appointment = (await request(running.app.getHttpServer()).get(`/api/appointments/${appointmentId}`).set('Cookie', owner).expect(200)).body;
    const answered = await request(running.app.getHttpServer()).get(`/api/requests/${appointment.requestId}`).set('Cookie', owner).expect(200);
    expect(answered.body).toMatchObject({ id: appointment.requestId, appointmentId, reference: appointment.reference, typeCode: 'death' });

    const saved = await put(owner, { ...appointment, notes: 'Informant is the daughter' }).expect(200);
    expect(saved.body).toMatchObject({ requestId: appointment.requestId, notes: 'Informant is the daughter' });
  });

  it('lets the registrar mark attended then registered, recording when, and keeps notes', async () => {
    clock.set(ON_THE_DAY);
    await put(owner, { status: 'attended', notes: 'Tell Us Once offered' }).expect(200);
    const registered = await put(owner, { status: 'registered' }).expect(200);
    expect(registered.body).toMatchObject({ status: 'registered', registeredAt: ON_THE_DAY.toISOString(), notes: 'Tell Us Once offered' });
  });

  it('refuses a status that cannot follow, and another registrar’s change; a manager may change it', async () => {
    clock.set(ON_THE_DAY);
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
        .send({ slotId: `${sessionId}~20220705T0900Z`, type: 'death', channel: 'phone', resident: telephoneCaller, eventDate: '2022-07-02' })
        .expect(201);
      expect((await http().post(`/api/appointments/${appointmentId}/move`).set('Cookie', owner).send({ slotId: `${sessionId}~20220705T0900Z` }).expect(409)).body.code).toBe('slot-unavailable');
      expect((await http().get(`/api/appointments/${appointmentId}`).set('Cookie', owner).expect(200)).body.startsAt).toBe('2022-07-05T10:00:00.000Z');
      expect(other.body.startsAt).toBe('2022-07-05T09:00:00.000Z');
    });

    describe('free times for moving an appointment', () => {
      const startsOf = (slots: { startsAt: string }[]) => slots.map((slot) => slot.startsAt);
      const freeTimes = (query: string) => http().get(`/api/availability?type=death&from=2022-07-05&days=1${query}`).set('Cookie', owner);
      let longer: { id: string };

      beforeEach(async () => {
        // 45 minutes with Tell Us Once: 10:00–10:45 in London, after Gwen Morgan's 09:00–09:30.
        longer = (
          await http()
            .post('/api/appointments')
            .set('Cookie', owner)
            .send({ slotId: `${sessionId}~20220705T0900Z`, type: 'death', channel: 'phone', resident: telephoneCaller, eventDate: '2022-07-02', tellUsOnce: true })
            .expect(201)
        ).body;
      });

      it('counts the appointment’s own time as free and offers slots as long as it is, each of which the move takes', async () => {
        expect(startsOf((await freeTimes('').expect(200)).body.slots)).toEqual(['2022-07-05T08:30:00Z', '2022-07-05T10:00:00Z', '2022-07-05T10:30:00Z']);

        const moving = await freeTimes(`&moving=${longer.id}`).expect(200);
        expect(moving.body.slots.map((slot: { startsAt: string; endsAt: string }) => [slot.startsAt, slot.endsAt])).toEqual([
          ['2022-07-05T08:30:00Z', '2022-07-05T09:15:00Z'],
          ['2022-07-05T09:00:00Z', '2022-07-05T09:45:00Z'],
          ['2022-07-05T09:30:00Z', '2022-07-05T10:15:00Z'],
          ['2022-07-05T10:00:00Z', '2022-07-05T10:45:00Z'],
        ]);
        expect(moving.body.firstOffer.startsAt).toBe('2022-07-05T08:30:00Z');

        // Half an hour later, overlapping its own time.
        const moved = await http().post(`/api/appointments/${longer.id}/move`).set('Cookie', owner).send({ slotId: moving.body.slots[2].id }).expect(200);
        expect(moved.body).toMatchObject({ startsAt: '2022-07-05T09:30:00.000Z', endsAt: '2022-07-05T10:15:00.000Z' });
        expect(startsOf((await freeTimes(`&moving=${longer.id}`).expect(200)).body.slots)).toEqual(startsOf(moving.body.slots));
      });

      it('refuses an appointment that is not there, of another type, no longer booked, or asked at another length, saying what to give', async () => {
        expect((await freeTimes('&moving=no-such-id').expect(404)).body).toEqual({
          statusCode: 404,
          code: 'appointment-not-found',
          message: 'there is no appointment no-such-id to move: give moving the id of a booked appointment from GET /api/appointments',
        });
        expect((await http().get(`/api/availability?type=birth&from=2022-07-05&days=1&moving=${longer.id}`).set('Cookie', owner).expect(400)).body).toMatchObject({
          code: 'invalid-input',
          message: 'type must be death, the type of the appointment being moved',
        });
        expect((await freeTimes(`&moving=${longer.id}&tellUsOnce=true`).expect(400)).body).toMatchObject({
          code: 'invalid-input',
          message: 'leave out babies and tellUsOnce with moving: the slots are as long as the appointment being moved',
        });
        await freeTimes('&tellUsOnce=true').expect(200);

        await put(owner, { status: 'cancelled' }).expect(200);
        expect((await freeTimes(`&moving=${appointmentId}`).expect(409)).body).toMatchObject({ code: 'booking-not-changeable', message: 'this booking is cancelled and can no longer be changed' });
      });
    });

    it('does not let a registrar move another registrar’s appointment; a manager may', async () => {
      const move = (cookie: string) => http().post(`/api/appointments/${appointmentId}/move`).set('Cookie', cookie).send({ slotId: `${sessionId}~20220705T1000Z` });
      expect((await move(colleague).expect(403)).body.code).toBe('not-your-diary');
      await move(manager).expect(200);
      expect((await http().post('/api/appointments/no-such-id/move').set('Cookie', manager).send({ slotId: `${sessionId}~20220705T1000Z` }).expect(404)).body.code).toBe('appointment-not-found');
      expect((await http().post(`/api/appointments/${appointmentId}/move`).set('Cookie', manager).send({}).expect(400)).body).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/slotId is required/) });
    });
  });

  describe('marking on the day, and undoing the same day', () => {
    const http = () => request(running.app.getHttpServer());
    const undo = (cookie: string) => http().post(`/api/appointments/${appointmentId}/undo-status`).set('Cookie', cookie);
    const current = async () => (await http().get(`/api/appointments/${appointmentId}`).set('Cookie', owner).expect(200)).body;

    it('refuses to mark attended, did not attend or registered before the London day the appointment is held', async () => {
      for (const status of ['attended', 'did-not-attend', 'registered']) {
        expect((await put(owner, { status }).expect(409)).body).toEqual({
          statusCode: 409,
          code: 'too-early-to-mark',
          message: 'you can mark this appointment from Tuesday 5 July 2022, the day it is held',
        });
      }
      clock.set('2022-07-04T23:05:00Z'); // 00:05 on Tuesday in London (summer time)
      const marked = await put(owner, { ...(await current()), status: 'attended' }).expect(200);
      expect(marked.body).toMatchObject({ status: 'attended', statusChangedAt: '2022-07-04T23:05:00.000Z', statusUndoable: true });
    });

    it('undoes a registration made today: the status before it comes back, its time goes, once, and audited', async () => {
      clock.set(ON_THE_DAY);
      expect(await current()).toMatchObject({ statusChangedAt: null, statusUndoable: false });
      const registered = await put(owner, { status: 'registered' }).expect(200);
      expect(registered.body).toMatchObject({ status: 'registered', registeredAt: ON_THE_DAY.toISOString(), statusChangedAt: ON_THE_DAY.toISOString(), statusUndoable: true });

      clock.set('2022-07-05T15:00:00Z');
      const undone = await undo(owner).expect(200);
      expect(undone.body).toMatchObject({ id: appointmentId, status: 'booked', registeredAt: null, statusChangedAt: '2022-07-05T15:00:00.000Z', statusUndoable: false });
      expect(await current()).toMatchObject({ status: 'booked', registeredAt: null });
      expect((await undo(owner).expect(409)).body).toEqual({
        statusCode: 409,
        code: 'nothing-to-undo',
        message: 'the last change of this appointment’s status has already been undone: mark it again if it needs a new status',
      });
      const audit = await running.app.get(DataSource).manager.find(AuditEntryEntity, { where: { entityId: appointmentId, action: 'status-undone' } });
      expect(audit.map((entry) => [entry.actorId, entry.changes])).toEqual([[registrarId, { from: 'registered', to: 'booked' }]]);

      await put(owner, { status: 'attended' }).expect(200);
      expect((await undo(owner).expect(200)).body.status).toBe('booked');
    });

    it('undoes only the last change: a registration after attending goes back to attended', async () => {
      clock.set(ON_THE_DAY);
      await put(owner, { status: 'attended' }).expect(200);
      await put(owner, { status: 'registered' }).expect(200);
      expect((await undo(owner).expect(200)).body).toMatchObject({ status: 'attended', registeredAt: null, statusUndoable: false });
      expect((await undo(owner).expect(409)).body.code).toBe('nothing-to-undo');
    });

    it('refuses to undo a change made on an earlier London day, even an hour later across midnight', async () => {
      clock.set('2022-07-05T22:30:00Z'); // 23:30 on Tuesday in London
      await put(owner, { status: 'did-not-attend' }).expect(200);
      expect((await current()).statusUndoable).toBe(true);

      clock.set('2022-07-05T23:30:00Z'); // 00:30 on Wednesday in London
      expect((await current()).statusUndoable).toBe(false);
      expect((await undo(owner).expect(409)).body).toMatchObject({
        code: 'nothing-to-undo',
        message: 'this appointment was marked did-not-attend on Tuesday 5 July 2022: only a change made today can be undone',
      });
    });

    it('refuses to undo when nothing changed or after a cancellation; only the diary’s registrar or a manager undoes', async () => {
      expect((await undo(owner).expect(409)).body.message).toBe('this appointment’s status has not been changed since it was booked: there is nothing to undo');
      clock.set(ON_THE_DAY);
      await put(owner, { status: 'attended' }).expect(200);
      expect((await undo(colleague).expect(403)).body.code).toBe('not-your-diary');
      await undo(manager).expect(200);

      await put(owner, { status: 'cancelled' }).expect(200);
      expect((await current()).statusUndoable).toBe(false);
      expect((await undo(owner).expect(409)).body.message).toBe('a cancellation cannot be undone: book the resident a new appointment instead');
      expect((await http().post('/api/appointments/no-such-id/undo-status').set('Cookie', manager).expect(404)).body.code).toBe('appointment-not-found');
      expect((await http().post(`/api/appointments/${appointmentId}/undo-status`).expect(401)).body.code).toBe('not-signed-in');
    });
  });

  describe('lists for the admin app', () => {
    const http = () => request(running.app.getHttpServer());
    const list = (filter: object, query = '') => http().get(`/api/appointments?filter=${encodeURIComponent(JSON.stringify(filter))}${query}`).set('Cookie', manager);
    const names = async (filter: object) => (await list(filter).expect(200)).body.map((appointment: { residentName: string }) => appointment.residentName);
    let reference: string;

    beforeEach(async () => {
      const nextWeek = await schedulingBuilders(running.app.get(DataSource).manager).session(registrarId, officeId, '2022-07-12');
      const book = (slotId: string, type: string, name: string) => http().post('/api/public/bookings').send({ slotId, type, resident: { name, email: 'resident@example.org' } }).expect(201);
      await book(`${sessionId}~20220705T0900Z`, 'birth', 'Siân Pritchard');
      reference = (await book(`${nextWeek.id}~20220712T0800Z`, 'birth', 'Owain Morgan-Rees')).body.reference;
    });

    it('filters by London days, type, text in the reference or the name, statuses and ids', async () => {
      expect(await names({ day_gte: '2022-07-05', day_lte: '2022-07-05' })).toEqual(['Gwen Morgan', 'Siân Pritchard']);
      expect(await names({ day_gte: '2022-07-06' })).toEqual(['Owain Morgan-Rees']);
      expect(await names({ day_lte: '2022-07-11', typeCode: 'birth' })).toEqual(['Siân Pritchard']);
      expect(await names({ typeCode: ['death', 'birth'], status: ['booked', 'attended'] })).toEqual(['Gwen Morgan', 'Siân Pritchard', 'Owain Morgan-Rees']);
      expect(await names({ q: 'MORGAN' })).toEqual(['Gwen Morgan', 'Owain Morgan-Rees']);
      expect(await names({ q: reference.slice(0, 8).toLowerCase(), typeCode: 'birth' })).toContain('Owain Morgan-Rees');
      expect(await names({ q: '%' })).toEqual([]);
      expect(await names({ q: 'morgan', status: 'cancelled' })).toEqual([]);

      const all = (await list({}).expect(200)).body as { id: string; residentName: string }[];
      expect(await names({ id: [all[0].id, all[2].id] })).toEqual([all[0].residentName, all[2].residentName]);
      const page = await list({ typeCode: 'birth' }, '&range=[0,0]&sort=["startsAt","DESC"]').expect(200);
      expect(page.headers['content-range']).toBe('appointments 0-0/2');
      expect(page.body.map((appointment: { residentName: string }) => appointment.residentName)).toEqual(['Owain Morgan-Rees']);
    });

    it('filters by mode, and leaves out one status', async () => {
      const build = schedulingBuilders(running.app.get(DataSource).manager);
      const byTelephone = await build.session(registrarId, null, '2022-07-06', { acceptedTypes: ['death'] });
      await http().post('/api/public/bookings').send({ slotId: `${byTelephone.id}~20220706T0800Z`, type: 'death', resident: { name: 'Ifan Rees', email: 'ifan@example.org' } }).expect(201);
      await put(owner, { status: 'cancelled' }).expect(200);

      expect(await names({ mode: 'telephone' })).toEqual(['Ifan Rees']);
      expect(await names({ mode: 'face-to-face' })).toEqual(['Gwen Morgan', 'Siân Pritchard', 'Owain Morgan-Rees']);
      expect(await names({ status_ne: 'cancelled' })).toEqual(['Siân Pritchard', 'Ifan Rees', 'Owain Morgan-Rees']);
      expect(await names({ status_ne: 'cancelled', mode: 'face-to-face', day: '2022-07-05' })).toEqual(['Siân Pritchard']);
      expect(await names({ status: ['booked', 'cancelled'], status_ne: 'booked' })).toEqual(['Gwen Morgan']);
      expect(await names({ status: 'cancelled', status_ne: 'cancelled' })).toEqual([]);

      expect((await list({ mode: 'video' }).expect(400)).body).toEqual({ statusCode: 400, code: 'invalid-filter', message: 'filter.mode must be one of face-to-face, telephone' });
      expect((await list({ status_ne: ['cancelled', 'booked'] }).expect(400)).body.message).toBe(
        'filter.status_ne must be one of booked, attended, registered, did-not-attend, cancelled',
      );
    });

    it('refuses a day range longer than a year or the wrong way round, and a search over 100 characters', async () => {
      expect((await list({ day_gte: '2022-01-01', day_lte: '2023-01-02' }).expect(400)).body).toEqual({
        statusCode: 400,
        code: 'invalid-filter',
        message: 'filter.day_gte to day_lte covers 367 days: list at most 366 days at a time',
      });
      await list({ day_gte: '2022-01-01', day_lte: '2023-01-01' }).expect(200);
      expect((await list({ day_gte: '2022-07-10', day_lte: '2022-07-01' }).expect(400)).body.message).toBe('filter.day_lte (2022-07-01) is before filter.day_gte (2022-07-10): give the earlier day as day_gte');
      expect((await list({ day_gte: '5 July' }).expect(400)).body.message).toBe('filter.day_gte must be a date written yyyy-mm-dd, e.g. {"day_gte":"2026-12-07"}');
      expect((await list({ q: 'x'.repeat(101) }).expect(400)).body).toMatchObject({ code: 'invalid-filter', message: 'filter.q must be 100 characters or fewer' });
    });
  });
});
