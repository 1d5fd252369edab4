import request from 'supertest';
import { startApiApp } from '../testing/api-app';
import { signIn, staffMember } from '../testing/staff-sessions';
import { TestApp } from '../testing/test-app';
import { TestDatabase, testEngines } from '../testing/test-databases';

describe('what every answer carries', () => {
  const [[, createSqlite]] = testEngines({});
  let database: TestDatabase;
  let running: TestApp | undefined;

  beforeEach(async () => {
    database = await createSqlite();
  });

  afterEach(async () => {
    await running?.close();
    running = undefined;
    await database.drop();
  });

  it('keeps API answers out of caches, and names no framework, the queue dashboard included', async () => {
    running = await startApiApp(database);
    const http = running.app.getHttpServer();
    const cookie = await signIn(running.app, (await staffMember(running.app, ['admin'])).email);

    for (const answer of [await request(http).get('/api/auth/me').set('Cookie', cookie), await request(http).get('/api/public/appointment-types'), await request(http).get('/api/nope')]) {
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.headers['x-powered-by']).toBeUndefined();
    }
    const board = await request(http).get('/admin/queues').set('Cookie', cookie);
    expect(board.status).toBe(200);
    expect(board.headers['x-powered-by']).toBeUndefined();
  });

  it('sends the session cookie over HTTPS only when residents and staff reach the service over HTTPS', async () => {
    running = await startApiApp(database, { env: { PUBLIC_BASE_URL: 'https://register.example.gov.uk' } });
    const member = await staffMember(running.app, ['registrar']);
    const secure = await request(running.app.getHttpServer()).post('/api/auth/login').send({ email: member.email, password: 'correct horse battery staple' }).expect(200);
    expect(String(secure.headers['set-cookie'])).toMatch(/; Secure/);
    await running.close();

    running = await startApiApp(database, { env: { PUBLIC_BASE_URL: 'http://127.0.0.1:3000' } });
    const plain = await request(running.app.getHttpServer()).post('/api/auth/login').send({ email: member.email, password: 'correct horse battery staple' }).expect(200);
    expect(String(plain.headers['set-cookie'])).not.toMatch(/; Secure/);
  });
});
