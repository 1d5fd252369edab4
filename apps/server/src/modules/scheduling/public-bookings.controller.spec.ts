import { Server } from 'node:http';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { signIn, staffMember } from '../../testing/staff-sessions';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { startApiApp } from '../../testing/api-app';
import { TestApp } from '../../testing/test-app';
import { AppointmentRequestEntity } from './appointment-request.entity';
import { AppointmentTypeEntity } from '../settings/appointment-type.entity';
import { OfficeEntity } from '../settings/office.entity';
import { AppointmentEntity } from './appointment.entity';
import { PublicBookingsController } from './public-bookings.controller';
import { CONTACT_REQUIRED } from './scheduling.errors';

/** Friday 1 July 2022, 09:00 in London. */
const NOW = new Date('2022-07-01T08:00:00Z');
const FRIDAY = '2022-07-01';
const MONDAY = '2022-07-04';
const TUESDAY = '2022-07-05';
const resident = { name: 'Aled Jones', email: 'aled@example.org' };

interface Fixture {
  officeId: string;
  registrarId: string;
  sessionId: string;
  deathsOnlySessionId: string;
}

async function arrange(dataSource: DataSource): Promise<Fixture> {
  const build = schedulingBuilders(dataSource.manager);
  await build.appointmentTypes();
  const office = await build.office({ name: 'Worcester' });
  const registrar = await build.registrar();
  const session = await build.session(registrar.id, office.id, MONDAY);
  const deathsOnly = await build.session(registrar.id, office.id, TUESDAY, { acceptedTypes: ['death'] });
  return { officeId: office.id, registrarId: registrar.id, sessionId: session.id, deathsOnlySessionId: deathsOnly.id };
}

