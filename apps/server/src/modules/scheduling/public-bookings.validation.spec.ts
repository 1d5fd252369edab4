import { Server } from 'node:http';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { startApiApp } from '../../testing/api-app';
import { TestApp } from '../../testing/test-app';
import { AppointmentEntity } from './appointment.entity';

const NOW = new Date('2022-07-01T08:00:00Z');

/** Bad input on every public endpoint: a 4xx naming what to fix, never a 500, nothing written. */
describe('public endpoints refuse bad input', () => {
  const [[, createSqlite]] = testEngines({});
  let database: TestDatabase;
  let running: TestApp;
  let http: Server;
  let slotId: string;
  let wrongTypeSlotId: string;
  let pastSlotId: string;
  let link: string;

  beforeAll(async () => {
    database = await createSqlite();
    running = await startApiApp(database, { now: NOW, env: { PUBLIC_REQUESTS_PER_MINUTE: '10000' } });
    http = running.app.getHttpServer();
    const build = schedulingBuilders(running.app.get(DataSource).manager);
    await build.appointmentTypes();
    const office = await build.office();
    const registrar = await build.registrar();
    const monday = await build.session(registrar.id, office.id, '2022-07-04', { acceptedTypes: ['birth'] });
    const deathsOnly = await build.session(registrar.id, office.id, '2022-07-05', { acceptedTypes: ['death'] });
    const earlier = await build.session(registrar.id, office.id, '2022-06-30', { acceptedTypes: ['birth'] });
    slotId = `${monday.id}~20220704T0800Z`;
    wrongTypeSlotId = `${deathsOnly.id}~20220705T0800Z`;
    pastSlotId = `${earlier.id}~20220630T0800Z`;
    const booked = await request(http).post('/api/public/bookings').send({ slotId: `${monday.id}~20220704T1000Z`, type: 'birth', resident: { name: 'Ann', email: 'ann@example.org' } });
    link = `/api/public/bookings/${booked.body.reference}`;
  });

  afterAll(async () => {
    await running.close();
    await database.drop();
  });

  const resident = { name: 'Aled Jones', email: 'aled@example.org' };

  it.each([
    ['an impossible date', 'get', '/api/public/availability?type=birth&from=2022-02-30', undefined, 400, /from must be a real date/, 'invalid-input'],
    ['an unknown type', 'get', '/api/public/availability?type=marriage&from=2022-07-04', undefined, 400, /type must be one of birth/, 'invalid-input'],
    ['too many days', 'get', '/api/public/availability?type=birth&from=2022-07-04&days=400', undefined, 400, /days must be a whole number from 1 to 28/, 'invalid-input'],
    ['a missing from', 'get', '/api/public/availability?type=birth', undefined, 400, /from must be a real date/, 'invalid-input'],
    ['an extra query field', 'get', '/api/public/availability?type=birth&from=2022-07-04&sort=asc', undefined, 400, /sort is not a field/, 'invalid-input'],
    ['a type staff book only', 'get', '/api/public/availability?type=ceremony&from=2022-07-04', undefined, 403, /cannot be booked online/, 'not-bookable-online'],
    ['missing fields', 'post', '/api/public/bookings', {}, 400, /slotId is required.*type must be one of/, 'invalid-input'],
    ['a missing resident', 'post', '/api/public/bookings', { slotId: 'x', type: 'birth' }, 400, /resident is required/, 'invalid-input'],
    ['a malformed slot id', 'post', '/api/public/bookings', { slotId: 'not-a-slot', type: 'birth', resident }, 400, /is not a slot id/, 'invalid-slot'],
    ['a slot of the wrong type', 'post', '/api/public/bookings', () => ({ slotId: wrongTypeSlotId, type: 'birth', resident }), 400, /not open to Birth registration/, 'slot-type-mismatch'],
    ['a past slot', 'post', '/api/public/bookings', () => ({ slotId: pastSlotId, type: 'birth', resident }), 409, /no longer available/, 'slot-unavailable'],
    ['an oversize name', 'post', '/api/public/bookings', () => ({ slotId, type: 'birth', resident: { ...resident, name: 'A'.repeat(121) } }), 400, /resident.name must be 120 characters or fewer/, 'invalid-input'],
    ['markup in a name', 'post', '/api/public/bookings', () => ({ slotId, type: 'birth', resident: { ...resident, name: '<script>x</script>' } }), 400, /resident.name may contain letters/, 'invalid-input'],
    ['a bad email', 'post', '/api/public/bookings', () => ({ slotId, type: 'birth', resident: { ...resident, email: 'aled at example' } }), 400, /resident.email must be an email address/, 'invalid-input'],
    ['an oversize email', 'post', '/api/public/bookings', () => ({ slotId, type: 'birth', resident: { ...resident, email: `${'a'.repeat(250)}@example.org` } }), 400, /^resident.email must be 254 characters or fewer$/, 'invalid-input'],
    ['neither email nor phone', 'post', '/api/public/bookings', () => ({ slotId, type: 'birth', resident: { name: 'Aled Jones' } }), 400, /^resident.email or resident.phone is required: give at least one so we can send your confirmation$/, 'invalid-input'],
    ['a bad phone and no email', 'post', '/api/public/bookings', () => ({ slotId, type: 'birth', resident: { name: 'Aled Jones', phone: 'ring me' } }), 400, /^resident.phone must be a telephone number/, 'invalid-input'],
    ['an extra field', 'post', '/api/public/bookings', () => ({ slotId, type: 'birth', resident, admin: true }), 400, /admin is not a field/, 'invalid-input'],
    ['an impossible event date', 'post', '/api/public/bookings', () => ({ slotId, type: 'birth', resident, eventDate: '2022-13-01' }), 400, /eventDate must be a real date/, 'invalid-input'],
    ['a birth in 2099', 'post', '/api/public/bookings', () => ({ slotId, type: 'birth', resident, eventDate: '2099-01-01' }), 400, /eventDate 2099-01-01 is after the request \(2022-07-01\): give the date of the birth or death/, 'event-date-after-request'],
    ['a birth in 1900', 'post', '/api/public/bookings', () => ({ slotId, type: 'birth', resident, eventDate: '1900-01-01' }), 400, /eventDate must be a real date written yyyy-mm-dd from 2012 to 2099/, 'invalid-input'],
    ['a control character in a name', 'post', '/api/public/bookings', () => ({ slotId, type: 'birth', resident: { ...resident, name: 'Aled\u0007Jones' } }), 400, /resident.name/, 'invalid-input'],
    ['too many babies', 'post', '/api/public/bookings', () => ({ slotId, type: 'birth', resident, babies: 9 }), 400, /babies must be a whole number from 1 to 6/, 'invalid-input'],
    ['no token', 'get', () => link, undefined, 400, /token is required/, 'invalid-input'],
    ['a wrong token', 'get', () => `${link}?token=abc`, undefined, 404, /no booking matches/, 'booking-not-found'],
    ['an unknown reference', 'delete', '/api/public/bookings/BRT-0000-00?token=abc', undefined, 404, /no booking matches/, 'booking-not-found'],
  ] as const)('%s', async (_case, method, path, body, status, message, code) => {
    const url = typeof path === 'function' ? path() : path;
    const payload = typeof body === 'function' ? body() : body;
    const response = await request(http)[method](url).send(payload);
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ statusCode: status, code, message: expect.stringMatching(message) });
    expect(await running.app.get(DataSource).manager.count(AppointmentEntity)).toBe(1);
  });

  it('accepts names in any script', async () => {
    const response = await request(http).post('/api/public/bookings').send({ slotId, type: 'birth', resident: { name: 'Siân Ó Briain-王', email: 'sian@example.org' } });
    expect(response.status).toBe(201);
    expect(response.body.appointment.residentName).toBe('Siân Ó Briain-王');
  });
});

