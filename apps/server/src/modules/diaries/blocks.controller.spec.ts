import request from 'supertest';
import { DataSource } from 'typeorm';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { signIn, staffMember } from '../../testing/staff-sessions';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { startApiApp } from '../../testing/api-app';
import { TestApp } from '../../testing/test-app';
import { BlocksController } from './blocks.controller';

const NOW = new Date('2022-07-01T08:00:00Z');
/** Tuesday 5 July 2022 (summer time): London 09:00 is 08:00Z. */
const DAY = '2022-07-05';

describe.each(testEngines())(`${BlocksController.name} on %s`, (_engine, createDatabase) => {
  let database: TestDatabase;
  let running: TestApp;
  let sessionId: string;
  let owner: string;
  let colleague: string;
  let manager: string;

  const http = () => request(running.app.getHttpServer());
  const block = (cookie: string, startTime: string, endTime: string, reason = 'training') =>
    http().post('/api/blocks').set('Cookie', cookie).send({ sessionId, startTime, endTime, reason });
  const freeStarts = async (): Promise<string[]> =>
    (await http().get(`/api/availability?type=birth&from=${DAY}&days=1`).set('Cookie', owner).expect(200)).body.slots.map((slot: { startsAt: string }) => slot.startsAt);

  beforeEach(async () => {
    database = await createDatabase();
    running = await startApiApp(database, { now: NOW });
    const build = schedulingBuilders(running.app.get(DataSource).manager);
    await build.appointmentTypes();
    const office = await build.office();
    const registrar = await staffMember(running.app, ['registrar']);
    sessionId = (await build.session(registrar.id, office.id, DAY, { startTime: '09:00', endTime: '11:00' })).id;
    owner = await signIn(running.app, registrar.email);
    colleague = await signIn(running.app, (await staffMember(running.app, ['registrar'])).email);
    manager = await signIn(running.app, (await staffMember(running.app, ['manager'])).email);
  });

  afterEach(async () => {
    await running.close();
    await database.drop();
  });

  it('takes blocked time out of availability, and gives it back when the block is removed', async () => {
    expect(await freeStarts()).toEqual(['2022-07-05T08:00:00Z', '2022-07-05T08:30:00Z', '2022-07-05T09:00:00Z', '2022-07-05T09:30:00Z']);
    const created = await block(owner, '09:30', '10:30').expect(201);
    expect(created.body).toMatchObject({ sessionId, day: DAY, startTime: '09:30', endTime: '10:30', startsAt: '2022-07-05T08:30:00.000Z', reason: 'training' });
    expect(await freeStarts()).toEqual(['2022-07-05T08:00:00Z', '2022-07-05T09:30:00Z']);

    const listed = await http().get(`/api/blocks?filter={"sessionId":"${sessionId}"}`).set('Cookie', colleague).expect(200);
    expect(listed.headers['content-range']).toBe('blocks 0-0/1');
    await http().delete(`/api/blocks/${created.body.id}`).set('Cookie', owner).expect(200);
    expect(await freeStarts()).toHaveLength(4);
  });

  it('refuses to block time over a booked appointment, outside the session, or the wrong way round', async () => {
    await http()
      .post('/api/public/bookings')
      .send({ slotId: `${sessionId}~20220705T0900Z`, type: 'birth', resident: { name: 'Aled Jones', email: 'aled@example.org' } })
      .expect(201);
    expect((await block(owner, '09:30', '10:30').expect(409)).body).toMatchObject({ code: 'block-over-appointments', message: 'appointments are booked in that time: move or cancel them first' });
    expect((await block(owner, '08:30', '09:30').expect(400)).body).toMatchObject({ code: 'block-outside-session', message: 'blocked time must lie inside the session, 09:00 to 11:00' });
    expect((await block(owner, '09:30', '09:00').expect(400)).body.code).toBe('session-ends-before-start');
    expect((await block(owner, '09:00', '9.30').expect(400)).body).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/endTime must be HH:mm/) });
    expect((await block(owner, '09:00', '09:30', '').expect(400)).body).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/reason must say why/) });
    await block(owner, '09:00', '09:30', 'annual leave').expect(201);
  });

  it('lists the blocks of a registrar’s London days, as the calendar loads a week, and refuses a range over a year', async () => {
    const build = schedulingBuilders(running.app.get(DataSource).manager);
    const registrarId: string = (await http().get(`/api/sessions/${sessionId}`).set('Cookie', owner).expect(200)).body.registrarId;
    const nextWeek = await build.session(registrarId, null, '2022-07-12');
    const colleagues = await build.session((await staffMember(running.app, ['registrar'])).id, null, DAY);
    await block(owner, '09:00', '09:30').expect(201);
    await build.block(nextWeek.id, '2022-07-12T08:00:00Z', '2022-07-12T08:30:00Z');
    await build.block(colleagues.id, '2022-07-05T08:00:00Z', '2022-07-05T08:30:00Z');
    const listed = async (filter: object) => {
      const page = await http().get(`/api/blocks?filter=${encodeURIComponent(JSON.stringify(filter))}`).set('Cookie', colleague).expect(200);
      return page.body.map((row: { registrarId: string; day: string }) => `${row.registrarId === registrarId ? 'own' : 'colleague’s'} ${row.day}`).sort();
    };

    expect(await listed({ registrarId, day_gte: '2022-07-04', day_lte: '2022-07-10' })).toEqual(['own 2022-07-05']);
    expect(await listed({ registrarId })).toEqual(['own 2022-07-05', 'own 2022-07-12']);
    expect(await listed({ day: DAY })).toEqual(['colleague’s 2022-07-05', 'own 2022-07-05']);
    expect(await listed({ day_gte: '2022-07-06' })).toEqual(['own 2022-07-12']);
    const tooLong = await http().get('/api/blocks?filter={"day_gte":"2022-01-01","day_lte":"2023-01-02"}').set('Cookie', colleague).expect(400);
    expect(tooLong.body).toMatchObject({ code: 'invalid-filter', message: 'filter.day_gte to day_lte covers 367 days: list at most 366 days at a time' });
  });

  it('lets only the diary’s registrar or a manager block its time', async () => {
    expect((await block(colleague, '09:00', '09:30').expect(403)).body.code).toBe('not-your-diary');
    const byManager = await block(manager, '09:00', '09:30').expect(201);
    expect((await http().put(`/api/blocks/${byManager.body.id}`).set('Cookie', colleague).send({ ...byManager.body, endTime: '10:00' }).expect(403)).body.code).toBe('not-your-diary');
    const changed = await http().put(`/api/blocks/${byManager.body.id}`).set('Cookie', owner).send({ ...byManager.body, endTime: '10:00' }).expect(200);
    expect(changed.body.endsAt).toBe('2022-07-05T09:00:00.000Z');
    expect((await http().get('/api/blocks').expect(401)).body.code).toBe('not-signed-in');
  });
});
