import { randomUUID } from 'node:crypto';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { SessionTemplateEntity } from '../diaries/session-template.entity';
import { OfficesController } from './offices.controller';
import { expectRefusals, SettingsApp, startSettingsApp } from './settings-app.harness';

describe.each(testEngines())(`${OfficesController.name} on %s`, (_engine, createDatabase) => {
  let database: TestDatabase;
  let app: SettingsApp;

  const office = (name = 'Worcester', openingHours: object = { '1': ['09:00', '17:00'], '5': ['09:00', '16:30'] }) => ({
    name,
    address: 'The Guildhall, High Street, Worcester',
    phone: '01905 765432',
    openingHours,
  });
  const offices = (who: 'manager' | 'registrar') => app.as(app[who], 'offices');

  beforeEach(async () => {
    database = await createDatabase();
    app = await startSettingsApp(database);
  });

  afterEach(async () => {
    await app.close();
    await database.drop();
  });

  it('lets a manager open, change and remove an office, sending back the whole record, and audits each change', async () => {
    const created = await offices('manager').post(office()).expect(201);
    expect(created.body).toEqual({ id: expect.any(String), ...office(), createdAt: '2022-07-01T08:00:00.000Z' });

    const changed = await offices('manager').put(created.body.id, { ...created.body, address: 'Trinity House, Worcester' }).expect(200);
    expect(changed.body.address).toBe('Trinity House, Worcester');
    await offices('manager').delete(created.body.id).expect(200);

    expect((await offices('manager').get(created.body.id).expect(404)).body.code).toBe('office-not-found');
    await app.expectAudited(created.body.id, app.manager.id, ['created', 'updated', 'deleted']);
  });

  it('keeps the telephone number optional: left out or null, the office has none; a change may add or clear it', async () => {
    const { phone: _phone, ...withoutPhone } = office();
    const created = await offices('manager').post(withoutPhone).expect(201);
    expect(created.body.phone).toBeNull();

    expect((await offices('manager').put(created.body.id, { ...created.body, phone: '+44 (0)1905 765432' }).expect(200)).body.phone).toBe('+44 (0)1905 765432');
    expect((await offices('manager').get(created.body.id).expect(200)).body.phone).toBe('+44 (0)1905 765432');
    expect((await offices('manager').put(created.body.id, { ...created.body, phone: null }).expect(200)).body.phone).toBeNull();
  });

  it('lets a registrar read offices but not change them', async () => {
    const created = await offices('manager').post(office()).expect(201);

    await offices('registrar').get(created.body.id).expect(200);
    await offices('registrar').list().expect(200);
    expect((await offices('registrar').post(office('Kidderminster')).expect(403)).body.code).toBe('forbidden');
    expect((await offices('registrar').put(created.body.id, office('Kidderminster')).expect(403)).body.code).toBe('forbidden');
    expect((await offices('registrar').delete(created.body.id).expect(403)).body.code).toBe('forbidden');
  });

  it('refuses bad input with a message naming the field', async () => {
    await expectRefusals(offices('manager').post, [
      ['name', { ...office(), name: '' }],
      ['name', { ...office(), name: 'x'.repeat(81) }],
      ['name must be text of 1 to 80 characters, not only spaces, with no control characters', { ...office(), name: 'Worcester\u0000Guildhall' }],
      ['address', { ...office(), address: undefined }],
      ['address', { ...office(), address: '   ' }],
      ['openingHours', { ...office(), openingHours: [] }],
      ['openingHours', office('Worcester', { '8': ['09:00', '17:00'] })],
      ['openingHours.1', office('Worcester', { '1': ['9:00', '17:00'] })],
      ['openingHours.1 must open before it closes', office('Worcester', { '1': ['17:00', '09:00'] })],
      ['phone must be a telephone number of 7 to 30 digits, spaces and + ( ) -, like 01905 765432', { ...office(), phone: 'ring the front desk' }],
      ['phone', { ...office(), phone: '12345' }],
      ['phone', { ...office(), phone: '' }],
      ['colour', { ...office(), colour: 'red' }],
    ]);
  });

  it('answers 404 for an office that does not exist', async () => {
    expect((await offices('registrar').get('nowhere').expect(404)).body.code).toBe('office-not-found');
    expect((await offices('manager').put('nowhere', office()).expect(404)).body.code).toBe('office-not-found');
    expect((await offices('manager').delete('nowhere').expect(404)).body.code).toBe('office-not-found');
  });

  it('refuses a second office with the same name, even from concurrent requests, with 409', async () => {
    const worcester = await offices('manager').post(office('Worcester')).expect(201);
    const kidderminster = await offices('manager').post(office('Kidderminster')).expect(201);

    expect((await offices('manager').post(office('Worcester')).expect(409)).body).toMatchObject({ code: 'office-name-taken', message: expect.stringMatching(/an office called Worcester already exists/) });
    expect((await offices('manager').put(kidderminster.body.id, office('Worcester')).expect(409)).body.code).toBe('office-name-taken');
    await offices('manager').put(worcester.body.id, office('Worcester')).expect(200);

    const statuses = (await Promise.all(Array.from({ length: 5 }, () => offices('manager').post(office('Malvern'))))).map((response) => response.status);
    expect(statuses.sort()).toEqual([201, 409, 409, 409, 409]);
  });

  it('refuses to remove an office that diary sessions or rota templates use', async () => {
    const [inDiary, onRota] = [(await offices('manager').post(office('Worcester')).expect(201)).body.id, (await offices('manager').post(office('Malvern')).expect(201)).body.id];
    const build = schedulingBuilders(app.dataSource.manager);
    const registrarId = (await build.registrar()).id;
    await build.session(registrarId, inDiary, '2022-07-04');
    await app.dataSource.manager.save(SessionTemplateEntity, {
      id: randomUUID(),
      registrarId,
      officeId: onRota,
      weekday: 1,
      startTime: '09:00',
      endTime: '12:00',
      acceptedTypes: ['birth'],
      active: true,
    });

    for (const id of [inDiary, onRota]) {
      expect((await offices('manager').delete(id).expect(409)).body.code).toBe('office-in-use');
      await offices('manager').get(id).expect(200);
    }
  });

  it('lists offices in the simple-rest convention with Content-Range, and by ids for getMany', async () => {
    const ids: string[] = [];
    for (const name of ['Bromsgrove', 'Malvern', 'Worcester']) ids.push((await offices('manager').post(office(name)).expect(201)).body.id);

    const page = await offices('registrar').list('sort=["name","DESC"]&range=[0,1]').expect(200);
    expect(page.body.map((row: { name: string }) => row.name)).toEqual(['Worcester', 'Malvern']);
    expect(page.headers['content-range']).toBe('offices 0-1/3');

    const many = await offices('registrar').list(`filter=${JSON.stringify({ id: [ids[0], ids[2]] })}`).expect(200);
    expect(many.body.map((row: { name: string }) => row.name)).toEqual(['Bromsgrove', 'Worcester']);
    expect(many.headers['content-range']).toBe('offices 0-1/2');
    expect((await offices('registrar').list('filter={"colour":"red"}').expect(400)).body).toMatchObject({ code: 'invalid-filter', message: expect.stringMatching(/filter cannot use colour/) });
    expect((await offices('registrar').list('filter={"id":{"$ne":null}}').expect(400)).body).toMatchObject({
      code: 'invalid-filter',
      message: expect.stringMatching(/filter.id must be a value or a list of values.*operators such as \{"\$ne":…\} are not supported/),
    });
  });
});
