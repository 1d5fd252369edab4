import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startApiApp } from '../../testing/api-app';
import { regflow } from '../../testing/regflow-command';
import { signIn, staffMember } from '../../testing/staff-sessions';
import { seededDemo } from '../../testing/seeded-demo';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { TestApp } from '../../testing/test-app';
import { eventsCsv } from '../../testing/year-of-demand';
import { seedsDirectory } from '../seeding/demo-data';
import { loadReferenceHistory, referenceHistoryEvents } from '../seeding/reference-history';

interface Row {
  code: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  target: number | null;
  rag: string;
  direction: string;
  performanceDetails: string | null;
  benchmarks: { region: number | null; england: number | null };
}

describe.each(testEngines())('the seeded demo reproduces the reference report, on %s', (engine, createDatabase) => {
  let database: TestDatabase;
  let running: TestApp;
  let manager: string;
  let folder: string;

  const get = async (path: string) => (await request(running.app.getHttpServer()).get(path).set('Cookie', manager).expect(200)).body;
  const row = async (period: string, code: string): Promise<Row> => (await get(`/api/compliance/scorecard?period=${encodeURIComponent(period)}`)).indicators.find((entry: Row) => entry.code === code);

  beforeAll(async () => {
    ({ database } = await seededDemo(engine, createDatabase));
    running = await startApiApp(database);
    manager = await signIn(running.app, (await staffMember(running.app, ['manager'])).email);
    folder = mkdtempSync(join(tmpdir(), 'regflow-reference-'));
  });

  afterAll(async () => {
    await running.close();
    await database.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('gives DOMAIN.md’s deaths registered within 5 days, with the region and England beside them and the drafted details', async () => {
    expect(await row('2021-12', 'deaths-registered-5d')).toMatchObject({
      numerator: 342,
      denominator: 427,
      value: 80.1,
      rag: 'Red',
      benchmarks: { region: 60.9, england: 60.1 },
      performanceDetails: expect.stringMatching(/^December's percentage of deaths registered within 5 days was 80\.1%, the highest out-turn since August's 80\.6%\./),
    });
    expect(await row('2021/22', 'deaths-registered-5d')).toMatchObject({ value: 71.7, denominator: 4234, rag: 'Red', benchmarks: { region: 66, england: 59.5 } });
    expect((await row('2020/21', 'deaths-registered-5d')).denominator).toBe(5011);
    expect((await row('2022-03', 'deaths-registered-5d')).value).toBe(77.4);
    expect((await row('2022-02', 'deaths-registered-5d')).value).toBe(82.3);
  });

  it('words December 2021’s deaths against the 2017–2019 December average, and gives the ceremonies totals', async () => {
    const deaths = await get('/api/compliance/comparison?indicator=deaths-registered-5d&month=2021-12&against=2017,2018,2019');
    expect(deaths).toMatchObject({ value: 427, average: 306, sentence: '39.7% above the 2017–2019 December average of 306' });
    const ceremonies = await get('/api/compliance/comparison?indicator=ceremonies&month=2021-12&against=2018,2019,2020');
    expect(ceremonies.years.map((year: { year: number; yearToDate: number; financialYearTotal: number }) => [year.year, year.yearToDate, year.financialYearTotal])).toEqual([
      [2018, 1669, 1868],
      [2019, 1607, 1760],
      [2020, 556, 564],
      [2021, 1697, 1952],
    ]);
    expect((await row('2021-10', 'ceremonies')).value).toBe(212);
    const csv = await request(running.app.getHttpServer()).get('/api/compliance/comparison.csv?indicator=ceremonies&month=2021-12&against=2018,2019,2020').set('Cookie', manager).expect(200);
    expect(csv.text.split('\r\n').slice(0, 2)).toEqual(['year,month,yearToDate,financialYear,financialYearTotal', `2018,${ceremonies.years[0].month},1669,2018/19,1868`]);
    expect((await row('2021/22', 'birth-appointments-5wd')).value).toBe(100);
  });

  it('scores the seeded year in the API exactly as regflow scorecard scores the same events', async () => {
    const file = join(folder, 'seeded-history.csv');
    writeFileSync(file, eventsCsv(referenceHistoryEvents(loadReferenceHistory(seedsDirectory()))));
    const cli = regflow({}, 'scorecard', '--events', file, '--from', '2021-04-01', '--to', '2022-03-31', '--json');
    expect(cli.code).toBe(0);
    const fromCli = (JSON.parse(cli.stdout) as { indicators: Row[] }).indicators.filter((entry) => entry.code !== 'customer-satisfaction');
    const fromApi = (await get('/api/compliance/scorecard?period=2021%2F22')).indicators.filter((entry: Row) => entry.code !== 'customer-satisfaction');
    const figures = ({ code, numerator, denominator, value, target, rag, direction }: Row) => ({ code, numerator, denominator, value, target, rag, direction });
    expect(fromApi.map(figures)).toEqual(fromCli.map(figures));
  });
});
