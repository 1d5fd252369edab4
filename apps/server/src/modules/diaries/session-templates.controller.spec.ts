import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { signIn, staffMember } from '../../testing/staff-sessions';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { startApiApp } from '../../testing/api-app';
import { TestApp } from '../../testing/test-app';
import { DiarySessionEntity } from './diary-session.entity';
import { ServiceClosureEntity } from '../settings/service-closure.entity';
import { SessionTemplateEntity } from './session-template.entity';
import { SessionTemplatesController } from './session-templates.controller';

describe.each(testEngines())(`${SessionTemplatesController.name} on %s`, (_engine, createDatabase) => {
  let database: TestDatabase;
  let running: TestApp;

  beforeEach(async () => {
    database = await createDatabase();
    running = await startApiApp(database);
  });

  afterEach(async () => {
    await running.close();
    await database.drop();
  });

  it('opens sessions from the rota for the weeks asked, skipping bank holidays, closures and sessions already there', async () => {
    const manager = running.app.get(DataSource).manager;
    const office = await schedulingBuilders(manager).office();
    const registrar = await staffMember(running.app, ['registrar']);
    const rota = (weekday: number, startTime: string, endTime: string) => ({
      id: randomUUID(),
      registrarId: registrar.id,
      officeId: office.id,
      weekday,
      startTime,
      endTime,
      acceptedTypes: ['birth' as const],
      active: true,
    });
    await manager.save(SessionTemplateEntity, [rota(1, '09:00', '12:30'), rota(4, '09:00', '12:30'), rota(5, '13:30', '16:30'), { ...rota(3, '09:00', '12:00'), active: false }]);
    await manager.save(ServiceClosureEntity, { id: randomUUID(), day: '2022-06-09', reason: 'staff training' });
    await schedulingBuilders(manager).session(registrar.id, office.id, '2022-06-10', { startTime: '14:00', endTime: '15:00' });
    const cookie = await signIn(running.app, (await staffMember(running.app, ['manager'])).email);

    const response = await request(running.app.getHttpServer()).post('/api/session-templates/generate').set('Cookie', cookie).send({ fromDay: '2022-05-30', weeks: 2 }).expect(200);

    // Mondays 30 May and 6 June; Thursday 2 June is the jubilee spring holiday and 9 June a closure;
    // Friday 3 June is the jubilee holiday, and 10 June already has an overlapping session.
    expect(response.body).toEqual({ created: 2, skipped: 1 });
    const days = (await manager.find(DiarySessionEntity, { where: { registrarId: registrar.id }, order: { day: 'ASC' } })).map((session) => `${session.day} ${session.startTime}`);
    expect(days).toEqual(['2022-05-30 09:00', '2022-06-06 09:00', '2022-06-10 14:00']);
  });

  it('is for managers: a registrar gets 403, and bad weeks a 400 naming the field', async () => {
    const registrarCookie = await signIn(running.app, (await staffMember(running.app, ['registrar'])).email);
    const managerCookie = await signIn(running.app, (await staffMember(running.app, ['manager'])).email);
    const generate = (cookie: string, body: object) => request(running.app.getHttpServer()).post('/api/session-templates/generate').set('Cookie', cookie).send(body);

    expect((await generate(registrarCookie, { fromDay: '2022-05-30', weeks: 2 }).expect(403)).body.code).toBe('forbidden');
    expect((await generate(managerCookie, { fromDay: '2022-05-30', weeks: 52 }).expect(400)).body).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/weeks must be a whole number from 1 to 26/) });
  });

  it('lets managers keep the rota: add, change, list by registrar and remove, refusing overlaps on the same weekday', async () => {
    const office = await schedulingBuilders(running.app.get(DataSource).manager).office();
    const registrar = await staffMember(running.app, ['registrar']);
    const managerCookie = await signIn(running.app, (await staffMember(running.app, ['manager'])).email);
    const registrarCookie = await signIn(running.app, registrar.email);
    const http = () => request(running.app.getHttpServer());
    const monday = { registrarId: registrar.id, officeId: office.id, weekday: 1, startTime: '09:00', endTime: '12:30', acceptedTypes: ['birth', 'death'] };

    const created = await http().post('/api/session-templates').set('Cookie', managerCookie).send(monday).expect(201);
    expect(created.body).toMatchObject({ ...monday, active: true });
    expect((await http().post('/api/session-templates').set('Cookie', managerCookie).send({ ...monday, startTime: '12:00', endTime: '13:00' }).expect(409)).body.code).toBe(
      'session-template-overlaps',
    );
    await http().post('/api/session-templates').set('Cookie', managerCookie).send({ ...monday, weekday: 2 }).expect(201);
    await http().post('/api/session-templates').set('Cookie', managerCookie).send({ ...monday, startTime: '12:00', endTime: '13:00', active: false }).expect(201);
    expect((await http().post('/api/session-templates').set('Cookie', managerCookie).send({ ...monday, weekday: 8 }).expect(400)).body).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(
      /weekday must be a whole number from 1 \(Monday\) to 7 \(Sunday\)/,
    ) });

    await http().put(`/api/session-templates/${created.body.id}`).set('Cookie', managerCookie).send({ ...created.body, endTime: '11:30' }).expect(200);
    const listed = await http().get(`/api/session-templates?filter={"registrarId":"${registrar.id}","active":true}&sort=["weekday","ASC"]`).set('Cookie', registrarCookie).expect(200);
    expect(listed.body.map((template: { weekday: number; endTime: string }) => [template.weekday, template.endTime])).toEqual([
      [1, '11:30'],
      [2, '12:30'],
    ]);
    expect(listed.headers['content-range']).toBe('session-templates 0-1/2');

    expect((await http().post('/api/session-templates').set('Cookie', registrarCookie).send({ ...monday, weekday: 3 }).expect(403)).body.code).toBe('forbidden');
    expect((await http().delete(`/api/session-templates/${created.body.id}`).set('Cookie', registrarCookie).expect(403)).body.code).toBe('forbidden');
    await http().delete(`/api/session-templates/${created.body.id}`).set('Cookie', managerCookie).expect(200);
    expect((await http().get(`/api/session-templates/${created.body.id}`).set('Cookie', managerCookie).expect(404)).body.code).toBe('session-template-not-found');
  });
});
