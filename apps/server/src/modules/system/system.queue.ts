export const SYSTEM_QUEUE = 'system';

export const SYSTEM_JOBS = {
  workerHeartbeat: 'worker-heartbeat',
} as const;

export type SystemJobName = (typeof SYSTEM_JOBS)[keyof typeof SYSTEM_JOBS];

export const WORKER_HEARTBEAT_EVERY_MS = 30_000;

/** A worker not heard from for this long is reported as not running. */
export const WORKER_HEARTBEAT_STALE_MS = 3 * WORKER_HEARTBEAT_EVERY_MS;
