import { schedulingBuilders } from '../../testing/scheduling-builders';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { AppointmentTypesController } from './appointment-types.controller';
import { expectRefusals, SettingsApp, startSettingsApp } from './settings-app.harness';

describe.each(testEngines())(`${AppointmentTypesController.name} on %s`, (_engine, createDatabase) => {
  let database: TestDatabase;
  let app: SettingsApp;
  let birth: Record<string, unknown>;

  const types = (who: 'manager' | 'registrar') => app.as(app[who], 'appointment-types');

  beforeEach(async () => {
    database = await createDatabase();
    app = await startSettingsApp(database);
    await schedulingBuilders(app.dataSource.manager).appointmentTypes();
    birth = (await types('registrar').get('birth').expect(200)).body;
  });

  afterEach(async () => {
    await app.close();
    await database.drop();
  });

  it('gives each type its code as the id', () => {
    expect(birth).toMatchObject({ id: 'birth', code: 'birth', name: 'Birth registration', durationMinutes: 30, onlineBookable: true });
  });

  it('lets a manager change a type, sending back the whole record, and audits the change', async () => {
    const change = { ...birth, durationMinutes: 45, targetWorkingDays: 3, modes: ['face-to-face'], documentsToBring: ['Your baby’s red book'], horizonDays: 28 };

    const changed = await types('manager').put('birth', change).expect(200);

    expect(changed.body).toEqual(change);
    expect((await types('registrar').get('birth').expect(200)).body).toEqual(change);
    await app.expectAudited('birth', app.manager.id, ['updated']);
  });

  it('lets a registrar read types but not change them, and has no way to add or remove one', async () => {
    await types('registrar').list().expect(200);
    expect((await types('registrar').put('birth', { ...birth, durationMinutes: 45 }).expect(403)).body.code).toBe('forbidden');
    expect((await types('manager').post({ ...birth, code: 'wedding' }).expect(404)).body.code).toBe('not-found');
    expect((await types('manager').delete('birth').expect(404)).body.code).toBe('not-found');
    expect((await types('manager').put('wedding', birth).expect(404)).body.code).toBe('appointment-type-not-found');
  });

  it('refuses bad input with a message naming the field', async () => {
    await expectRefusals((body) => types('manager').put('birth', body), [
      ['name', { ...birth, name: '' }],
      ['durationMinutes', { ...birth, durationMinutes: 4 }],
      ['durationMinutes', { ...birth, durationMinutes: 241 }],
      ['durationMinutes', { ...birth, durationMinutes: '30' }],
      ['targetWorkingDays', { ...birth, targetWorkingDays: 31 }],
      ['onlineBookable', { ...birth, onlineBookable: 'yes' }],
      ['modes', { ...birth, modes: [] }],
      ['modes', { ...birth, modes: ['video'] }],
      ['documentsToBring', { ...birth, documentsToBring: [''] }],
      ['documentsToBring', { ...birth, documentsToBring: Array.from({ length: 21 }, (_, index) => `Document ${index}`) }],
      ['extraMinutesPerExtraBaby', { ...birth, extraMinutesPerExtraBaby: 121 }],
      ['extraMinutesForTellUsOnce', { ...birth, extraMinutesForTellUsOnce: -1 }],
      ['minimumNoticeMinutes', { ...birth, minimumNoticeMinutes: 10081 }],
      ['horizonDays', { ...birth, horizonDays: 0 }],
      ['horizonDays', { ...birth, horizonDays: 1.5 }],
    ]);
  });

  it('lists types in the simple-rest convention with Content-Range, sorting and filtering by id', async () => {
    const page = await types('registrar').list('sort=["id","DESC"]&range=[0,1]&filter={"onlineBookable":false}').expect(200);
    expect(page.body.map((row: { id: string }) => row.id)).toEqual(['notice-referred', 'ceremony']);
    expect(page.headers['content-range']).toBe('appointment-types 0-1/2');

    const many = await types('registrar').list('filter={"id":["death","birth"]}').expect(200);
    expect(many.body.map((row: { id: string }) => row.id)).toEqual(['birth', 'death']);
  });
});
