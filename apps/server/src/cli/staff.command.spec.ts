import request from 'supertest';
import { startApiApp } from '../testing/api-app';
import { regflow } from '../testing/regflow-command';
import { signIn, staffMember } from '../testing/staff-sessions';
import { TestApp } from '../testing/test-app';
import { TestDatabase, testEngines } from '../testing/test-databases';

describe('regflow staff reset-password, and regflow --version', () => {
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

  it('prints a new one-time password that signs the member of staff in, and ends their sessions', async () => {
    const registrar = await staffMember(running.app, ['registrar']);
    const before = await signIn(running.app, registrar.email);

    const reset = regflow(database.env, 'staff', 'reset-password', registrar.email.toUpperCase());

    expect(reset).toMatchObject({ code: 0, stderr: '' });
    const password = /now signs in with: (\S+)/.exec(reset.stdout)?.[1] ?? '';
    expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const http = running.app.getHttpServer();
    expect((await request(http).get('/api/auth/me').set('Cookie', before).expect(401)).body.code).toBe('not-signed-in');
    await request(http).post('/api/auth/login').send({ email: registrar.email, password }).expect(200);
  });

  it('names an email nobody signs in with, in one line', () => {
    expect(regflow(database.env, 'staff', 'reset-password', 'nobody@example.org')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'regflow: no member of staff signs in with nobody@example.org: check the address (GET /api/staff lists them)\n',
    });
  });

  it('prints its version', () => {
    expect(regflow(database.env, '--version')).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });
});
