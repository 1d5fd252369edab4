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

interface CliIndicator {
  code: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  target: number | null;
  rag: string;
  direction: string;
}

const PERIODS = [
  ['2021/22', '2021-04-01', '2022-03-31'],
  ['2021-Q3', '2021-10-01', '2021-12-31'],
  ['2021-12', '2021-12-01', '2021-12-31'],
] as const;

describe.each(testEngines())('compliance reports on %s', (_engine, createDatabase) => {
  let database: TestDatabase;
  let folder: string;
  let eventsFile: string;
  let running: TestApp;
  let manager: string;

  const http = () => request(running.app.getHttpServer());
  const scorecard = async (period: string) => (await http().get(`/api/compliance/scorecard?period=${encodeURIComponent(period)}`).set('Cookie', manager).expect(200)).body;

  beforeAll(async () => {
    database = await createDatabase();
    folder = mkdtempSync(join(tmpdir(), 'regflow-compliance-'));
    eventsFile = join(folder, 'events.csv');
    writeFileSync(eventsFile, yearOfDemandCsv('2021-02-01', 425, 8));
    const imported = regflow(database.env, 'import', 'events', eventsFile);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    running = await startApiApp(database);
    manager = await signIn(running.app, (await staffMember(running.app, ['manager'])).email);
  });

  afterAll(async () => {
    await running.close();
    await database.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it.each(PERIODS)('scores %s in the API exactly as the command line scores the same file', async (period, from, to) => {
    const cli = regflow({}, 'scorecard', '--events', eventsFile, '--from', from, '--to', to, '--json');
    expect(cli.code).toBe(0);
    const expected = (JSON.parse(cli.stdout) as { indicators: CliIndicator[] }).indicators;
    const api = (await scorecard(period)).indicators as CliIndicator[];
    expect(api.map(({ code, numerator, denominator, value, target, rag, direction }) => ({ code, numerator, denominator, value, target, rag, direction }))).toEqual(expected);
    expect(expected.find((row) => row.code === 'deaths-registered-5d')!.denominator).toBeGreaterThan(0);
  });

  it('imports a file once: a second import adds nothing, and a file with bad lines is refused whole', () => {
    expect(regflow(database.env, 'import', 'events', eventsFile).stdout).toMatch(/^imported 0 of [\d,]+ events; [\d,]+ were already there/);
    const badFile = join(folder, 'bad.csv');
    writeFileSync(badFile, `${yearOfDemandCsv('2023-01-02', 3, 4, 7).trimEnd()}\nbad-1,birth,yesterday,,,,,,false\nbad-2,dragon,2023-01-05T10:00:00Z,,,,,,false\n`);
    const refused = regflow(database.env, 'import', 'events', badFile);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/2 bad lines, nothing imported/);
    expect(refused.stderr).toMatch(/line \d+, column requested_at/);
    expect(refused.stderr).toMatch(/line \d+, column type/);
  });

  it('drills down from a percentage to the requests that missed, each with its deadline and first offer', async () => {
    const card = await scorecard('2021-12');
    const deaths = card.indicators.find((row: CliIndicator) => row.code === 'death-appointments-2wd');
    const misses = (await http().get('/api/compliance/misses?period=2021-12&indicator=death-appointments-2wd').set('Cookie', manager).expect(200)).body;
    expect(misses).toHaveLength(deaths.denominator - deaths.numerator);
    for (const miss of misses) {
      expect(miss.typeCode).toBe('death');
      expect(miss.firstOfferAt === null || miss.firstOfferAt.slice(0, 10) > miss.deadline).toBe(true);
    }
  });

  it('gives each month of a series the same figure as that month’s scorecard, with the target line', async () => {
    const series = (await http().get('/api/compliance/series?indicator=deaths-registered-5d&from=2021-04&to=2022-03').set('Cookie', manager).expect(200)).body;
    expect(series.map((point: { month: string }) => point.month)).toEqual([
      '2021-04', '2021-05', '2021-06', '2021-07', '2021-08', '2021-09', '2021-10', '2021-11', '2021-12', '2022-01', '2022-02', '2022-03',
    ]);
    const december = (await scorecard('2021-12')).indicators.find((row: CliIndicator) => row.code === 'deaths-registered-5d');
    expect(series[8]).toEqual({ month: '2021-12', numerator: december.numerator, denominator: december.denominator, value: december.value, target: 90 });

    const csv = await http().get('/api/compliance/series.csv?indicator=deaths-registered-5d&from=2021-04&to=2022-03').set('Cookie', manager).expect(200);
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('month,numerator,denominator,value,target');
    expect(lines[9]).toBe(`2021-12,${december.numerator},${december.denominator},${december.value},90`);
    const misses = await http().get('/api/compliance/misses.csv?period=2021-12&indicator=death-appointments-2wd').set('Cookie', manager).expect(200);
    expect(misses.text.split('\r\n')[0]).toBe('requestId,reference,typeCode,serviceDay,deadline,firstOfferAt,appointmentAt,eventDate,registeredAt');
  });

  it('keeps managers’ commentary, drafts PERFORMANCE DETAILS, and exports the scorecard as CSV', async () => {
    const before = (await scorecard('2021-12')).indicators.find((row: CliIndicator) => row.code === 'deaths-registered-5d');
    expect(before.performanceDetailsDraft).toMatch(/^December's percentage of deaths registered within 5 days was \d+\.\d%/);
    await http()
      .put('/api/compliance/commentary/2021-12/deaths-registered-5d')
      .set('Cookie', manager)
      .send({ currentActivity: 'Extra death sessions, 27–31 December, at Worcester and Redditch', futureActivity: 'Review after the Easter break' })
      .expect(200);
    const after = (await scorecard('2021-12')).indicators.find((row: CliIndicator) => row.code === 'deaths-registered-5d');
    expect(after).toMatchObject({ currentActivity: 'Extra death sessions, 27–31 December, at Worcester and Redditch', performanceDetails: before.performanceDetailsDraft });

    const csv = await http().get('/api/compliance/scorecard.csv?period=2021-12').set('Cookie', manager).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('INDICATOR TITLE,RAG,DIRECTION OF TRAVEL,VALUE,NUMERATOR,DENOMINATOR,TARGET,PREVIOUS VALUE,PERFORMANCE DETAILS,CURRENT ACTIVITY,FUTURE ACTIVITY,DATE OF DEATH MISSING');
    expect(lines).toHaveLength(8);
    expect(lines.find((line) => line.startsWith('Registration of deaths within 5 days'))).toContain('Extra death sessions');

    await http().put('/api/compliance/commentary/2021-12/ceremonies').set('Cookie', manager).send({ currentActivity: '=HYPERLINK("http://evil.example","Click")' }).expect(200);
    const withFormula = (await http().get('/api/compliance/scorecard.csv?period=2021-12').set('Cookie', manager).expect(200)).text;
    expect(withFormula).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(withFormula).not.toMatch(/(^|,)"?=HYPERLINK/m);

    await http().put('/api/compliance/commentary/2021-12/ceremonies').set('Cookie', manager).send({ futureActivity: '<script>alert(1)</script> & more' }).expect(200);
    const page = await http().get('/api/compliance/scorecard.html?period=2021-12').set('Cookie', manager).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<th scope="col">INDICATOR TITLE</th><th scope="col">RAG</th><th scope="col">DIRECTION OF TRAVEL</th><th scope="col">PERFORMANCE DETAILS</th>');
    expect(page.text).toContain('<th scope="row">Registration of deaths within 5 days</th>');
    expect(page.text).toContain('Extra death sessions, 27–31 December');
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(page.text).not.toContain('<script>');
  });

  it('answers bad periods and unknown indicators with 400 saying what to write, and registrars with 403', async () => {
    expect((await http().get('/api/compliance/scorecard?period=2021-Q5').set('Cookie', manager).expect(400)).body).toMatchObject({ code: 'invalid-period', message: expect.stringMatching(/financial-year quarter as 2021-Q3/) });
    expect((await http().get('/api/compliance/misses?period=2021-12&indicator=happiness').set('Cookie', manager).expect(400)).body.code).toBe('unknown-indicator');
    const registrar = await signIn(running.app, (await staffMember(running.app, ['registrar'])).email);
    expect((await http().get('/api/compliance/scorecard?period=2021-12').set('Cookie', registrar).expect(403)).body.code).toBe('forbidden');
  });

  it('sets the county against the region and England, and scores customer satisfaction from the surveys managers enter', async () => {
    const put = (path: string, body: object) => http().put(path).set('Cookie', manager).send(body);
    await put('/api/compliance/benchmarks', { indicator: 'deaths-registered-5d', period: '2021-12', area: 'region', value: 60.9 }).expect(200);
    await put('/api/compliance/benchmarks', { indicator: 'deaths-registered-5d', period: '2021-12', area: 'england', value: 60.1 }).expect(200);
    await put('/api/compliance/surveys/2021-12', { veryGood: 93, good: 6, total: 100 }).expect(200);
    await put('/api/compliance/surveys/2021-11', { veryGood: 80, good: 10, total: 100 }).expect(200);

    const card = await scorecard('2021-12');
    expect(card.indicators.find((row: CliIndicator) => row.code === 'deaths-registered-5d').benchmarks).toEqual({ region: 60.9, england: 60.1 });
    expect(card.indicators.find((row: CliIndicator) => row.code === 'customer-satisfaction')).toMatchObject({
      numerator: 99,
      denominator: 100,
      value: 99,
      rag: 'Green',
      direction: 'Improving',
      previous: { value: 90 },
    });

    expect((await put('/api/compliance/surveys/2021-12', { veryGood: 93, good: 20, total: 100 }).expect(400)).body.code).toBe('invalid-survey');
    expect((await put('/api/compliance/benchmarks', { indicator: 'deaths-registered-5d', period: '2021-12', area: 'mars', value: 60.91 }).expect(400)).body).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(
      /area must be one of region, england/,
    ) });
  });

  it('sets a month’s ceremonies and deaths against the same month of earlier years, with financial-year totals', async () => {
    const figure = async (period: string, code: string, field: 'value' | 'denominator') =>
      (await scorecard(period)).indicators.find((row: CliIndicator) => row.code === code)[field] as number;
    const ceremonies = (await http().get('/api/compliance/comparison?indicator=ceremonies&month=2022-02&against=2021').set('Cookie', manager).expect(200)).body;
    const [february2021, february2022, year2021] = [await figure('2021-02', 'ceremonies', 'value'), await figure('2022-02', 'ceremonies', 'value'), await figure('2021/22', 'ceremonies', 'value')];
    expect(ceremonies).toMatchObject({ month: '2022-02', value: february2022, average: february2021 });
    expect(ceremonies.years.map((row: { year: number; month: number }) => [row.year, row.month])).toEqual([
      [2021, february2021],
      [2022, february2022],
    ]);
    expect(ceremonies.years[1]).toMatchObject({ financialYear: '2021/22', financialYearTotal: year2021, yearToDate: year2021 - (await figure('2022-03', 'ceremonies', 'value')) });
    expect(ceremonies.sentence).toMatch(new RegExp(`(above|below|the same as) the 2021 February average of ${february2021}$`));

    const deaths = (await http().get('/api/compliance/comparison?indicator=deaths-registered-5d&month=2022-02&against=2021').set('Cookie', manager).expect(200)).body;
    expect(deaths.value).toBe(await figure('2022-02', 'deaths-registered-5d', 'denominator'));
    expect((await http().get('/api/compliance/comparison?indicator=births&month=2022-02').set('Cookie', manager).expect(400)).body).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/indicator must be one of ceremonies, deaths-registered-5d/) });
  });

  it('lets managers change a target and its amber tolerance, and scores RAG by them', async () => {
    const targets = (await http().get('/api/compliance/targets').set('Cookie', manager).expect(200)).body;
    expect(targets.find((row: { indicator: string }) => row.indicator === 'deaths-registered-5d')).toEqual({ indicator: 'deaths-registered-5d', target: 90, amberFrom: 85, changed: false });
    const rag = async () => (await scorecard('2021-12')).indicators.find((row: CliIndicator) => row.code === 'deaths-registered-5d') as CliIndicator & { amberFrom: number };
    const value = (await rag()).value!;
    const setTarget = (target: number, amberFrom: number) => http().put('/api/compliance/targets/deaths-registered-5d').set('Cookie', manager).send({ target, amberFrom });

    await setTarget(Math.floor(value) - 1, Math.floor(value) - 6).expect(200);
    expect(await rag()).toMatchObject({ rag: 'Green', target: Math.floor(value) - 1 });
    await setTarget(Math.min(100, Math.ceil(value) + 2), Math.floor(value) - 1).expect(200);
    expect(await rag()).toMatchObject({ rag: 'Amber', amberFrom: Math.floor(value) - 1 });
    await setTarget(100, 99.9).expect(200);
    expect((await rag()).rag).toBe(value >= 99.9 ? 'Amber' : 'Red');

    expect((await setTarget(80, 85).expect(400)).body.code).toBe('invalid-thresholds');
    expect((await http().put('/api/compliance/targets/ceremonies').set('Cookie', manager).send({ target: 10, amberFrom: 5 }).expect(400)).body.code).toBe('indicator-without-target');
  });
});
