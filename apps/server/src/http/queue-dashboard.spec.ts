import request from 'supertest';
import { startApiApp } from '../testing/api-app';
import { signIn, staffMember } from '../testing/staff-sessions';
import { TestDatabase, testEngines } from '../testing/test-databases';
import { TestApp } from '../testing/test-app';
import { QUEUES_PATH } from './queue-dashboard';

const [[, createSqlite]] = testEngines({});

describe('the queue dashboard', () => {
  let database: TestDatabase;
  let running: TestApp;

  beforeAll(async () => {
    database = await createSqlite();
    running = await startApiApp(database);
  });

  afterAll(async () => {
    await running.close();
    await database.drop();
  });

  it('is for signed-in admins only', async () => {
    const http = () => request(running.app.getHttpServer());
    expect((await http().get(QUEUES_PATH).expect(401)).body).toMatchObject({ statusCode: 401, code: 'not-signed-in', message: expect.stringMatching(/sign in as an admin/) });
    const manager = await signIn(running.app, (await staffMember(running.app, ['manager'])).email);
    expect((await http().get(QUEUES_PATH).set('Cookie', manager).expect(403)).body).toMatchObject({ statusCode: 403, code: 'forbidden' });

    const admin = await signIn(running.app, (await staffMember(running.app, ['admin'])).email);
    const page = await http().get(`${QUEUES_PATH}/`).set('Cookie', admin).expect(200);
    expect(page.text).toContain('regflow queues');
    const queues = await http().get(`${QUEUES_PATH}/api/queues`).set('Cookie', admin).expect(200);
    expect(queues.body.queues.map((queue: { name: string }) => queue.name).sort()).toEqual(['escalations', 'notifications', 'routines', 'system']);
  });
});
