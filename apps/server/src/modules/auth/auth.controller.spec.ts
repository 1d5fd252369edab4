import request from 'supertest';
import { signIn, staffMember, TEST_PASSWORD } from '../../testing/staff-sessions';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { startApiApp } from '../../testing/api-app';
import { TestApp } from '../../testing/test-app';
import { AuthController } from './auth.controller';

describe(AuthController.name, () => {
  const [[, createSqlite]] = testEngines({});
  let database: TestDatabase;
  let running: TestApp;

  beforeEach(async () => {
    database = await createSqlite();
    running = await startApiApp(database);
  });

  afterEach(async () => {
    await running.close();
    await database.drop();
  });

  it('signs staff in with an HttpOnly, SameSite=Strict session cookie that identifies them', async () => {
    const registrar = await staffMember(running.app, ['registrar']);
    const response = await request(running.app.getHttpServer()).post('/api/auth/login').send({ email: registrar.email.toUpperCase(), password: TEST_PASSWORD }).expect(200);

    expect(response.body).toEqual({ id: registrar.id, name: registrar.name, roles: ['registrar'] });
    expect(String(response.headers['set-cookie'])).toMatch(/regflow_session=.+; Max-Age=28800; Path=\/; Expires=.+; HttpOnly; SameSite=Strict/);
    const cookie = await signIn(running.app, registrar.email);
    expect((await request(running.app.getHttpServer()).get('/api/auth/me').set('Cookie', cookie).expect(200)).body.id).toBe(registrar.id);
  });

  it('refuses a wrong password, a deactivated account and a forged cookie', async () => {
    const registrar = await staffMember(running.app, ['registrar']);
    const retired = await staffMember(running.app, ['registrar'], { active: false });
    const http = running.app.getHttpServer();

    expect((await request(http).post('/api/auth/login').send({ email: registrar.email, password: 'guess' }).expect(401)).body).toMatchObject({ code: 'wrong-credentials', message: expect.stringMatching(/email or password is wrong/) });
    expect((await request(http).post('/api/auth/login').send({ email: retired.email, password: TEST_PASSWORD }).expect(401)).body.code).toBe('wrong-credentials');
    expect((await request(http).get('/api/auth/me').set('Cookie', 'regflow_session=eyJhbGciOiJIUzI1NiJ9.e30.forged').expect(401)).body.code).toBe('not-signed-in');
    expect((await request(http).get('/api/sessions').expect(401)).body).toMatchObject({ code: 'not-signed-in', message: expect.stringMatching(/sign in first/) });
  });

  it('locks an account’s sign-in after five failures in fifteen minutes, even for the right password', async () => {
    const registrar = await staffMember(running.app, ['registrar']);
    const http = running.app.getHttpServer();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await request(http).post('/api/auth/login').send({ email: registrar.email, password: `wrong-${attempt}` }).expect(401)).body.code).toBe('wrong-credentials');
    }
    const locked = await request(http).post('/api/auth/login').send({ email: registrar.email, password: TEST_PASSWORD }).expect(429);
    expect(locked.body).toMatchObject({ code: 'too-many-sign-in-attempts', message: expect.stringMatching(/too many failed sign-ins .* try again in 15 minutes/) });
  });

  it('stores passwords only as argon2id hashes', async () => {
    const registrar = await staffMember(running.app, ['registrar']);
    expect(registrar.passwordHash).toMatch(/^\$argon2id\$/);
    expect(registrar.passwordHash).not.toContain(TEST_PASSWORD);
  });
});
