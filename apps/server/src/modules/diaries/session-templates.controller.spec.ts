import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { signIn, staffMember } from '../../testing/staff-sessions';
import { TEST_APP_SECRET, TestDatabase, testEngines } from '../../testing/test-databases';
import { startTestApp, TestApp } from '../../testing/test-app';
import { DiarySessionEntity } from './diary-session.entity';
import { ServiceClosureEntity } from './service-closure.entity';
import { SessionTemplateEntity } from './session-template.entity';
import { SessionTemplatesController } from './session-templates.controller';

describe.each(testEngines())(`${SessionTemplatesController.name} on %s`, (_engine, createDatabase) => {
  let database: TestDatabase;
  let running: TestApp;

  beforeEach(async () => {
    database = await createDatabase();
    running = await startTestApp({ module: AppModule.register({ workerInProcess: false }), env: { ...database.env, APP_SECRET: TEST_APP_SECRET } });
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

    await generate(registrarCookie, { fromDay: '2022-05-30', weeks: 2 }).expect(403);
    expect((await generate(managerCookie, { fromDay: '2022-05-30', weeks: 52 }).expect(400)).body.message).toMatch(/weeks must be a whole number from 1 to 26/);
  });
});
