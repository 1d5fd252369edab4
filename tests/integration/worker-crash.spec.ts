import { createDataSource } from '../../apps/server/src/database/data-source';
import { MessageEntity } from '../../apps/server/src/modules/notifications/message.entity';
import { seedDueReminders } from '../../apps/server/src/testing/due-reminders';
import { SmtpSink, startSmtpSink } from '../../apps/server/src/testing/smtp-sink';
import { TestDatabase, testEngines } from '../../apps/server/src/testing/test-databases';
import { randomBytes } from 'node:crypto';
import { RunningProcess, startEntry } from '../support/server-process';

const REMINDERS = 1000;
/** The notifications worker's concurrency: the most sends that can be in flight when it dies. */
const SENDS_IN_FLIGHT = 4;

async function until(condition: () => boolean, timeoutMs: number, what: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.each(testEngines())('a worker killed while %s has 1,000 reminders due', (_engine, createDatabase) => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let worker: RunningProcess | undefined;

  beforeAll(async () => {
    database = await createDatabase();
    sink = await startSmtpSink();
    const dataSource = createDataSource(database.config);
    await dataSource.initialize();
    await dataSource.runMigrations();
    const now = Date.now();
    await seedDueReminders(dataSource, REMINDERS, new Date(now + 2 * 24 * 3600_000), new Date(now - 60_000));
    await dataSource.destroy();
  });

  afterAll(async () => {
    await worker?.stop();
    await sink.close();
    await database.drop();
  });

  it('loses none after a restart, and sends twice only what was in flight at the kill', async () => {
    const env = { ...database.env, SMTP_URL: sink.url, OUTBOX_POLL_MS: '100', QUEUE_PREFIX: `regflow-crash-${randomBytes(4).toString('hex')}`, MESSAGE_RETRY_DELAY_MS: '100' };
    const first = startEntry('worker.js', env);
    worker = first;
    await until(() => sink.received.length >= REMINDERS * 0.3, 60_000, () => `the first sends (${sink.received.length}):\n${first.output()}`);
    const exit = await first.kill();
    const beforeKill = sink.received.length;
    expect(exit.signal).toBe('SIGKILL');

    const second = startEntry('worker.js', env);
    worker = second;
    const distinct = () => new Set(sink.received.map((mail) => mail.messageId)).size;
    await until(() => distinct() === REMINDERS, 90_000, () => `all ${REMINDERS} reminders (${distinct()} so far):\n${second.output()}`);

    const duplicates = sink.received.length - distinct();
    process.stdout.write(`worker crash: ${beforeKill} sent before SIGKILL, ${REMINDERS} distinct after restart, ${duplicates} duplicates (bound ${SENDS_IN_FLIGHT})\n`);
    expect(duplicates).toBeLessThanOrEqual(SENDS_IN_FLIGHT);
    expect(beforeKill).toBeLessThan(REMINDERS);

    const dataSource = createDataSource(database.config);
    await dataSource.initialize();
    const sentInDatabase = () => dataSource.manager.countBy(MessageEntity, { status: 'sent' });
    for (let tries = 0; (await sentInDatabase()) < REMINDERS && tries < 100; tries += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    const sent = await sentInDatabase();
    await dataSource.destroy();
    expect(sent).toBe(REMINDERS);
  }, 180_000);
});
