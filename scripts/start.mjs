#!/usr/bin/env node
// `npm start`: builds what changed, makes sure Redis answers (starting a local redis-server when
// one is installed), seeds demo data into an empty database, then runs the API with its worker
// (and a separate worker on PostgreSQL), the admin app and the booking pages, and prints where to
// find them.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const env = { LOG_LEVEL: 'warn', ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
const redisUrl = new URL(env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const port = env.PORT ?? '3000';
const host = env.HOST ?? '127.0.0.1';
const children = [];

const step = (message) => process.stdout.write(`• ${message}\n`);

function stopAll(code) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

function redisAnswers() {
  return new Promise((resolve) => {
    const socket = connect({ host: redisUrl.hostname, port: Number(redisUrl.port || 6379) });
    const done = (answer) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', () => done(true));
  });
}

async function ensureRedis() {
  if (await redisAnswers()) return step(`Redis answers at ${redisUrl.href}`);
  const local = ['127.0.0.1', 'localhost', '::1'].includes(redisUrl.hostname);
  const installed = spawnSync('redis-server', ['--version']).status === 0;
  if (!local || !installed) {
    console.error(
      `regflow needs Redis and nothing answers at ${redisUrl.href}: install it (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis) or set REDIS_URL to a running one.`,
    );
    process.exit(1);
  }
  const dir = join(root, 'data', 'redis');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  step(`starting a local redis-server on port ${redisUrl.port || 6379} (data in ${dir})`);
  children.push(
    spawn('redis-server', ['--port', redisUrl.port || '6379', '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--maxmemory-policy', 'noeviction'], {
      stdio: 'ignore',
    }),
  );
  for (let tries = 0; tries < 50 && !(await redisAnswers()); tries += 1) await new Promise((r) => setTimeout(r, 100));
  if (!(await redisAnswers())) {
    console.error('the local redis-server did not start: see `redis-server --port 6379` for why');
    stopAll(1);
    process.exit(1);
  }
}

function build() {
  step('building (turbo; unchanged packages come from its cache)');
  const result = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error('the build failed: see the errors above');
    process.exit(1);
  }
}

/** Seeds an empty database with the demo (the command says so when it does); on a restart it says nothing. */
function seedOnFirstRun() {
  const result = spawnSync(process.execPath, [join(root, 'apps', 'server', 'bin', 'regflow.js'), 'seed', '--if-empty'], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error('seeding the demo data failed: see the error above');
    stopAll(1);
    process.exit(1);
  }
}

function run(entry, label) {
  const child = spawn(process.execPath, [join(root, 'apps', 'server', 'dist', entry)], { cwd: root, stdio: 'inherit', env });
  child.on('exit', (code) => {
    if (process.exitCode === undefined) {
      console.error(`${label} stopped (exit code ${code}): stopping everything`);
      stopAll(code ?? 1);
    }
  });
  children.push(child);
}

async function waitForHealth(base) {
  for (let tries = 0; tries < 300; tries += 1) {
    try {
      const response = await fetch(`${base}/api/health`);
      return await response.json();
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return undefined;
}

build();
await ensureRedis();
seedOnFirstRun();
const separateWorker = Boolean(env.DATABASE_URL);
step(`starting regflow on ${separateWorker ? 'PostgreSQL, with a separate worker process' : `SQLite (${env.DATA_DIR ?? './data'}/regflow.sqlite), worker in-process`}`);
run('main.js', 'the API');
if (separateWorker) run('worker.js', 'the worker');

const base = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
const health = await waitForHealth(base);
if (health) {
  const status = Object.entries(health.details ?? {}).map(([name, detail]) => `${name} ${detail.status}`).join(', ');
  process.stdout.write(
    [
      '',
      'regflow is running (Ctrl+C stops it):',
      `  booking (residents)   ${base}/`,
      `  admin (staff)         ${base}/admin/`,
      `  API                   ${base}/api`,
      `  API docs (OpenAPI)    ${base}/api/docs`,
      `  health                ${base}/api/health  (${status})`,
      '',
    ].join('\n') + '\n',
  );
}
