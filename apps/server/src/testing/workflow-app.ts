import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { AppModule } from '../app.module';
import { Clock } from '../common/clock/clock';
import { OutboxDispatcher } from '../modules/notifications/outbox.dispatcher';
import { ESCALATIONS_QUEUE, NOTIFICATIONS_QUEUE } from '../modules/notifications/notifications.queue';
import { TEST_APP_SECRET, TestDatabase } from './test-databases';
import { startTestApp, TestApp } from './test-app';

/** A clock tests move by hand. */
export class MovableClock {
  constructor(private current: Date) {}

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant);
  }
}

export interface WorkflowApp extends TestApp {
  readonly clock: MovableClock;
  /** Hands every due outbox row to BullMQ and waits until the workers have finished all of it, retries included. */
  drain(): Promise<void>;
  /** Moves the clock, then drains. */
  advanceTo(instant: string): Promise<void>;
}

const IDLE_STATES = ['waiting', 'active', 'delayed', 'prioritized'] as const;

async function whenIdle(queues: readonly Queue[], timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = await Promise.all(queues.map((queue) => queue.getJobCounts(...IDLE_STATES)));
    if (counts.every((count) => Object.values(count).every((n) => n === 0))) return;
    if (Date.now() > deadline) throw new Error(`queues still busy after ${timeoutMs} ms: ${JSON.stringify(counts)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * The API with the worker inside (as on the embedded default), a movable clock and no outbox polling:
 * the test says when due work is dispatched.
 */
export async function startWorkflowApp(database: TestDatabase, now: string, env: Record<string, string>): Promise<WorkflowApp> {
  const clock = new MovableClock(new Date(now));
  const running = await startTestApp({
    module: AppModule.register({ workerInProcess: true }),
    env: { ...database.env, APP_SECRET: TEST_APP_SECRET, OUTBOX_POLL_MS: '0', MESSAGE_RETRY_DELAY_MS: '20', PUBLIC_REQUESTS_PER_MINUTE: '10000', ...env },
    override: (builder) => builder.overrideProvider(Clock).useValue(clock),
  });
  const dispatcher = running.app.get(OutboxDispatcher);
  const queues = [NOTIFICATIONS_QUEUE, ESCALATIONS_QUEUE].map((name) => running.app.get<Queue>(getQueueToken(name), { strict: false }));
  const drain = async () => {
    while ((await dispatcher.dispatchDue()) > 0) await whenIdle(queues);
    await whenIdle(queues);
  };
  return {
    ...running,
    clock,
    drain,
    advanceTo: async (instant) => {
      clock.set(instant);
      await drain();
    },
  };
}
