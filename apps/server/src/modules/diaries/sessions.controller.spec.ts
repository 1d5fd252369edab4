import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { signIn, staffMember } from '../../testing/staff-sessions';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { startApiApp } from '../../testing/api-app';
import { TestApp } from '../../testing/test-app';
import { SessionsController } from './sessions.controller';

describe.each(testEngines())(`${SessionsController.name} on %s`, (_engine, createDatabase) => {
  let database: TestDatabase;
  let running: TestApp;
  let officeId: string;
  let rhian: { id: string; cookie: string };
  let owen: { id: string; cookie: string };
  let manager: { id: string; cookie: string };

  const session = (registrarId: string, day = '2022-07-04', startTime = '09:00', endTime = '12:00') => ({
    registrarId,
    officeId,
    day,
    startTime,
    endTime,
    acceptedTypes: ['birth', 'death'],
  });
  const as = (who: { cookie: string }) => ({
    post: (body: object) => request(running.app.getHttpServer()).post('/api/sessions').set('Cookie', who.cookie).send(body),
    put: (id: string, body: object) => request(running.app.getHttpServer()).put(`/api/sessions/${id}`).set('Cookie', who.cookie).send(body),
    delete: (id: string) => request(running.app.getHttpServer()).delete(`/api/sessions/${id}`).set('Cookie', who.cookie),
    list: (query: string) => request(running.app.getHttpServer()).get(`/api/sessions?${query}`).set('Cookie', who.cookie),
  });

  beforeEach(async () => {
    database = await createDatabase();
    running = await startApiApp(database);
    officeId = (await schedulingBuilders(running.app.get(DataSource).manager).office()).id;
    const member = async (roles: Parameters<typeof staffMember>[1]) => {
      const staff = await staffMember(running.app, roles);
      return { id: staff.id, cookie: await signIn(running.app, staff.email) };
    };
    [rhian, owen, manager] = [await member(['registrar']), await member(['registrar']), await member(['manager'])];
  });

  afterEach(async () => {
    await running.close();
    await database.drop();
  });

  it('lets a registrar open, change and delete sessions in their own diary, and audits each change', async () => {
    const created = await as(rhian).post(session(rhian.id)).expect(201);
    await as(rhian).put(created.body.id, { ...created.body, endTime: '12:30' }).expect(200);
    await as(rhian).delete(created.body.id).expect(200);

    const audit = await running.app.get(DataSource).manager.find(AuditEntryEntity, { where: { entityId: created.body.id }, order: { at: 'ASC' } });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ['created', rhian.id],
      ['updated', rhian.id],
      ['deleted', rhian.id],
    ]);
  });

  it('does not let a registrar edit another registrar’s diary, but lets a manager', async () => {
    expect((await as(rhian).post(session(owen.id)).expect(403)).body.code).toBe('not-your-diary');
    const owens = await as(owen).post(session(owen.id)).expect(201);
    expect((await as(rhian).put(owens.body.id, { ...owens.body, endTime: '10:00' }).expect(403)).body.code).toBe('not-your-diary');
    expect((await as(rhian).delete(owens.body.id).expect(403)).body.code).toBe('not-your-diary');
    expect((await as(rhian).put(owens.body.id, { ...owens.body, registrarId: rhian.id }).expect(403)).body.code).toBe('not-your-diary');

    await as(manager).put(owens.body.id, { ...owens.body, endTime: '10:00' }).expect(200);
    await as(manager).post(session(rhian.id, '2022-07-05')).expect(201);
  });

  it('refuses overlapping sessions, times the wrong way round and unknown offices, saying what to fix', async () => {
    await as(rhian).post(session(rhian.id)).expect(201);
    expect((await as(rhian).post(session(rhian.id, '2022-07-04', '11:00', '13:00')).expect(409)).body.code).toBe('session-overlaps');
    await as(rhian).post(session(rhian.id, '2022-07-04', '12:00', '13:00')).expect(201);
    expect((await as(rhian).post(session(rhian.id, '2022-07-06', '12:00', '09:00')).expect(400)).body).toMatchObject({ code: 'session-ends-before-start', message: expect.stringMatching(/endTime must be later/) });
    expect((await as(rhian).post({ ...session(rhian.id, '2022-07-07'), officeId: 'nowhere' }).expect(400)).body).toMatchObject({ code: 'unknown-office', message: expect.stringMatching(/not an office/) });
    expect((await as(rhian).post({ ...session(rhian.id), day: '2022-02-30' }).expect(400)).body).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/day must be a real date/) });
  });

  it('refuses a session on a bank holiday, a service closure day or a day its office is closed, saying which and why', async () => {
    const closedDay = (body: object) => ({ statusCode: 409, code: 'session-on-closed-day', ...body });
    expect((await as(rhian).post(session(rhian.id, '2022-06-03')).expect(409)).body).toEqual(
      closedDay({ message: 'Friday 3 June 2022 is a bank holiday (Platinum Jubilee bank holiday): sessions cannot be opened then; choose another day' }),
    );
    const managerPosts = (path: string, body: object) => request(running.app.getHttpServer()).post(path).set('Cookie', manager.cookie).send(body).expect(201);
    const malvern = await schedulingBuilders(running.app.get(DataSource).manager).office({ name: 'Malvern' });
    await managerPosts('/api/closures', { day: '2022-07-08', reason: 'Staff training' });
    await managerPosts('/api/office-closures', { officeId: malvern.id, day: '2022-07-07', reason: 'Building works' });

    const onServiceClosure = closedDay({ message: 'Friday 8 July 2022 is a service closure day (Staff training): sessions cannot be opened then; choose another day' });
    expect((await as(rhian).post(session(rhian.id, '2022-07-08')).expect(409)).body).toEqual(onServiceClosure);
    expect((await as(owen).post({ ...session(owen.id, '2022-07-08'), officeId: null }).expect(409)).body).toEqual(onServiceClosure);
    expect((await as(rhian).post({ ...session(rhian.id, '2022-07-07'), officeId: malvern.id }).expect(409)).body).toEqual(
      closedDay({ message: 'Malvern Register Office is closed on Thursday 7 July 2022 (Building works): sessions cannot be opened there then; choose another day or office' }),
    );
    await as(rhian).post(session(rhian.id, '2022-07-07')).expect(201);
    await as(owen).post({ ...session(owen.id, '2022-07-07'), officeId: null }).expect(201);

    const monday = await as(rhian).post(session(rhian.id, '2022-07-04')).expect(201);
    expect((await as(rhian).put(monday.body.id, { ...monday.body, day: '2022-06-03' }).expect(409)).body.code).toBe('session-on-closed-day');
    expect((await as(manager).put(monday.body.id, { ...monday.body, officeId: malvern.id, day: '2022-07-07' }).expect(409)).body.code).toBe('session-on-closed-day');
  });

  it('lists sessions in the simple-rest convention with Content-Range', async () => {
    for (const day of ['2022-07-04', '2022-07-05', '2022-07-06']) await as(rhian).post(session(rhian.id, day)).expect(201);
    await as(owen).post(session(owen.id)).expect(201);

    const page = await as(manager).list(`sort=["day","DESC"]&range=[0,1]&filter={"registrarId":"${rhian.id}"}`).expect(200);

    expect(page.body.map((row: { day: string }) => row.day)).toEqual(['2022-07-06', '2022-07-05']);
    expect(page.headers['content-range']).toBe('sessions 0-1/3');
    expect((await as(manager).list('filter={"colour":"red"}').expect(400)).body).toMatchObject({ code: 'invalid-filter', message: expect.stringMatching(/filter cannot use colour/) });
    expect((await as(manager).list('filter={"day_gte":"2022-01-01","day_lte":"2023-12-31"}').expect(400)).body).toMatchObject({ code: 'invalid-filter', message: 'filter.day_gte to day_lte covers 730 days: list at most 366 days at a time' });
  });
});
