import request from 'supertest';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { expectRefusals, SettingsApp, startSettingsApp } from './settings-app.harness';
import { SuspensionsController } from './suspensions.controller';

const MESSAGE = 'Birth registrations cannot be booked online this week: call 01905 765432.';

describe.each(testEngines())(`${SuspensionsController.name} on %s`, (_engine, createDatabase) => {
  let database: TestDatabase;
  let app: SettingsApp;

  const suspension = (typeCode = 'birth', fromDay = '2022-07-01', toDay = '2022-07-08', message = MESSAGE) => ({ typeCode, fromDay, toDay, message });
  const suspensions = (who: 'manager' | 'registrar') => app.as(app[who], 'suspensions');

  beforeEach(async () => {
    database = await createDatabase();
    app = await startSettingsApp(database);
    await schedulingBuilders(app.dataSource.manager).appointmentTypes();
  });

  afterEach(async () => {
    await app.close();
    await database.drop();
  });

  it('lets a manager suspend online booking, change and lift the suspension, and audits each change', async () => {
    const created = await suspensions('manager').post(suspension()).expect(201);
    expect(created.body).toEqual({ id: expect.any(String), ...suspension() });

    await suspensions('manager').put(created.body.id, { ...created.body, toDay: '2022-07-15' }).expect(200);
    expect((await suspensions('manager').get(created.body.id).expect(200)).body.toDay).toBe('2022-07-15');
    await suspensions('manager').delete(created.body.id).expect(200);

    expect((await suspensions('manager').get(created.body.id).expect(404)).body.code).toBe('suspension-not-found');
    await app.expectAudited(created.body.id, app.manager.id, ['created', 'updated', 'deleted']);
  });

  it('lets a registrar read suspensions but not change them', async () => {
    const created = await suspensions('manager').post(suspension()).expect(201);

    await suspensions('registrar').get(created.body.id).expect(200);
    expect((await suspensions('registrar').post(suspension('death')).expect(403)).body.code).toBe('forbidden');
    expect((await suspensions('registrar').put(created.body.id, suspension()).expect(403)).body.code).toBe('forbidden');
    expect((await suspensions('registrar').delete(created.body.id).expect(403)).body.code).toBe('forbidden');
  });

  it('refuses bad input with a message naming the field, and unknown ids with 404', async () => {
    await expectRefusals(suspensions('manager').post, [
      ['typeCode', { ...suspension(), typeCode: undefined }],
      ['fromDay', suspension('birth', '2022-06-31')],
      ['toDay', suspension('birth', '2022-07-08', '2022-07-01'), 'suspension-ends-before-start'],
      ['message', suspension('birth', '2022-07-01', '2022-07-08', '')],
      ['message', suspension('birth', '2022-07-01', '2022-07-08', 'x'.repeat(1001))],
    ]);
    expect((await suspensions('manager').post(suspension('wedding')).expect(400)).body).toMatchObject({ code: 'unknown-appointment-type', message: expect.stringContaining('typeCode "wedding"') });
    expect((await suspensions('manager').put('nowhere', suspension()).expect(404)).body.code).toBe('suspension-not-found');
  });

  it('lists one type’s suspensions in the simple-rest convention with Content-Range', async () => {
    await suspensions('manager').post(suspension('birth', '2022-07-01', '2022-07-08')).expect(201);
    await suspensions('manager').post(suspension('birth', '2022-08-01', '2022-08-05')).expect(201);
    await suspensions('manager').post(suspension('death', '2022-07-01', '2022-07-08')).expect(201);

    const page = await suspensions('registrar').list('sort=["fromDay","DESC"]&range=[0,9]&filter={"typeCode":"birth"}').expect(200);

    expect(page.body.map((row: { fromDay: string }) => row.fromDay)).toEqual(['2022-08-01', '2022-07-01']);
    expect(page.headers['content-range']).toBe('suspensions 0-1/2');
  });

  it('shows residents the suspension message instead of the type', async () => {
    const publicTypes = async () => {
      const response = await request(app.running.app.getHttpServer()).get('/api/public/appointment-types').expect(200);
      return (response.body as { code: string; suspendedMessage: string | null }[]).find((type) => type.code === 'birth')?.suspendedMessage;
    };
    expect(await publicTypes()).toBeNull();

    await suspensions('manager').post(suspension()).expect(201);

    expect(await publicTypes()).toBe(MESSAGE);
  });
});
