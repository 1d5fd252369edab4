import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { Clock } from '../../common/clock/clock';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { signIn, staffMember } from '../../testing/staff-sessions';
import { TEST_APP_SECRET, TestDatabase, testEngines } from '../../testing/test-databases';
import { startTestApp, TestApp } from '../../testing/test-app';
import { AppointmentsController } from './appointments.controller';

const NOW = new Date('2022-07-04T14:00:00Z');

describe.each(testEngines())(`${AppointmentsController.name} on %s`, (_engine, createDatabase) => {
  let database: TestDatabase;
  let running: TestApp;
  let appointmentId: string;
  let owner: string;
  let colleague: string;
  let manager: string;

  const put = (cookie: string, body: object) => request(running.app.getHttpServer()).put(`/api/appointments/${appointmentId}`).set('Cookie', cookie).send(body);

  beforeEach(async () => {
    database = await createDatabase();
    running = await startTestApp({
      module: AppModule.register({ workerInProcess: false }),
      env: { ...database.env, APP_SECRET: TEST_APP_SECRET },
      override: (builder) => builder.overrideProvider(Clock).useValue({ now: () => NOW }),
    });
    const build = schedulingBuilders(running.app.get(DataSource).manager);
    await build.appointmentTypes();
    const office = await build.office();
    const registrar = await staffMember(running.app, ['registrar']);
    const session = await build.session(registrar.id, office.id, '2022-07-05');
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
    await request(running.app.getHttpServer()).get('/api/appointments').expect(401);
  });

  it('lets the registrar mark attended then registered, recording when, and keeps notes', async () => {
    await put(owner, { status: 'attended', notes: 'Tell Us Once offered' }).expect(200);
    const registered = await put(owner, { status: 'registered' }).expect(200);
    expect(registered.body).toMatchObject({ status: 'registered', registeredAt: NOW.toISOString(), notes: 'Tell Us Once offered' });
  });

  it('refuses a status that cannot follow, and another registrar’s change; a manager may change it', async () => {
    await put(owner, { status: 'did-not-attend' }).expect(200);
    expect((await put(owner, { status: 'registered' }).expect(409)).body.message).toBe('a did-not-attend appointment cannot be marked registered');
    expect((await put(colleague, { notes: 'not mine' }).expect(403)).body.code).toBe('not-your-diary');
    await put(manager, { notes: 'Called the informant' }).expect(200);
    expect((await put(manager, { status: 'lost' }).expect(400)).body.message).toMatch(/status must be one of booked/);
  });
});
