// Server time of every page of a booking journey and of the manage pages, on the demo data, against
// a static file served by the same server (the baseline): p50 and p95 of BENCH_REQUESTS sequential
// requests each, over the loopback, with the ratio of each page's p95 to the static file's.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { addDays, serviceDay } = require('@regflow/calendar');
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const bin = require.resolve('@regflow/server/bin/regflow.js');
const main = require.resolve('@regflow/server/dist/main.js');

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** A browser's cookie jar over fetch: every answer's cookies go back with the next request. */
function browserAt(base) {
  const jar = new Map();
  return async function visit(path, form) {
    const response = await fetch(base + path, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(form ? { body: new URLSearchParams(form).toString() } : {}),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return { status: response.status, location: response.headers.get('location'), text: await response.text() };
  };
}

const formToken = (html) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

async function submit(visit, path, fields) {
  const page = await visit(path);
  const answer = await visit(path, { ...fields, _csrf: formToken(page.text) });
  if (answer.status !== 303) throw new Error(`${path} answered ${answer.status}, not a redirect: ${answer.text.slice(0, 300)}`);
  return answer.location;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function measure(visit, path) {
  for (let warm = 0; warm < 10; warm += 1) await visit(path);
  const times = [];
  let bytes = 0;
  for (let i = 0; i < REQUESTS; i += 1) {
    const started = performance.now();
    const answer = await visit(path);
    times.push(performance.now() - started);
    if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}`);
    bytes = Buffer.byteLength(answer.text);
  }
  times.sort((a, b) => a - b);
  return { path, p50: percentile(times, 50), p95: percentile(times, 95), bytes };
}

const dataDir = mkdtempSync(join(tmpdir(), 'regflow-bench-pages-'));
let server;
try {
  const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  console.log('seeding the demo data…');
  const seeded = spawnSync(process.execPath, [bin, 'seed'], { env, encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`regflow seed failed:\n${seeded.stderr}`);

  const port = await freePort();
  server = spawn(process.execPath, [main], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_REQUESTS_PER_MINUTE: '1000000', QUEUE_PREFIX: `regflow-bench-${port}` },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    const health = await fetch(`${base}/api/health`).catch(() => undefined);
    if (health?.ok) break;
    if (tries > 120) throw new Error('the server did not answer within a minute');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  const visit = browserAt(base);
  const baseline = await measure(visit, '/assets/favicon.svg');
  const rows = [];
  // Each page is measured when the journey reaches it, as a resident would see it.
  const at = async (path) => rows.push(await measure(visit, path));
  for (const path of ['/', '/book', '/book/birth', '/book/birth/date-of-birth']) await at(path);
  const bornOn = addDays(serviceDay(new Date()), -3).split('-');
  await submit(visit, '/book/birth/date-of-birth', { 'date-of-birth-day': bornOn[2], 'date-of-birth-month': bornOn[1], 'date-of-birth-year': bornOn[0] });
  await at('/book/birth/babies');
  await submit(visit, '/book/birth/babies', { babies: '1' });
  await at('/book/birth/appointment');
  const firstOffer = /name="slot" value="([^"]+)"/.exec((await visit('/book/birth/appointment')).text)?.[1];
  if (!firstOffer) throw new Error('the demo data offers no birth appointment');
  await submit(visit, '/book/birth/appointment', { slot: firstOffer });
  await at('/book/birth/details');
  await submit(visit, '/book/birth/details', { name: 'Bench Mark', email: 'bench@example.org', phone: '' });
  await at('/book/birth/check');
  const checkPage = await visit('/book/birth/check');
  const confirmation = await submit(visit, '/book/birth/check', { submission: /name="submission" value="([^"]+)"/.exec(checkPage.text)[1] });
  await at(confirmation);
  const manage = /href="(\/manage\/[^"?/]+\?token=[^"]+)"/.exec((await visit(confirmation)).text)[1].replaceAll('&amp;', '&');
  const [managePath, token] = manage.split('?');
  for (const path of [manage, `${managePath}/change?${token}`, `${managePath}/cancel?${token}`]) await at(path);

  console.log(`\n${REQUESTS} requests per page, one at a time; baseline: the static /assets/favicon.svg, p95 ${baseline.p95.toFixed(2)} ms\n`);
  console.log('page'.padEnd(44), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p95 ratio'.padStart(10), 'HTML KB'.padStart(8));
  for (const row of rows) {
    const name = row.path.replace(/token=[^&]+/, 'token=…').replace(/\/manage\/[^/?]+/, '/manage/<ref>');
    console.log(name.padEnd(44), row.p50.toFixed(2).padStart(8), row.p95.toFixed(2).padStart(8), `${(row.p95 / baseline.p95).toFixed(1)}×`.padStart(10), (row.bytes / 1024).toFixed(1).padStart(8));
  }
} finally {
  server?.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
