#!/usr/bin/env node
// Benchmarks run on demand (`npm run bench -w @regflow/tests`), never by `npm test`. Each
// reports a ratio against a baseline measured in the same run, so figures compare across machines.
// `npm run bench -w @regflow/tests -- compliance` runs one of them.
const chosen = process.argv.slice(2);
for (const name of ['calendar', 'compliance', 'booking-pages']) {
  if (chosen.length > 0 && !chosen.includes(name)) continue;
  console.log(`\n== ${name}`);
  await import(`./${name}.mjs`);
}
