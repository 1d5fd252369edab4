import { databaseConfigFrom } from './database.config';
import { ConfigurationError, readEnvironment } from './environment';
import { workerInProcess } from './runtime.config';

describe(readEnvironment.name, () => {
  it('defaults to the SQLite file under ./data, local Redis and port 3000, with the worker in-process', () => {
    const environment = readEnvironment({});
    expect(databaseConfigFrom(environment)).toEqual({ engine: 'sqlite', file: expect.stringMatching(/\/data\/regflow\.sqlite$/) });
    expect(environment.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(environment.PORT).toBe(3000);
    expect(workerInProcess(environment)).toBe(true);
  });

  it('chooses PostgreSQL for a postgres:// URL, with the worker as a separate process', () => {
    const environment = readEnvironment({ DATABASE_URL: 'postgres://regflow@db.internal:5432/regflow' });
    expect(databaseConfigFrom(environment)).toEqual({ engine: 'postgres', url: 'postgres://regflow@db.internal:5432/regflow' });
    expect(workerInProcess(environment)).toBe(false);
  });

  it.each([
    [{ DATABASE_URL: 'mysql://localhost/regflow' }, 'DATABASE_URL must be a postgres:// URL'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL must be a redis:// URL'],
    [{ PORT: 'eighty' }, 'PORT must be a whole number'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    [{ RUN_WORKER_IN_PROCESS: 'yes' }, 'RUN_WORKER_IN_PROCESS must be true or false'],
    [{ QUEUE_PREFIX: 'bull:regflow' }, 'QUEUE_PREFIX may use lower-case letters'],
    [{ PUBLIC_BASE_URL: 'book.example.gov.uk' }, 'PUBLIC_BASE_URL must be the http:// or https:// address residents open'],
  ])('refuses %j and says what to fix', (env, message) => {
    expect(() => readEnvironment(env)).toThrow(ConfigurationError);
    expect(() => readEnvironment(env)).toThrow(message);
  });
});
