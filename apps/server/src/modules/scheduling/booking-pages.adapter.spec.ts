import request from 'supertest';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { SettingsApp, startSettingsApp } from '../settings/settings-app.harness';
import { BookingPagesAdapter } from './booking-pages.adapter';

const PAUSED = 'Online birth booking is paused this week: please phone 01905 765432.';

describe.each(testEngines())(`the booking pages through ${BookingPagesAdapter.name} on %s`, (_engine, createDatabase) => {
  let database: TestDatabase;
  let app: SettingsApp;
  let birth: Record<string, unknown>;

  const types = () => app.as(app.manager, 'appointment-types');
  const page = (path: string) => request(app.running.app.getHttpServer()).get(path);
  const publicBirth = async () => {
    const response = await request(app.running.app.getHttpServer()).get('/api/public/appointment-types').expect(200);
    return (response.body as { code: string; targetWorkingDays: number }[]).find((type) => type.code === 'birth');
  };

  beforeEach(async () => {
    database = await createDatabase();
    app = await startSettingsApp(database);
    await schedulingBuilders(app.dataSource.manager).appointmentTypes();
    birth = (await types().get('birth').expect(200)).body;
  });

  afterEach(async () => {
    await app.close();
    await database.drop();
  });

  it('gives a manager’s new birth target to the public API and the birth page at once', async () => {
    expect((await page('/book/birth').expect(200)).text).toContain('within 5 working days of your request');

    await types().put('birth', { ...birth, targetWorkingDays: 3 }).expect(200);

    expect(await publicBirth()).toMatchObject({ targetWorkingDays: 3 });
    expect((await page('/book/birth').expect(200)).text).toContain('within 3 working days of your request');
    expect((await page('/').expect(200)).text).toMatch(/Register a birth[\s\S]*?3 working days/);
  });

  it('says a type made telephone-only is held by telephone, and lists the documents a manager set', async () => {
    await types().put('birth', { ...birth, modes: ['telephone'], documentsToBring: ['Your baby’s red book'] }).expect(200);

    const text = (await page('/book/birth').expect(200)).text;

    expect(text).toContain('Your appointment will be by telephone.');
    expect(text).toContain('Your baby’s red book');
    expect(text).not.toContain('Proof of identity for each parent attending');
  });

  it('shows the suspension message while online booking of the type is suspended', async () => {
    await app.as(app.manager, 'suspensions').post({ typeCode: 'birth', fromDay: '2022-07-01', toDay: '2022-07-08', message: PAUSED }).expect(201);

    expect((await page('/book/birth').expect(200)).text).toContain(PAUSED);
  });

  it('stops offering a type a manager takes off online booking', async () => {
    await types().put('birth', { ...birth, onlineBookable: false }).expect(200);

    await page('/book/birth').expect(404);
    expect((await page('/book').expect(200)).text).not.toContain('value="birth"');
  });
});
