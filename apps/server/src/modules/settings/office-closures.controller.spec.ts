import { schedulingBuilders } from '../../testing/scheduling-builders';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { OfficeClosuresController } from './office-closures.controller';
import { expectRefusals, SettingsApp, startSettingsApp } from './settings-app.harness';

describe.each(testEngines())(`${OfficeClosuresController.name} on %s`, (_engine, createDatabase) => {
  let database: TestDatabase;
  let app: SettingsApp;
  let worcester: string;
  let malvern: string;

  const closure = (officeId: string, day = '2022-07-04', reason = 'Building works') => ({ officeId, day, reason });
  const closures = (who: 'manager' | 'registrar') => app.as(app[who], 'office-closures');

  beforeEach(async () => {
    database = await createDatabase();
    app = await startSettingsApp(database);
    const build = schedulingBuilders(app.dataSource.manager);
    [worcester, malvern] = [(await build.office()).id, (await build.office()).id];
  });

  afterEach(async () => {
    await app.close();
    await database.drop();
  });

  it('lets a manager close an office for a day, change and remove the closure, and audits each change', async () => {
    const created = await closures('manager').post(closure(worcester)).expect(201);
    expect(created.body).toEqual({ id: expect.any(String), ...closure(worcester) });

    await closures('manager').put(created.body.id, { ...created.body, day: '2022-07-05' }).expect(200);
    expect((await closures('manager').get(created.body.id).expect(200)).body.day).toBe('2022-07-05');
    await closures('manager').delete(created.body.id).expect(200);

    expect((await closures('manager').get(created.body.id).expect(404)).body.code).toBe('office-closure-not-found');
    await app.expectAudited(created.body.id, app.manager.id, ['created', 'updated', 'deleted']);
  });

  it('lets a registrar read office closures but not change them', async () => {
    const created = await closures('manager').post(closure(worcester)).expect(201);

    await closures('registrar').get(created.body.id).expect(200);
    expect((await closures('registrar').post(closure(malvern)).expect(403)).body.code).toBe('forbidden');
    expect((await closures('registrar').put(created.body.id, closure(worcester)).expect(403)).body.code).toBe('forbidden');
    expect((await closures('registrar').delete(created.body.id).expect(403)).body.code).toBe('forbidden');
  });

  it('refuses bad input with a message naming the field, and unknown ids with 404', async () => {
    await expectRefusals(closures('manager').post, [
      ['officeId', closure('nowhere'), 'unknown-office'],
      ['officeId', { ...closure(worcester), officeId: 7 }],
      ['day', closure(worcester, '2022-13-01')],
      ['reason', closure(worcester, '2022-07-04', '')],
      ['reason', closure(worcester, '2022-07-04', 'x'.repeat(201))],
    ]);
    expect((await closures('manager').post(closure('nowhere')).expect(400)).body.code).toBe('unknown-office');
    expect((await closures('manager').delete('nowhere').expect(404)).body.code).toBe('office-closure-not-found');
  });

  it('refuses closing one office twice on a day with 409, but lets another office close that day', async () => {
    await closures('manager').post(closure(worcester)).expect(201);
    const later = await closures('manager').post(closure(worcester, '2022-07-05')).expect(201);

    expect((await closures('manager').post(closure(worcester)).expect(409)).body).toMatchObject({ code: 'office-closure-day-taken', message: expect.stringMatching(/already closed on 2022-07-04/) });
    expect((await closures('manager').put(later.body.id, closure(worcester)).expect(409)).body.code).toBe('office-closure-day-taken');
    await closures('manager').post(closure(malvern)).expect(201);
  });

  it('lists one office’s closures between two days in the simple-rest convention with Content-Range', async () => {
    for (const day of ['2022-07-04', '2022-07-05', '2022-07-06', '2022-09-01']) await closures('manager').post(closure(worcester, day)).expect(201);
    await closures('manager').post(closure(malvern, '2022-07-05')).expect(201);

    const filter = JSON.stringify({ officeId: worcester, day_gte: '2022-07-01', day_lte: '2022-07-31' });
    const page = await closures('registrar').list(`sort=["day","ASC"]&range=[1,5]&filter=${filter}`).expect(200);

    expect(page.body.map((row: { day: string }) => row.day)).toEqual(['2022-07-05', '2022-07-06']);
    expect(page.headers['content-range']).toBe('office-closures 1-2/3');
  });
});
