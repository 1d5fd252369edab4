import request from 'supertest';
import { signIn, staffMember, TEST_PASSWORD } from '../../testing/staff-sessions';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { startApiApp } from '../../testing/api-app';
import { TestApp } from '../../testing/test-app';
import { PasswordHasher } from '../../common/security/password-hasher';
import { AuthController } from './auth.controller';
import { MAX_FAILURES_PER_ADDRESS } from './sign-in-attempts';

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

  it('stops one address after twenty failed sign-ins across different accounts, even for a right password', async () => {
    const http = running.app.getHttpServer();
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ADDRESS; attempt += 1) {
      await request(http).post('/api/auth/login').send({ email: `someone-${attempt}@example.org`, password: 'guess' }).expect(401);
    }
    const registrar = await staffMember(running.app, ['registrar']);

    const stopped = await request(http).post('/api/auth/login').send({ email: registrar.email, password: TEST_PASSWORD }).expect(429);

    expect(stopped.body.code).toBe('too-many-sign-in-attempts');
  });

  it('checks a password for an unknown email as it would for a known one, so both take the same time', async () => {
    const hasher = running.app.get(PasswordHasher);
    const checks = jest.spyOn(hasher, 'matches');
    await staffMember(running.app, ['registrar'], { email: 'known@example.org' });
    const http = running.app.getHttpServer();

    await request(http).post('/api/auth/login').send({ email: 'known@example.org', password: 'guess' }).expect(401);
    await request(http).post('/api/auth/login').send({ email: 'unknown@example.org', password: 'guess' }).expect(401);

    expect(checks).toHaveBeenCalledTimes(2);
    expect(checks.mock.calls.map(([stored]) => stored.startsWith('$argon2id$'))).toEqual([true, true]);
  });

  it('ends every session of the account on sign-out and when its password changes', async () => {
    const registrar = await staffMember(running.app, ['registrar']);
    const admin = await staffMember(running.app, ['admin']);
    const http = running.app.getHttpServer();
    const onLaptop = await signIn(running.app, registrar.email);
    const onPhone = await signIn(running.app, registrar.email);

    await request(http).post('/api/auth/logout').set('Cookie', onLaptop).expect(204);

    expect((await request(http).get('/api/auth/me').set('Cookie', onLaptop).expect(401)).body.code).toBe('not-signed-in');
    expect((await request(http).get('/api/auth/me').set('Cookie', onPhone).expect(401)).body.code).toBe('not-signed-in');

    const again = await signIn(running.app, registrar.email);
    const adminCookie = await signIn(running.app, admin.email);
    const record = (await request(http).get(`/api/staff/${registrar.id}`).set('Cookie', adminCookie).expect(200)).body;
    await request(http).put(`/api/staff/${registrar.id}`).set('Cookie', adminCookie).send({ ...record, password: 'a brand new password for her' }).expect(200);
    expect((await request(http).get('/api/auth/me').set('Cookie', again).expect(401)).body.code).toBe('not-signed-in');
    await request(http).post('/api/auth/login').send({ email: registrar.email, password: 'a brand new password for her' }).expect(200);
  });

  it('lets a member of staff change their own password, giving the current one, which ends their other sessions', async () => {
    const registrar = await staffMember(running.app, ['registrar']);
    const http = running.app.getHttpServer();
    const elsewhere = await signIn(running.app, registrar.email);
    const here = await signIn(running.app, registrar.email);

    const wrong = await request(http).put('/api/auth/password').set('Cookie', here).send({ currentPassword: 'guess', newPassword: 'a long new password' }).expect(403);
    expect(wrong.body.code).toBe('wrong-current-password');
    const short = await request(http).put('/api/auth/password').set('Cookie', here).send({ currentPassword: TEST_PASSWORD, newPassword: 'short' }).expect(400);
    expect(short.body.message).toMatch(/newPassword must be 12 to 200 characters/);

    const changed = await request(http).put('/api/auth/password').set('Cookie', here).send({ currentPassword: TEST_PASSWORD, newPassword: 'a long new password' }).expect(200);
    const renewed = String(([] as string[]).concat(changed.headers['set-cookie'] ?? [])[0]).split(';')[0];

    expect((await request(http).get('/api/auth/me').set('Cookie', renewed).expect(200)).body.id).toBe(registrar.id);
    expect((await request(http).get('/api/auth/me').set('Cookie', elsewhere).expect(401)).body.code).toBe('not-signed-in');
    await request(http).post('/api/auth/login').send({ email: registrar.email, password: TEST_PASSWORD }).expect(401);
    await request(http).post('/api/auth/login').send({ email: registrar.email, password: 'a long new password' }).expect(200);
  });
});
