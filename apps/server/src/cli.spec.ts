import { regflow } from './testing/regflow-command';



describe('regflow calendar', () => {
  it.each([
    [['add-working-days', '2021-12-23', '2'], '2021-12-29'],
    [['add-working-days', '2022-07-02', '1'], '2022-07-04'],
    [['add-working-days', '2022-07-02', '1', '--closure', '2022-07-04'], '2022-07-05'],
    [['is-working-day', '2022-06-03'], 'false'],
    [['is-working-day', '2022-06-06'], 'true'],
  ])('calendar %j prints %s', (args, expected) => {
    expect(regflow({}, 'calendar', ...args)).toEqual({ code: 0, stdout: `${expected}\n`, stderr: '' });
  });

  it('prints one bank holiday a line, in order', () => {
    const { code, stdout } = regflow({}, 'calendar', 'bank-holidays', '2023');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      '2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26',
    ]);
  });

  it.each([
    [['add-working-days', '2022-02-30', '1'], /"2022-02-30" is not a calendar date: write it as yyyy-mm-dd/],
    [['add-working-days', 'abc', '1'], /"abc" is not a calendar date/],
    [['add-working-days', '2022-02-01', '-1'], /<n> must be a whole number, 0 or more/],
    [['add-working-days', '2022-02-01', 'two'], /<n> must be a whole number, 0 or more/],
    [['is-working-day', '2022-13-01'], /not a calendar date/],
    [['bank-holidays', '1999'], /no England and Wales bank-holiday data for 1999/],
    [['bank-holidays', 'next'], /<year> must be a whole number/],
    [['bank-holidays'], /missing required argument 'year'/],
  ])('refuses %j with one clear line on stderr and a non-zero exit', (args, message) => {
    const { code, stdout, stderr } = regflow({}, 'calendar', ...args);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')[0]).toMatch(message);
  });

  it.each([[[]], [['calendar']], [['calendar', 'add-working-days']], [['migrations']]])('has --help for %j', (args) => {
    const { code, stdout } = regflow({}, ...args, '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: regflow/);
  });
});