describe.each(testEngines())(`${PublicBookingsController.name} on %s`, (_engine, createDatabase) => {
  let database: TestDatabase;
  let running: TestApp;
  let http: Server;
  let dataSource: DataSource;
  let fixture: Fixture;

  const availability = (type: string, from = MONDAY, extra = '') => request(http).get(`/api/public/availability?type=${type}&from=${from}&days=2${extra}`);
  const book = (slotId: string, type = 'birth', headers: Record<string, string> = {}) =>
    request(http).post('/api/public/bookings').set(headers).send({ slotId, type, resident });
  const slotsOf = async (type = 'birth'): Promise<{ id: string; startsAt: string }[]> => (await availability(type).expect(200)).body.slots;

  beforeEach(async () => {
    database = await createDatabase();
    running = await startApiApp(database, { now: NOW, env: { PUBLIC_REQUESTS_PER_MINUTE: '10000' } });
    http = running.app.getHttpServer();
    dataSource = running.app.get(DataSource);
    fixture = await arrange(dataSource);
  });

  afterEach(async () => {
    await running.close();
    await database.drop();
  });

  it('lists the online types with their working-day targets', async () => {
    const response = await request(http).get('/api/public/appointment-types').expect(200);
    expect(response.body.map((type: { code: string; targetWorkingDays: number }) => [type.code, type.targetWorkingDays])).toEqual([
      ['birth', 5],
      ['death', 2],
      ['notice', 10],
      ['still-birth', 2],
    ]);
  });

  it('offers slots from the session start in London time, skipping sessions closed to the type', async () => {
    const response = await availability('birth').expect(200);
    expect(response.body.firstOffer.startsAt).toBe('2022-07-04T08:00:00Z');
    expect(response.body.slots.map((slot: { startsAt: string }) => slot.startsAt)).toEqual([
      '2022-07-04T08:00:00Z',
      '2022-07-04T08:30:00Z',
      '2022-07-04T09:00:00Z',
      '2022-07-04T09:30:00Z',
      '2022-07-04T10:00:00Z',
      '2022-07-04T10:30:00Z',
    ]);
    const deaths = (await availability('death').expect(200)).body.slots as { startsAt: string }[];
    expect(deaths.filter((slot) => slot.startsAt.startsWith(TUESDAY))).toHaveLength(6);
  });

  it('skips blocked time', async () => {
    await schedulingBuilders(dataSource.manager).block(fixture.sessionId, '2022-07-04T08:00:00Z', '2022-07-04T09:00:00Z');
    expect((await slotsOf())[0].startsAt).toBe('2022-07-04T09:00:00Z');
  });

  it('offers a death with Tell Us Once only the times its longer appointment fits, and refuses the others', async () => {
    await book(`${fixture.sessionId}~20220704T0830Z`).expect(201);
    const starts = async (extra: string) => ((await availability('death', MONDAY, extra).expect(200)).body.slots as { id: string }[]).filter((slot) => slot.id.includes('20220704')).map((slot) => slot.id.split('~')[1]);

    expect(await starts('')).toEqual(['20220704T0800Z', '20220704T0900Z', '20220704T0930Z', '20220704T1000Z', '20220704T1030Z']);
    expect(await starts('&tellUsOnce=true')).toEqual(['20220704T0900Z', '20220704T0930Z', '20220704T1000Z']);
    const refused = await request(http).post('/api/public/bookings').send({ slotId: `${fixture.sessionId}~20220704T0800Z`, type: 'death', tellUsOnce: true, resident }).expect(409);
    expect(refused.body.code).toBe('slot-unavailable');
    await request(http).post('/api/public/bookings').send({ slotId: `${fixture.sessionId}~20220704T1030Z`, type: 'death', tellUsOnce: true, resident }).expect(409);
    await availability('death', MONDAY, '&tellUsOnce=maybe').expect(400);
  });

  it('gives exactly one of 50 concurrent bookings of one slot, and 409 to the rest', async () => {
    const [slot] = await slotsOf();

    const responses = await Promise.all(Array.from({ length: 50 }, () => book(slot.id)));

    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
    expect(responses.find((response) => response.status === 409)?.body.message).toMatch(/no longer available/);
    expect(await dataSource.manager.countBy(AppointmentEntity, { startsAt: new Date(slot.startsAt) })).toBe(1);
  });

  it('records the first offer, not the slot chosen', async () => {
    const slots = await slotsOf();
    const chosen = slots[4];

    const response = await book(chosen.id).expect(201);

    expect(response.body.appointment.startsAt).toBe(new Date(chosen.startsAt).toISOString());
    const stored = await dataSource.manager.findOneByOrFail(AppointmentRequestEntity, { typeCode: 'birth' });
    expect(stored.firstOfferStartsAt?.toISOString()).toBe('2022-07-04T08:00:00.000Z');
    expect(stored.firstOfferAtOfficeStartsAt?.toISOString()).toBe('2022-07-04T08:00:00.000Z');
    expect(stored.serviceDay).toBe('2022-07-01');
  });

  it('makes one booking from a double submit with one Idempotency-Key', async () => {
    const [slot] = await slotsOf();
    const headers = { 'Idempotency-Key': 'submit-7f3c' };

    const [first, second] = await Promise.all([book(slot.id, 'birth', headers), book(slot.id, 'birth', headers)]);

    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.reference).toBe(first.body.reference);
    expect(await dataSource.manager.count(AppointmentEntity)).toBe(1);
  });

  it("refuses an Idempotency-Key sent again with another resident's booking with 422, revealing nothing of the first", async () => {
    const [first, second] = await slotsOf();
    const headers = { 'Idempotency-Key': 'submit-9a1b' };
    const booked = (await book(first.id, 'birth', headers).expect(201)).body;

    const other = await request(http)
      .post('/api/public/bookings')
      .set(headers)
      .send({ slotId: second.id, type: 'birth', resident: { name: 'Gwen Morgan', email: 'gwen@example.org' } })
      .expect(422);

    expect(other.body).toEqual({ statusCode: 422, code: 'idempotency-key-reused', message: expect.stringMatching(/send a new key for a new booking/) });
    expect(JSON.stringify(other.body)).not.toContain(booked.reference);
    expect(JSON.stringify(other.body)).not.toContain(booked.manageToken);
    expect(await dataSource.manager.count(AppointmentEntity)).toBe(1);
    expect((await book(first.id, 'birth', headers).expect(201)).body.reference).toBe(booked.reference);
  });

  it('lets the link holder view, move and cancel, and frees the time on cancel', async () => {
    const [first, second] = await slotsOf();
    const booked = (await book(first.id).expect(201)).body;
    const link = `/api/public/bookings/${booked.reference}?token=${booked.manageToken}`;

    expect((await request(http).get(link).expect(200)).body.appointment.residentName).toBe('Aled Jones');
    expect((await request(http).get(`/api/public/bookings/${booked.reference}?token=forged`).expect(404)).body.code).toBe('booking-not-found');

    const moved = await request(http).patch(link).send({ slotId: second.id }).expect(200);
    expect(moved.body.appointment.startsAt).toBe(new Date(second.startsAt).toISOString());
    expect((await slotsOf()).map((slot) => slot.id)).toContain(first.id);

    await request(http).delete(link).expect(200);
    expect((await slotsOf()).map((slot) => slot.id)).toContain(second.id);
    expect((await request(http).patch(link).send({ slotId: first.id }).expect(409)).body.code).toBe('booking-not-changeable');
  });

  it('never leaves two appointments overlapping when a reschedule races a booking', async () => {
    const [first, second] = await slotsOf();
    const booked = (await book(first.id).expect(201)).body;

    const [moved, taken] = await Promise.all([
      request(http).patch(`/api/public/bookings/${booked.reference}?token=${booked.manageToken}`).send({ slotId: second.id }),
      book(second.id),
    ]);

    const outcomes = [moved.status, taken.status];
    expect(outcomes.filter((status) => status === 409)).toHaveLength(1);
    expect(outcomes.filter((status) => status === 200 || status === 201)).toHaveLength(1);
    const active = await dataSource.manager.find(AppointmentEntity, { where: { registrarId: fixture.registrarId, status: 'booked' }, order: { startsAt: 'ASC' } });
    const starts = active.map((appointment) => appointment.startsAt.toISOString());
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('refuses to book a type while online booking of it is suspended, saying why', async () => {
    await schedulingBuilders(dataSource.manager).suspension('birth', '2022-07-01', '2022-07-21', 'Online birth booking is paused: please phone us.');
    const [slot] = (await availability('death').expect(200)).body.slots;

    expect((await availability('birth').expect(403)).body).toMatchObject({ code: 'online-booking-suspended', message: 'Online birth booking is paused: please phone us.' });
    expect((await book(slot.id, 'birth').expect(403)).body.code).toBe('online-booking-suspended');
    const types = (await request(http).get('/api/public/appointment-types').expect(200)).body as { code: string; suspendedMessage: string | null }[];
    expect(types.find((type) => type.code === 'birth')?.suspendedMessage).toMatch(/paused/);
  });
  it('lists the register offices by name, with their public telephone numbers', async () => {
    const bromsgrove = await schedulingBuilders(dataSource.manager).office({ name: 'Bromsgrove', address: 'Parkside, Market Street, Bromsgrove B61 8DA', phone: '01527 881234' });

    const response = await request(http).get('/api/public/offices').expect(200);

    expect(response.body).toEqual([
      { id: bromsgrove.id, name: 'Bromsgrove', address: 'Parkside, Market Street, Bromsgrove B61 8DA', phone: '01527 881234' },
      { id: fixture.officeId, name: 'Worcester', address: 'The Guildhall, High Street', phone: null },
    ]);
  });

  it('refuses a telephone number alone while the service sends no text messages, and a resident who gives neither', async () => {
    const [first, second] = await slotsOf();
    const bookAs = (someone: object, slotId: string) => request(http).post('/api/public/bookings').send({ slotId, type: 'birth', resident: someone });

    const phoneOnly = await bookAs({ name: 'Aled Jones', phone: '07700 900123' }, first.id).expect(400);
    expect(phoneOnly.body).toMatchObject({ code: 'invalid-input', fields: [{ field: 'resident.email', problems: [expect.stringContaining('this service does not send text messages')] }] });

    const refused = await bookAs({ name: 'Gwen Morgan' }, second.id).expect(400);
    expect(refused.body).toEqual({ statusCode: 400, code: 'invalid-input', message: CONTACT_REQUIRED, fields: [{ field: 'resident.email', problems: [CONTACT_REQUIRED] }] });
    expect(await dataSource.manager.count(AppointmentEntity)).toBe(0);
  });

  describe('inside the minimum notice', () => {
    /** Friday 13:00 London, four hours from now: booked while the notice was an hour, before a manager made it a day. */
    const bookTodayThenRaiseNotice = async () => {
      const today = await schedulingBuilders(dataSource.manager).session(fixture.registrarId, fixture.officeId, FRIDAY, { startTime: '13:00', endTime: '16:00' });
      const booked = (await book(`${today.id}~20220701T1200Z`).expect(201)).body;
      await dataSource.manager.update(AppointmentTypeEntity, { code: 'birth' }, { minimumNoticeMinutes: 24 * 60 });
      return { booked, link: `/api/public/bookings/${booked.reference}?token=${booked.manageToken}`, laterToday: `${today.id}~20220701T1400Z` };
    };

    it('refuses the resident’s change and cancellation, saying why and whom to call; the booking stands', async () => {
      await dataSource.manager.update(OfficeEntity, { id: fixture.officeId }, { phone: '01905 765432' });
      const { link } = await bookTodayThenRaiseNotice();
      const [monday] = await slotsOf();
      const tooLate = {
        statusCode: 409,
        code: 'too-late-to-change',
        message: 'Appointments cannot be changed or cancelled online less than 24 hours before they start. Call Worcester Register Office on 01905 765432 instead.',
      };

      expect((await request(http).patch(link).send({ slotId: monday.id }).expect(409)).body).toEqual(tooLate);
      expect((await request(http).delete(link).expect(409)).body).toEqual(tooLate);

      const viewed = (await request(http).get(link).expect(200)).body.appointment;
      expect(viewed).toMatchObject({ status: 'booked', startsAt: '2022-07-01T12:00:00.000Z', changeableUntil: '2022-06-30T12:00:00.000Z' });
    });

    it('names the office without a number when it has none, in minutes when the notice is not whole hours', async () => {
      const { link } = await bookTodayThenRaiseNotice();
      await dataSource.manager.update(AppointmentTypeEntity, { code: 'birth' }, { minimumNoticeMinutes: 250 });

      expect((await request(http).delete(link).expect(409)).body.message).toBe(
        'Appointments cannot be changed or cancelled online less than 250 minutes before they start. Contact Worcester Register Office instead.',
      );
    });

    it('still lets staff move it: the notice binds residents only', async () => {
      const { booked, laterToday } = await bookTodayThenRaiseNotice();
      const manager = await signIn(running.app, (await staffMember(running.app, ['manager'])).email);
      const { id } = await dataSource.manager.findOneByOrFail(AppointmentEntity, { reference: booked.reference });

      const moved = await request(http).post(`/api/appointments/${id}/move`).set('Cookie', manager).send({ slotId: laterToday }).expect(200);

      expect(moved.body).toMatchObject({ startsAt: '2022-07-01T14:00:00.000Z', status: 'booked' });
    });

    it('lets the resident change and cancel a booking that starts after the notice, up to its last moment', async () => {
      const [monday, later] = await slotsOf();
      const booked = (await book(monday.id).expect(201)).body;
      expect(booked.appointment.changeableUntil).toBe('2022-07-04T07:00:00.000Z');
      // A notice that ends exactly now: this is the last moment for the booking at 09:00 Monday.
      await dataSource.manager.update(AppointmentTypeEntity, { code: 'birth' }, { minimumNoticeMinutes: 72 * 60 });
      const link = `/api/public/bookings/${booked.reference}?token=${booked.manageToken}`;

      const moved = await request(http).patch(link).send({ slotId: later.id }).expect(200);
      expect(moved.body.appointment).toMatchObject({ startsAt: '2022-07-04T08:30:00.000Z', changeableUntil: '2022-07-01T08:30:00.000Z' });
      expect((await request(http).delete(link).expect(200)).body.appointment.status).toBe('cancelled');
    });
  });
});
