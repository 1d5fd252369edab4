// addWorkingDays against a weekends-only stepping of the same days.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { addWorkingDays, formatCivilDate, parseCivilDate } = require('@regflow/calendar');

const ROUNDS = 5;
const DAYS = Array.from({ length: 366 * 4 }, (_, index) => formatCivilDate(parseCivilDate('2020-01-01').plus({ days: index })));

function best(label, work) {
  let fastest = Infinity;
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - started);
  }
  process.stdout.write(`  ${label}: ${fastest.toFixed(1)} ms (best of ${ROUNDS})\n`);
  return fastest;
}

/** The same stepping with weekends only: what luxon costs before any holiday or closure check. */
function weekdaysOnly(day, count) {
  let date = parseCivilDate(day);
  for (let stepped = 0; stepped < count; ) {
    date = date.plus({ days: 1 });
    if (date.weekday < 6) stepped += 1;
  }
  return formatCivilDate(date);
}

console.log(`addWorkingDays(day, 10) for each of ${DAYS.length} days (2020 to 2023), with 5 closures`);
const closures = new Set(['2021-07-05', '2021-07-06', '2022-12-23', '2023-01-03', '2023-08-01']);
addWorkingDays('2020-01-01', 10, closures);
const baseline = best('baseline, weekends only', () => DAYS.forEach((day) => weekdaysOnly(day, 10)));
const calendar = best('addWorkingDays', () => DAYS.forEach((day) => addWorkingDays(day, 10, closures)));
console.log(`ratio: ${(calendar / baseline).toFixed(2)}x the baseline; ${((calendar * 1000) / DAYS.length).toFixed(1)} µs a call`);
