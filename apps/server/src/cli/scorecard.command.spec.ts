import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { regflow } from '../testing/regflow-command';
import { EVENTS_CSV_COLUMNS } from '@regflow/domain';

const HEADER = EVENTS_CSV_COLUMNS.join(',');


/**
 * 2021-Q3 (October to December 2021) and one quarter before it. Each row says why it is within
 * its target or not; the expected figures below are counted from these notes.
 */
const QUARTER_EVENTS = [
  // births, 5 working days: Q3 3 of 4 within; Q2 1 of 2
  'b1,birth,2021-10-06T10:00:00Z,,2021-10-13T09:00:00Z,,,,', // Wednesday + 5 = Wednesday 13th: within
  'b2,birth,2021-10-06T10:00:00Z,,2021-10-14T09:00:00Z,,,,', // Thursday 14th: late
  'b3,birth,2021-10-09T11:00:00Z,,,2021-10-15T09:00:00Z,,,', // Saturday: Monday is day 1, Friday 15th day 5; no first offer, so the appointment: within
  'b4,birth,2021-12-23T10:00:00Z,,2021-12-31T09:00:00Z,2022-01-06T09:00:00Z,,,', // 27, 28 Dec and 3 Jan are bank holidays: deadline 4 January; first offer counts: within
  'b5,birth,2021-09-01T10:00:00Z,,2021-09-01T15:00:00Z,,,,', // Q2, same day: within
  'b6,birth,2021-09-02T10:00:00Z,,,,,,', // Q2, never offered: against the target
  // deaths: appointments within 2 working days, and registration within 5 calendar days of the death
  'd1,death,2021-09-30T23:30:00Z,,2021-10-05T09:00:00Z,,2021-09-28,2021-10-05T10:00:00Z,false', // requested Friday 1 October in London: within; registered on day 7: late
  'd2,death,2021-12-02T10:00:00Z,,2021-12-06T09:00:00Z,,2021-12-01,2021-12-06T12:00:00Z,', // Thursday + 2 = Monday: within; registered on day 5: within
  'd3,death,2021-11-01T10:00:00Z,,2021-11-04T09:00:00Z,,2021-11-01,2021-11-30T12:00:00Z,true', // Monday + 2 = Wednesday, offered Thursday: late; coroner referral: left out
  // still-birth: 2 working days from the paperwork
  's1,still-birth,2021-11-05T09:00:00Z,2021-11-08T10:00:00Z,2021-11-10T09:00:00Z,,,,', // paperwork Monday + 2 = Wednesday: within
  // notices, 10 working days
  '"n1, at Worcester",notice,2021-10-01T10:00:00Z,,2021-10-15T09:00:00Z,,,,', // Friday + 10 = Friday 15th: within
  'n2,notice-referred,2021-10-01T10:00:00Z,,2021-10-18T09:00:00Z,,,,', // Monday 18th: late
  // ceremonies on their London day: three in Q3, one in Q2
  'c1,ceremony,,,,2021-10-02T13:00:00Z,,,',
  'c2,ceremony,,,,2021-12-31T23:30:00Z,,,',
  'c3,ceremony,,,,2021-09-30T23:30:00Z,,,',
  'c4,ceremony,,,,2021-07-03T12:00:00Z,,,',
];

const EXPECTED_QUARTER = {
  from: '2021-10-01',
  to: '2021-12-31',
  indicators: [
    { code: 'birth-appointments-5wd', numerator: 3, denominator: 4, value: 75, target: 95, rag: 'Red', direction: 'Improving' },
    { code: 'still-birth-appointments-2wd', numerator: 1, denominator: 1, value: 100, target: 95, rag: 'Green', direction: 'No Previous Figure' },
    { code: 'death-appointments-2wd', numerator: 2, denominator: 3, value: 66.7, target: 95, rag: 'Red', direction: 'No Previous Figure' },
    { code: 'notice-appointments-10wd', numerator: 1, denominator: 2, value: 50, target: 95, rag: 'Red', direction: 'No Previous Figure' },
    { code: 'deaths-registered-5d', numerator: 1, denominator: 2, value: 50, target: 90, rag: 'Red', direction: 'No Previous Figure' },
    { code: 'ceremonies', numerator: 3, denominator: null, value: 3, target: null, rag: 'No Status', direction: 'N/A' },
    { code: 'customer-satisfaction', numerator: null, denominator: null, value: null, target: 95, rag: 'No Status', direction: 'No Current Figure' },
  ],
};

