import { AppModule } from '../app.module';
import { Clock } from '../common/clock/clock';
import { TEST_APP_SECRET, TestDatabase } from './test-databases';
import { startTestApp, TestApp } from './test-app';

export interface ApiAppOptions {
  /** A fixed clock: every request sees this instant. */
  readonly now?: Date;
  /** A clock the test moves (e.g. `MovableClock`), instead of `now`. */
  readonly clock?: { now(): Date };
  readonly env?: Record<string, string>;
}

/** The API entry's module (no worker inside) on `database`, with links signed by TEST_APP_SECRET. */
export function startApiApp(database: TestDatabase, options: ApiAppOptions = {}): Promise<TestApp> {
  const { now } = options;
  const clock = options.clock ?? (now ? { now: () => now } : undefined);
  return startTestApp({
    module: AppModule.register({ workerInProcess: false }),
    env: { ...database.env, APP_SECRET: TEST_APP_SECRET, ...options.env },
    ...(clock ? { override: (builder) => builder.overrideProvider(Clock).useValue(clock) } : {}),
  });
}
