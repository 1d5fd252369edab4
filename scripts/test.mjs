#!/usr/bin/env node
// Runs typecheck, lint and every workspace's tests through turbo, then totals the runners'
// JSON reports into one closing line: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const workspaces = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces;
const testedWorkspaces = spawnSync('npm', ['query', '.workspace'], { cwd: root, encoding: 'utf8' });
const tested = JSON.parse(testedWorkspaces.stdout || '[]')
  .filter((workspace) => workspace.scripts?.test)
  .map((workspace) => ({ name: workspace.name, dir: join(root, workspace.location) }));

if (tested.length === 0) {
  console.error(`no workspace with a test script found among ${workspaces.join(', ')}`);
  process.exit(1);
}
for (const { dir } of tested) rmSync(join(dir, 'reports'), { recursive: true, force: true });

// Two tasks side by side at least: the server's specs mostly wait on databases, Redis and child processes.
const concurrency = Math.max(2, availableParallelism());
console.log(`Typecheck, lint and tests in ${tested.length} workspaces: ${tested.map((w) => w.name).join(', ')}`);
const turbo = spawnSync(
  'npx',
  ['turbo', 'run', 'typecheck', 'lint', 'test', '--continue', `--concurrency=${concurrency}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } },
);

const REPORTS = ['jest.json', 'vitest.json'];
let passed = 0;
let failed = 0;
const missing = [];
for (const { name, dir } of tested) {
  const reports = REPORTS.map((file) => join(dir, 'reports', file)).filter(existsSync);
  if (reports.length === 0) missing.push(name);
  for (const file of reports) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  }
}
for (const name of missing) {
  console.error(`${name}: its test runner wrote no report (it crashed or did not start): counted as 1 failure`);
  failed += 1;
}
if (turbo.status !== 0) console.error('typecheck, lint or a test task failed: see the output above');
console.log(`${passed} passed, ${failed} failed`);
process.exit(turbo.status === 0 && failed === 0 ? 0 : 1);
