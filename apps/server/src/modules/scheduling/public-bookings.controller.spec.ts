import { Server } from 'node:http';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { startApiApp } from '../../testing/api-app';
import { TestApp } from '../../testing/test-app';
import { AppointmentRequestEntity } from './appointment-request.entity';
import { AppointmentEntity } from './appointment.entity';
import { PublicBookingsController } from './public-bookings.controller';

/** Friday 1 July 2022, 09:00 in London. */
const NOW = new Date('2022-07-01T08:00:00Z');
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
});
