import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApiApp } from '../../testing/api-app';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { signIn, staffMember } from '../../testing/staff-sessions';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { TestApp } from '../../testing/test-app';

/** Monday 4 July 2022, 13:00 in London: the deaths are booked and registered this afternoon. */
const NOW = new Date('2022-07-04T12:00:00Z');

interface Row {
  code: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  dateOfDeathMissing: number | null;
}

describe.each(testEngines())('deaths registered with the date of death missing, on the scorecard, on %s', (_engine, createDatabase) => {
  let database: TestDatabase;
  let running: TestApp;
  let registrar: string;
  let manager: string;
  /** Request ids by informant. */
  const requestOf = new Map<string, string>();

  const http = () => request(running.app.getHttpServer());
  const deaths = async (): Promise<Row> =>
    (await http().get('/api/compliance/scorecard?period=2022-07').set('Cookie', manager).expect(200)).body.indicators.find((row: Row) => row.code === 'deaths-registered-5d');

  beforeAll(async () => {
    database = await createDatabase();
    running = await startApiApp(database, { now: NOW });
    const build = schedulingBuilders(running.app.get(DataSource).manager);
    await build.appointmentTypes();
    const diary = await staffMember(running.app, ['registrar']);
    const session = await build.session(diary.id, (await build.office()).id, '2022-07-04', { startTime: '14:00', endTime: '18:00', acceptedTypes: ['death'] });
    registrar = await signIn(running.app, diary.email);
    manager = await signIn(running.app, (await staffMember(running.app, ['manager'])).email);

    const informants = [
      ['Gwen Morgan', { eventDate: '2022-07-01' }],
      ['Ifan Rees', { eventDate: '2022-06-20' }],
      ['Siân Pritchard', { dateOfDeathUnknown: true }],
      ['Aled Jones', { dateOfDeathUnknown: true }],
    ] as const;
    for (const [index, [name, dateOfDeath]] of informants.entries()) {
      const slotId = `${session.id}~20220704T${13 + index}00Z`;
      const booked = await http().post('/api/appointments').set('Cookie', registrar).send({ slotId, type: 'death', channel: 'phone', resident: { name }, ...dateOfDeath }).expect(201);
      await http().put(`/api/appointments/${booked.body.id}`).set('Cookie', registrar).send({ status: 'registered' }).expect(200);
      const [listed] = (await http().get(`/api/requests?filter={"eventDateMissing":${'dateOfDeathUnknown' in dateOfDeath}}`).set('Cookie', manager).expect(200)).body.filter(
        (row: { reference: string }) => row.reference === booked.body.reference,
      );
      requestOf.set(name, listed.id);
    }
  });

  afterAll(async () => {
    await running.close();
    await database.drop();
  });

  it('counts them beside the 5-day figure, which scores only the deaths with a date: in the JSON, the CSV and the printable page', async () => {
    expect(await deaths()).toMatchObject({ numerator: 1, denominator: 2, value: 50, dateOfDeathMissing: 2 });
    const others = (await http().get('/api/compliance/scorecard?period=2022-07').set('Cookie', manager).expect(200)).body.indicators.filter((row: Row) => row.code !== 'deaths-registered-5d');
    expect(others.map((row: Row) => row.dateOfDeathMissing)).toEqual(others.map(() => null));

    const csv = (await http().get('/api/compliance/scorecard.csv?period=2022-07').set('Cookie', manager).expect(200)).text.trimEnd().split('\r\n');
    expect(csv[0]).toMatch(/,FUTURE ACTIVITY,DATE OF DEATH MISSING$/);
    expect(csv.find((line) => line.startsWith('Registration of deaths within 5 days,'))).toMatch(/,50\.0%,1,2,90%,.*,2$/);
    expect(csv.find((line) => line.startsWith('Ceremonies'))).toMatch(/,$/);

    const page = (await http().get('/api/compliance/scorecard.html?period=2022-07').set('Cookie', manager).expect(200)).text;
    expect(page).toContain('50.0% (1 of 2); date of death missing: 2');
  });

  it('leaves them out of the misses, and scores each once staff record its date; a coroner referral takes one out altogether', async () => {
    const misses = (await http().get('/api/compliance/misses?period=2022-07&indicator=deaths-registered-5d').set('Cookie', manager).expect(200)).body;
    expect(misses.map((miss: { eventDate: string }) => miss.eventDate)).toEqual(['2022-06-20']);

    await http().put(`/api/requests/${requestOf.get('Siân Pritchard')}`).set('Cookie', registrar).send({ eventDate: '2022-07-02' }).expect(200);
    expect(await deaths()).toMatchObject({ numerator: 2, denominator: 3, value: 66.7, dateOfDeathMissing: 1 });

    await http().put(`/api/requests/${requestOf.get('Aled Jones')}`).set('Cookie', registrar).send({ coronerReferral: true }).expect(200);
    expect(await deaths()).toMatchObject({ numerator: 2, denominator: 3, dateOfDeathMissing: 0 });
  });
});
