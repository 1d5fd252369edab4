// Scoring a year of 1,000,000 events three ways, in one run: `regflow scorecard` over the CSV, the
// API's scorecard over the same events imported into SQLite, and, as the baseline, one hand-written
// SQL aggregate over the same rows (deaths registered within 5 days, the indicator SQL can express
// most directly). Reports seconds, peak memory and the ratios.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { requireTypeScript } from './typescript-source.mjs';

const require = createRequire(import.meta.url);
const { yearOfDemandCsv } = requireTypeScript(fileURLToPath(new URL('../../apps/server/src/testing/year-of-demand.ts', import.meta.url)));
const { createDataSource } = require('@regflow/server/dist/database/data-source');

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const bin = require.resolve('@regflow/server/bin/regflow.js');
const folder = mkdtempSync(join(tmpdir(), 'regflow-bench-'));
const csv = join(folder, 'events.csv');

/** Runs the command under /usr/bin/time: wall seconds and peak resident memory. */
function timed(env, ...args) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`regflow ${args.join(' ')} failed:\n${result.stderr}`);
  const [seconds, kilobytes] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { seconds, megabytes: kilobytes / 1024, stdout: result.stdout };
}

try {
  // About 2,740 events a day over 365 days.
  writeFileSync(csv, yearOfDemandCsv('2021-04-01', 365, EVENTS / 365 / 1.0, 1));
  console.log(`${EVENTS.toLocaleString('en-GB')} events requested; the file is ${(statSync(csv).size / 1e6).toFixed(0)} MB`);

  const cli = timed({}, 'scorecard', '--events', csv, '--from', '2021-04-01', '--to', '2022-03-31', '--json');
  const cliDeaths = JSON.parse(cli.stdout).indicators.find((row) => row.code === 'deaths-registered-5d');
  console.log(`  regflow scorecard (CSV):      ${cli.seconds.toFixed(1)} s, ${cli.megabytes.toFixed(0)} MB peak`);

  const env = { DATA_DIR: folder };
  const imported = timed(env, 'import', 'events', csv);
  console.log(`  regflow import events:        ${imported.seconds.toFixed(1)} s, ${imported.megabytes.toFixed(0)} MB peak (${imported.stdout.trim()})`);

  const dataSource = createDataSource({ engine: 'sqlite', file: join(folder, 'regflow.sqlite') });
  await dataSource.initialize();
  const { ComplianceService } = require('@regflow/server/dist/modules/compliance/compliance.service');
  const { ComplianceEventsRepository } = require('@regflow/server/dist/modules/compliance/compliance-events.repository');
  const { UnitOfWork } = require('@regflow/server/dist/common/unit-of-work');
  const service = new ComplianceService(new UnitOfWork(dataSource), new ComplianceEventsRepository(), { now: () => new Date() });

  const sqlStarted = performance.now();
  const [aggregate] = await dataSource.query(
    `SELECT SUM(CASE WHEN julianday(date(registered_at)) - julianday(event_date) <= 5 THEN 1 ELSE 0 END) AS within, COUNT(*) AS deaths
       FROM historical_events
      WHERE type = 'death' AND coroner_referred = 0 AND registered_at IS NOT NULL AND event_date IS NOT NULL
        AND registered_at >= '2021-03-31 23:00:00' AND registered_at < '2022-03-31 23:00:00'`,
  );
  const sqlSeconds = (performance.now() - sqlStarted) / 1000;
  console.log(`  one SQL aggregate (baseline): ${sqlSeconds.toFixed(2)} s (${aggregate.within} of ${aggregate.deaths} deaths within 5 days)`);

  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50);
  const apiStarted = performance.now();
  const report = await service.scorecard('2021/22');
  const apiSeconds = (performance.now() - apiStarted) / 1000;
  clearInterval(sampler);
  const apiDeaths = report.indicators.find((row) => row.code === 'deaths-registered-5d');
  console.log(`  API scorecard (database):     ${apiSeconds.toFixed(1)} s, ${((rssPeak - rssBefore) / 1e6).toFixed(0)} MB more memory at peak`);
  console.log(`  deaths within 5 days: CLI ${cliDeaths.numerator}/${cliDeaths.denominator}, API ${apiDeaths.numerator}/${apiDeaths.denominator}, SQL ${aggregate.within}/${aggregate.deaths} (SQL counts UTC days: the API and CLI count London days)`);
  console.log(`ratios: the CLI ${(cli.seconds / sqlSeconds).toFixed(1)}x and the API ${(apiSeconds / sqlSeconds).toFixed(1)}x one SQL aggregate (which scores one indicator, not seven with direction)`);
  await dataSource.destroy();
} finally {
  rmSync(folder, { recursive: true, force: true });
}
