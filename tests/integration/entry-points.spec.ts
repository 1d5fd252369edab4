import { HealthResponse } from '@regflow/contracts';
import { TestDatabase, testEngines } from '../../apps/server/src/testing/test-databases';
import { RunningProcess, RunningServer, startEntry, startServer } from '../support/server-process';

async function health(server: RunningServer): Promise<{ status: number; body: HealthResponse }> {
  const response = await fetch(`${server.baseUrl}/api/health`);
  return { status: response.status, body: (await response.json()) as HealthResponse };
}

async function workerSeen(server: RunningServer, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = (await health(server)).body.details.redis?.workerLastSeenAt;
    if (typeof seen === 'string') return seen;
    if (Date.now() > deadline) throw new Error(`no worker heartbeat within ${timeoutMs} ms:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe.each(testEngines())('the API and worker entry points on %s', (engine, createDatabase) => {
  let database: TestDatabase;
  let server: RunningServer | undefined;
  let worker: RunningProcess | undefined;

  beforeAll(async () => {
    database = await createDatabase();
    server = await startServer(database.env);
    if (engine === 'postgres') worker = startEntry('worker.js', server.env);
  });

  afterAll(async () => {
    await worker?.stop();
    await server?.stop();
    await database.drop();
  });

  it('migrates the empty database on start and reports it and Redis up', async () => {
    const { status, body } = await health(server!);
    expect(status).toBe(200);
    expect(body.details).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  it(`runs the worker ${engine === 'postgres' ? 'as its own process' : 'inside the API process'}, which reports in through BullMQ`, async () => {
    const seen = await workerSeen(server!);
    expect(Date.parse(seen)).not.toBeNaN();
  });

  it('stops on SIGTERM, worker first, without an error', async () => {
    const workerExit = await worker?.stop();
    const serverExit = await server!.stop();
    server = undefined;
    for (const exit of [serverExit, ...(workerExit ? [workerExit] : [])]) {
      expect([exit.code === 0, exit.signal === 'SIGTERM']).toContain(true);
    }
    expect(`${worker?.output() ?? ''}`).not.toMatch(/could not|Error/);
  });
});
