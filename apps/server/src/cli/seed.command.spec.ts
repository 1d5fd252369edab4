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
    expect(lines[0]).toBe('seeding demo data into the empty database (about 20 s)…');
    expect(lines[1]).toMatch(/^seeded 6 offices, 20 staff, \d+ weekly sessions, \d+ diary sessions and \d+ appointments$/);
    expect(lines).toContain('Demo sign-ins (shown once; change them before real use):');
    const signIns = lines.filter((line) => line.includes('@regflow.example'));
    expect(signIns).toHaveLength(20);
    expect(signIns.every((line) => PASSWORD.test(line))).toBe(true);

    const again = regflow(database.env, 'seed');
    expect(again).toMatchObject({ code: 1, stdout: '' });
    expect(again.stderr.trim()).toBe('regflow: the database already has offices: nothing was seeded (seed only fills an empty database)');

    expect(regflow(database.env, 'seed', '--if-empty')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('refuses, before seeding or printing a password, a PostgreSQL database without APP_SECRET', () => {
    const withoutSecret = Object.fromEntries(Object.entries(database.env).filter(([name]) => name !== 'APP_SECRET'));
    const refused = regflow({ ...withoutSecret, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/regflow_not_here' }, 'seed');
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr.trim()).toBe('regflow: regflow cannot start: set APP_SECRET (at least 32 characters) when DATABASE_URL is set');
  });

  it('says in one line how to create a PostgreSQL database that is not there, before seeding anything', () => {
    const server = process.env.TEST_DATABASE_URL;
    if (!server) return;
    const missing = new URL(server);
    missing.pathname = '/regflow_not_created_yet';
    const refused = regflow({ ...database.env, DATABASE_URL: missing.toString(), APP_SECRET: 'a-test-secret-of-at-least-32-characters' }, 'seed');
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr.trim()).toBe(
      `regflow: the database "regflow_not_created_yet" does not exist on ${missing.host}: create it (createdb regflow_not_created_yet, or CREATE DATABASE "regflow_not_created_yet"), then run this again`,
    );
  });

  it('has --help', () => {
    const { code, stdout } = regflow(database.env, 'seed', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: regflow seed \[options\]/);
    expect(stdout).toMatch(/--if-empty/);
  });
});
