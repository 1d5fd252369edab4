import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApiApp } from '../../testing/api-app';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { signIn, staffMember } from '../../testing/staff-sessions';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { TestApp } from '../../testing/test-app';

/** Friday 1 July 2022, 09:00 in London. */
const NOW = new Date('2022-07-01T08:00:00Z');
const resident = { name: 'Aled Jones', email: 'aled@example.org' };

describe.each(testEngines())('compliance breakdowns on %s', (_engine, createDatabase) => {
  let database: TestDatabase;
  let running: TestApp;
  let manager: string;

  beforeAll(async () => {
    database = await createDatabase();
    running = await startApiApp(database, { now: NOW });
    const build = schedulingBuilders(running.app.get(DataSource).manager);
    await build.appointmentTypes();
    const worcester = await build.office({ name: 'Worcester' });
    const malvern = await build.office({ name: 'Malvern' });
    const rhian = await staffMember(running.app, ['registrar'], { name: 'Rhian Evans' });
    const owen = await staffMember(running.app, ['registrar'], { name: 'Owen Price' });
    const soon = await build.session(rhian.id, worcester.id, '2022-07-04', { endTime: '10:00' });
    const late = await build.session(owen.id, malvern.id, '2022-07-20', { acceptedTypes: ['death'] });
    const http = () => request(running.app.getHttpServer());
    await http().post('/api/public/bookings').send({ slotId: `${soon.id}~20220704T0800Z`, type: 'birth', resident }).expect(201);
    await http().post('/api/public/bookings').send({ slotId: `${soon.id}~20220704T0830Z`, type: 'death', resident }).expect(201);
    const owenCookie = await signIn(running.app, owen.email);
    await http().post('/api/appointments').set('Cookie', owenCookie).send({ slotId: `${late.id}~20220720T0800Z`, type: 'death', channel: 'phone', resident, eventDate: '2022-06-30' }).expect(201);
    manager = await signIn(running.app, (await staffMember(running.app, ['manager'])).email);
  });

  afterAll(async () => {
    await running.close();
    await database.drop();
  });

  const breakdown = async (by: string) =>
    (await request(running.app.getHttpServer()).get(`/api/compliance/breakdown?period=2022-07&by=${by}`).set('Cookie', manager).expect(200)).body as {
      label: string;
      indicators: { code: string; numerator: number; denominator: number }[];
    }[];
  const deaths = (group: { indicators: { code: string; numerator: number; denominator: number }[] }) => {
    const row = group.indicators.find((indicator) => indicator.code === 'death-appointments-2wd');
    return row ? `${row.numerator}/${row.denominator}` : null;
  };

  it('shows by office and by registrar where the death target was missed', async () => {
    // The first death was offered Monday 4 July (within two working days); by the time of the second,
    // Worcester's hour was full and the first offer anywhere was 20 July.
    expect((await breakdown('office')).map((group) => [group.label, deaths(group)])).toEqual([
      ['Malvern', '0/1'],
      ['Worcester', '1/1'],
    ]);
    expect((await breakdown('registrar')).map((group) => [group.label, deaths(group)])).toEqual([
      ['Owen Price', '0/1'],
      ['Rhian Evans', '1/1'],
    ]);
  });

  it('shows by channel, and refuses an unknown breakdown saying which there are', async () => {
    expect((await breakdown('channel')).map((group) => group.label)).toEqual(['online', 'phone']);
    const refused = await request(running.app.getHttpServer()).get('/api/compliance/breakdown?period=2022-07&by=weather').set('Cookie', manager).expect(400);
    expect(refused.body).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/by must be one of office, registrar, channel/) });
  });
});