describe('regflow scorecard', () => {
  let folder: string;
  const file = (name: string, lines: readonly string[], ending = '\n') => {
    const path = join(folder, name);
    writeFileSync(path, lines.join(ending) + ending);
    return path;
  };

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'regflow-scorecard-'));
  });

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('prints a quarter’s indicators as JSON, against the quarter before', () => {
    const events = file('quarter.csv', [HEADER, ...QUARTER_EVENTS]);
    const { code, stdout, stderr } = regflow({}, 'scorecard', '--events', events, '--from', '2021-10-01', '--to', '2021-12-31', '--json');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toEqual(EXPECTED_QUARTER);
  });

  it('reads the columns in any order, CRLF line endings and blank lines', () => {
    const lastColumnFirst = (line: string) => `${line.slice(line.lastIndexOf(',') + 1)},${line.slice(0, line.lastIndexOf(','))}`;
    const events = file('reordered.csv', [lastColumnFirst(HEADER), ...QUARTER_EVENTS.map(lastColumnFirst), ''], '\r\n');
    const { code, stdout } = regflow({}, 'scorecard', '--events', events, '--from', '2021-10-01', '--to', '2021-12-31', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(EXPECTED_QUARTER);
  });

  it('prints a table a manager can read', () => {
    const events = file('table.csv', [HEADER, ...QUARTER_EVENTS, 'c5,ceremony,,,,,,,']); // c5 has no date: no indicator counts it
    const { code, stdout, stderr } = regflow({}, 'scorecard', '--events', events, '--from', '2021-10-01', '--to', '2021-12-31');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Scorecard for 2021-10-01 to 2021-12-31 (2021-Q3), compared with 2021-07-01 to 2021-09-30 (2021-Q2)');
    expect(lines[2]).toMatch(/^ {2}INDICATOR +COUNTS +VALUE +PREVIOUS +TARGET +RAG +DIRECTION$/);
    expect(lines.slice(3, 10)).toEqual([
      expect.stringMatching(/^ {2}birth-appointments-5wd +3 \/ 4 +75\.0% +50\.0% +95% \(amber 90%\) +Red +Improving$/),
      expect.stringMatching(/^ {2}still-birth-appointments-2wd +1 \/ 1 +100\.0% +- +95% \(amber 90%\) +Green +No Previous Figure$/),
      expect.stringMatching(/^ {2}death-appointments-2wd +2 \/ 3 +66\.7% +- +95% \(amber 90%\) +Red +No Previous Figure$/),
      expect.stringMatching(/^ {2}notice-appointments-10wd +1 \/ 2 +50\.0% +- +95% \(amber 90%\) +Red +No Previous Figure$/),
      expect.stringMatching(/^ {2}deaths-registered-5d +1 \/ 2 +50\.0% +- +90% \(amber 85%\) +Red +No Previous Figure$/),
      expect.stringMatching(/^ {2}ceremonies +3 +3 +1 +- +No Status +N\/A$/),
      expect.stringMatching(/^ {2}customer-satisfaction +- +- +- +95% \(amber 90%\) +No Status +No Current Figure$/),
    ]);
    expect(lines.slice(11)).toEqual([
      '17 events read; 1 of them counted by no indicator (no request, registration or ceremony time, or referred to the coroner).',
      'customer-satisfaction: from the survey results managers enter, not from events.',
      '',
    ]);
  });

  it('compares any other range with as many days just before it', () => {
    const events = file('range.csv', [HEADER, ...QUARTER_EVENTS]);
    const { code, stdout } = regflow({}, 'scorecard', '--events', events, '--from', '2021-10-02', '--to', '2021-10-09');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Scorecard for 2021-10-02 to 2021-10-09, compared with 2021-09-24 to 2021-10-01');
  });

  it('streams a long file, counting every line', () => {
    const rows = Array.from({ length: 50_000 }, (_, index) => `b${index},birth,2022-03-0${1 + (index % 4)}T10:00:00Z,,${index % 10 === 0 ? '' : '2022-03-04T10:00:00Z'},,,,`);
    const events = file('long.csv', [HEADER, ...rows]);
    const { code, stdout } = regflow({}, 'scorecard', '--events', events, '--from', '2022-03-01', '--to', '2022-03-31', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).indicators[0]).toEqual({
      code: 'birth-appointments-5wd',
      numerator: 45_000,
      denominator: 50_000,
      value: 90,
      target: 95,
      rag: 'Amber',
      direction: 'No Previous Figure',
    });
  });

  describe('refuses bad input with one line on stderr and exit code 1', () => {
    it.each([
      ['an unknown type', [HEADER, QUARTER_EVENTS[0], 'x1,marriage,2021-10-06T10:00:00Z,,,,,,'], /^regflow: .*bad\.csv: line 3, column type: "marriage" is not an event type: use birth, still-birth, death, notice, notice-referred, ceremony$/],
      ['an instant with no offset', [HEADER, 'b1,birth,2021-10-06 10:00,,,,,,'], /^regflow: .*bad\.csv: line 2, column requested_at: "2021-10-06 10:00" is not an instant with an offset: write ISO 8601/],
      ['a row with an unquoted comma', [HEADER, 'b1,birth,2021-10-06T10:00:00Z,,,,,,,Smith, John'], /^regflow: .*bad\.csv: line 2: 11 fields where the header names 9: put any field that contains a comma in double quotes$/],
      ['a header without the columns', ['id,type,requested_at', 'b1,birth,2021-10-06T10:00:00Z'], /^regflow: .*bad\.csv: line 1: the header lacks paperwork_ready_at, first_offer_at, appointment_at, event_date, registered_at, coroner_referred/],
      ['a date before the bank-holiday data', [HEADER, 'b1,birth,1999-10-06T10:00:00Z,,,,,,'], /^regflow: .*bad\.csv: line 2: no England and Wales bank-holiday data for 1999/],
    ])('%s', (_case, lines, message) => {
      const { code, stdout, stderr } = regflow({}, 'scorecard', '--events', file('bad.csv', lines), '--from', '2021-10-01', '--to', '2021-12-31');
      expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
      expect(stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(message)]);
    });

    it.each([
      ['an empty file', () => ['--events', file('empty.csv', [], ''), '--from', '2021-10-01', '--to', '2021-12-31'], /^regflow: .*empty\.csv is empty: its first line must name the columns id,type,/],
      ['a file that is not there', () => ['--events', join(folder, 'missing.csv'), '--from', '2021-10-01', '--to', '2021-12-31'], /^regflow: cannot read .*missing\.csv: there is no such file$/],
      ['a folder', () => ['--events', folder, '--from', '2021-10-01', '--to', '2021-12-31'], /^regflow: cannot read .*: it is a folder, not a file$/],
      ['a day that does not exist', () => ['--events', file('ok.csv', [HEADER]), '--from', '2021-10-01', '--to', '2021-09-31'], /^regflow: --to "2021-09-31" is not a calendar date: write it as yyyy-mm-dd/],
      ['a British date', () => ['--events', file('ok.csv', [HEADER]), '--from', '01/10/2021', '--to', '2021-12-31'], /^regflow: --from "01\/10\/2021" is not a calendar date/],
      ['a period that ends before it starts', () => ['--events', file('ok.csv', [HEADER]), '--from', '2021-12-31', '--to', '2021-10-01'], /^regflow: the period ends \(2021-10-01\) before it starts \(2021-12-31\): give the first day, then the last$/],
      ['no events file', () => ['--from', '2021-10-01', '--to', '2021-12-31'], /^error: required option '--events <file\.csv>' not specified$/],
    ])('%s', (_case, args, message) => {
      const { code, stdout, stderr } = regflow({}, 'scorecard', ...args());
      expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
      expect(stderr.trimEnd().split('\n')[0]).toMatch(message);
    });
  });

  it('has --help', () => {
    const { code, stdout } = regflow({}, 'scorecard', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: regflow scorecard \[options\]/);
    expect(stdout).toMatch(/--events <file\.csv>/);
    expect(stdout).toMatch(/--json/);
  });
});
