import { TestDatabase, testEngines } from '../testing/test-databases';
import { regflow } from '../testing/regflow-command';

const PASSWORD = /[a-z]+-[a-z]+-[a-z]+-\d{2}$/;


describe.each(testEngines())('regflow seed on %s', (_engine, createDatabase) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createDatabase();
  });

  afterAll(async () => {
    await database.drop();
  });

  it('seeds an empty database and prints each demo sign-in once; a second run seeds nothing', () => {
    const first = regflow(database.env, 'seed');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    const lines = first.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^seeded 6 offices, 20 staff, \d+ weekly sessions, \d+ diary sessions and \d+ appointments$/);
    expect(lines).toContain('Demo sign-ins (shown once; change them before real use):');
    const signIns = lines.filter((line) => line.includes('@regflow.example'));
    expect(signIns).toHaveLength(20);
    expect(signIns.every((line) => PASSWORD.test(line))).toBe(true);

    const again = regflow(database.env, 'seed');
    expect(again).toMatchObject({ code: 1, stdout: '' });
    expect(again.stderr.trim()).toBe('regflow: the database already has offices: nothing was seeded (seed only fills an empty database)');

    expect(regflow(database.env, 'seed', '--if-empty')).toEqual({ code: 0, stdout: 'already seeded: the database already has offices\n', stderr: '' });
  }, 60_000);

  it('has --help', () => {
    const { code, stdout } = regflow(database.env, 'seed', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: regflow seed \[options\]/);
    expect(stdout).toMatch(/--if-empty/);
  });
});
