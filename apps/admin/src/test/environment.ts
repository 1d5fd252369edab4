import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';

/** Runs the file's tests on a laptop set to `zone`, where anything read in the browser's zone would be hours out. */
export function inBrowserZone(zone: string): void {
  const browserZone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (browserZone === undefined) delete process.env.TZ;
    else process.env.TZ = browserZone;
  });
}

/** Each test of the enclosing block runs with the clock at `instant` (ISO 8601), and the real clock after. */
export function withClockAt(instant: string): void {
  beforeEach(() => {
    vi.setSystemTime(new Date(instant));
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