describe('public endpoints are rate limited', () => {
  const [[, createSqlite]] = testEngines({});

  it('answers 429 past the limit an address may make in a minute', async () => {
    const database = await createSqlite();
    const running = await startApiApp(database, { env: { PUBLIC_REQUESTS_PER_MINUTE: '3' } });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) statuses.push((await request(running.app.getHttpServer()).get('/api/public/appointment-types')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect((await request(running.app.getHttpServer()).get('/api/public/appointment-types')).body).toMatchObject({ statusCode: 429, code: 'too-many-requests' });
    await running.close();
    await database.drop();
  });

  it('spends one budget per address across the public API and the booking pages, whichever route', async () => {
    const database = await createSqlite();
    const running = await startApiApp(database, { env: { PUBLIC_REQUESTS_PER_MINUTE: '3' } });
    const http = running.app.getHttpServer();
    const statuses = [
      (await request(http).get('/api/public/appointment-types')).status,
      (await request(http).get('/book')).status,
      (await request(http).get('/')).status,
      (await request(http).get('/api/public/availability?type=death&from=2022-07-04')).status,
    ];
    expect(statuses.slice(0, 3).every((status) => status !== 429)).toBe(true);
    expect(statuses[3]).toBe(429);
    const page = await request(http).get('/book/birth').expect(429);
    expect(page.type).toBe('text/html');
    expect(page.text).toContain('too many requests');
    expect((await request(http).get('/assets/favicon.svg')).status).not.toBe(429);
    await running.close();
    await database.drop();
  });
});
