import { ERROR_STATUSES } from '@regflow/contracts';
import { Server } from 'node:http';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApiApp } from '../testing/api-app';
import { schedulingBuilders } from '../testing/scheduling-builders';
import { signIn, staffMember } from '../testing/staff-sessions';
import { TestApp } from '../testing/test-app';
import { TestDatabase, testEngines } from '../testing/test-databases';
import { AppointmentTypeEntity } from '../modules/settings/appointment-type.entity';

const NOW = new Date('2022-07-01T08:00:00Z');

/** The error answer every failure of the API gives. */
function expectError(response: request.Response, statusCode: number, code: string, message: RegExp): void {
  expect({ status: response.status, type: response.type, body: response.body }).toEqual({
    status: statusCode,
    type: 'application/json',
    body: { statusCode, code, message: expect.stringMatching(message) },
  });
}

describe.each(testEngines())('the API answers every error as { statusCode, code, message } on %s', (_engine, createDatabase) => {
  let database: TestDatabase;
  let running: TestApp;
  let http: Server;
  let manager: string;

  beforeAll(async () => {
    database = await createDatabase();
    running = await startApiApp(database, { now: NOW, env: { PUBLIC_REQUESTS_PER_MINUTE: '10000' } });
    http = running.app.getHttpServer();
    const entities = running.app.get(DataSource).manager;
    await schedulingBuilders(entities).appointmentTypes();
    await entities.delete(AppointmentTypeEntity, { code: 'death' });
    manager = await signIn(running.app, (await staffMember(running.app, ['manager'])).email);
  });

  afterAll(async () => {
    await running.close();
    await database.drop();
  });

  it('answers an unknown API route with not-found, naming the route and where the endpoints are listed', async () => {
    expectError(await request(http).get('/api/nope'), 404, 'not-found', /^there is no GET \/api\/nope: GET \/api\/docs lists every endpoint$/);
    expectError(await request(http).delete('/api/public/appointment-types').set('Cookie', manager), 404, 'not-found', /DELETE \/api\/public\/appointment-types/);
  });

  it('answers an unknown page outside /api with a page, not JSON', async () => {
    const page = await request(http).get('/no-such-page').expect(404);
    expect(page.type).toBe('text/html');
    expect(page.text).toContain('Page not found');
  });

  it.each(['/api/auth/login', '/api/public/bookings'])('refuses 1,500 nested arrays posted to %s with body-too-deep before validation, not a 500', async (path) => {
    const nested = `${'['.repeat(1500)}${']'.repeat(1500)}`;
    const response = await request(http).post(path).set('Content-Type', 'application/json').send(nested);
    expectError(response, 400, 'body-too-deep', /nests arrays and objects more than 16 deep/);
  });

  it('takes a body nested as deep as the limit allows', async () => {
    const response = await request(http).post('/api/auth/login').send({ email: 'nobody@example.org', password: 'x', extra: JSON.parse(`${'['.repeat(15)}${']'.repeat(15)}`) });
    expect(response.body.code).not.toBe('body-too-deep');
  });

  it('answers malformed JSON with malformed-json, not a 500', async () => {
    const response = await request(http).post('/api/auth/login').set('Content-Type', 'application/json').send('{"email": "a@example.org",');
    expectError(response, 400, 'malformed-json', /not valid JSON.*check its quotes, commas and brackets/);
  });

  it('answers a body over the limit with payload-too-large (413)', async () => {
    const response = await request(http).post('/api/auth/login').send({ email: 'a@example.org', password: 'x'.repeat(120_000) });
    expectError(response, 413, 'payload-too-large', /larger than 100kb: send less/);
  });

  it('answers a body that is not JSON with unsupported-media-type (415)', async () => {
    expectError(await request(http).post('/api/auth/login').type('form').send('email=a%40example.org&password=x'), 415, 'unsupported-media-type', /application\/x-www-form-urlencoded is not accepted here: send the body as JSON/);
    expectError(await request(http).post('/api/auth/login').set('Content-Type', 'text/plain').send('hello'), 415, 'unsupported-media-type', /text\/plain/);
    const latin1 = await request(http).post('/api/auth/login').set('Content-Type', 'application/json; charset=latin1').send('{}');
    expectError(latin1, 415, 'unsupported-media-type', /unsupported charset "LATIN1".*UTF-8/);
  });

  it('answers validation failures with invalid-input and every field and its problems', async () => {
    const response = await request(http).post('/api/auth/login').send({ email: 'not an email', password: 'x', admin: true });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      statusCode: 400,
      code: 'invalid-input',
      message: expect.stringContaining('email must be an email address'),
      fields: expect.arrayContaining([
        { field: 'email', problems: ['email must be an email address'] },
        { field: 'admin', problems: ['admin is not a field this endpoint takes: remove it'] },
      ]),
    });
  });

  it.each([
    ['sort=day', 'invalid-sort', /sort must be JSON/],
    ['sort=["colour","ASC"]', 'invalid-sort', /with a field among id, name, createdAt/],
    ['range=[5,1]', 'invalid-range', /range must be \[first,last\]/],
    ['range=[0,1000]', 'invalid-range', /at most 500 rows/],
    ['filter=[1]', 'invalid-filter', /filter must be a JSON object/],
    ['filter={"colour":"red"}', 'invalid-filter', /filter cannot use colour: filterable fields are/],
  ])('answers a list query with %s with %s', async (query, code, message) => {
    expectError(await request(http).get(`/api/offices?${query}`).set('Cookie', manager), 400, code, message);
  });

  it('answers a malformed Idempotency-Key with invalid-idempotency-key', async () => {
    const response = await request(http).post('/api/public/bookings').set('Idempotency-Key', 'not a key!').send({});
    expectError(response, 400, 'invalid-idempotency-key', /Idempotency-Key must be 1 to 100 letters/);
  });

  it('answers an unknown appointment type given as input with one status wherever it comes from, and one missing from the path with 404', async () => {
    const status = ERROR_STATUSES['unknown-appointment-type'];
    const birth = (await request(http).get('/api/appointment-types/birth').set('Cookie', manager).expect(200)).body;
    const answers = [
      await request(http).get('/api/public/availability?type=death&from=2022-07-04'),
      await request(http).post('/api/suspensions').set('Cookie', manager).send({ typeCode: 'death', fromDay: '2022-07-04', toDay: '2022-07-05', message: 'Phone us.' }),
    ];
    for (const answer of answers) expectError(answer, status, 'unknown-appointment-type', /is not an appointment type: GET \/api\/public\/appointment-types lists/);
    expectError(await request(http).put('/api/appointment-types/xyz').set('Cookie', manager).send(birth), 404, 'appointment-type-not-found', /there is no appointment type "xyz"/);
  });

  it('answers unknown-office with one status from diaries and settings', async () => {
    const status = ERROR_STATUSES['unknown-office'];
    const me = await request(http).get('/api/auth/me').set('Cookie', manager);
    const answers = [
      await request(http).post('/api/office-closures').set('Cookie', manager).send({ officeId: 'nowhere', day: '2022-07-04', reason: 'Flood' }),
      await request(http)
        .post('/api/sessions')
        .set('Cookie', manager)
        .send({ registrarId: me.body.id, officeId: 'nowhere', day: '2022-07-04', startTime: '09:00', endTime: '12:00', acceptedTypes: ['birth'] }),
    ];
    for (const answer of answers) expectError(answer, status, 'unknown-office', /officeId "nowhere" is not an office: GET \/api\/offices lists them/);
  });
});

describe('the API answers too many requests with too-many-requests', () => {
  const [[, createSqlite]] = testEngines({});

  it('gives the 429 a code and says when to try again', async () => {
    const database = await createSqlite();
    const running = await startApiApp(database, { env: { PUBLIC_REQUESTS_PER_MINUTE: '2' } });
    try {
      const http = running.app.getHttpServer();
      await request(http).get('/api/public/appointment-types').expect(200);
      await request(http).get('/api/public/appointment-types').expect(200);
      expectError(await request(http).get('/api/public/appointment-types'), 429, 'too-many-requests', /wait a minute, then try again/);
    } finally {
      await running.close();
      await database.drop();
    }
  });
});
