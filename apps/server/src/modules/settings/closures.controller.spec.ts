import request from 'supertest';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { ClosuresController } from './closures.controller';
import { expectRefusals, SettingsApp, startSettingsApp } from './settings-app.harness';

const MONDAY = '2022-07-04';

describe.each(testEngines())(`${ClosuresController.name} on %s`, (_engine, createDatabase) => {
  let database: TestDatabase;
  let app: SettingsApp;

  const closure = (day = MONDAY, reason = 'Staff training day') => ({ day, reason });
  const closures = (who: 'manager' | 'registrar') => app.as(app[who], 'closures');

  beforeEach(async () => {
    database = await createDatabase();
    app = await startSettingsApp(database);
  });

  afterEach(async () => {
    await app.close();
    await database.drop();
  });

  it('lets a manager add, change and remove a closure day, and audits each change', async () => {
    const created = await closures('manager').post(closure()).expect(201);
    expect(created.body).toEqual({ id: expect.any(String), ...closure() });

    await closures('manager').put(created.body.id, { ...created.body, reason: 'Bank holiday' }).expect(200);
    expect((await closures('manager').get(created.body.id).expect(200)).body.reason).toBe('Bank holiday');
    await closures('manager').delete(created.body.id).expect(200);

    expect((await closures('manager').get(created.body.id).expect(404)).body.code).toBe('closure-not-found');
    await app.expectAudited(created.body.id, app.manager.id, ['created', 'updated', 'deleted']);
  });

  it('lets a registrar read closures but not change them', async () => {
    const created = await closures('manager').post(closure()).expect(201);

    await closures('registrar').get(created.body.id).expect(200);
    expect((await closures('registrar').post(closure('2022-07-05')).expect(403)).body.code).toBe('forbidden');
    expect((await closures('registrar').put(created.body.id, closure()).expect(403)).body.code).toBe('forbidden');
    expect((await closures('registrar').delete(created.body.id).expect(403)).body.code).toBe('forbidden');
  });

  it('refuses bad input with a message naming the field, and unknown ids with 404', async () => {
    await expectRefusals(closures('manager').post, [
      ['day', closure('2022-02-30')],
      ['day', closure('4 July 2022')],
      ['day must be a real date written yyyy-mm-dd from 2012 to 2099', closure('1899-12-31')],
      ['day must be a real date written yyyy-mm-dd from 2012 to 2099', closure('2101-01-01')],
      ['day', { reason: 'no day' }],
      ['reason', closure(MONDAY, '')],
      ['reason', closure(MONDAY, 'x'.repeat(201))],
    ]);
    expect((await closures('manager').put('nowhere', closure()).expect(404)).body.code).toBe('closure-not-found');
  });

  it('refuses a second closure on the same day with 409', async () => {
    await closures('manager').post(closure()).expect(201);
    const tuesday = await closures('manager').post(closure('2022-07-05')).expect(201);

    expect((await closures('manager').post(closure()).expect(409)).body).toMatchObject({ code: 'closure-day-taken', message: expect.stringMatching(/already closed on 2022-07-04/) });
    expect((await closures('manager').put(tuesday.body.id, closure()).expect(409)).body.code).toBe('closure-day-taken');
  });

  it('lists closures between two days in the simple-rest convention with Content-Range', async () => {
    for (const day of ['2022-07-04', '2022-07-05', '2022-07-06', '2022-08-29']) await closures('manager').post(closure(day)).expect(201);

    const page = await closures('registrar').list('sort=["day","DESC"]&range=[0,1]&filter={"day_gte":"2022-07-05","day_lte":"2022-07-31"}').expect(200);

    expect(page.body.map((row: { day: string }) => row.day)).toEqual(['2022-07-06', '2022-07-05']);
    expect(page.headers['content-range']).toBe('closures 0-1/2');
  });

  it('takes a closed day out of the public availability', async () => {
    const build = schedulingBuilders(app.dataSource.manager);
    await build.appointmentTypes();
    await build.session((await build.registrar()).id, (await build.office()).id, MONDAY);
    const mondaySlots = async () => {
      const response = await request(app.running.app.getHttpServer()).get(`/api/public/availability?type=birth&from=${MONDAY}&days=1`).expect(200);
      return (response.body.slots as { startsAt: string }[]).filter((slot) => slot.startsAt.startsWith(MONDAY));
    };
    expect(await mondaySlots()).not.toEqual([]);

    await closures('manager').post(closure(MONDAY, 'Bank holiday')).expect(201);

    expect(await mondaySlots()).toEqual([]);
  });
});
