import { registerAs } from '@nestjs/config';
import { readEnvironment } from './environment';

export interface QueueConfig {
  /** The Redis key prefix of every queue and regflow key: separate installations may share one Redis. */
  readonly prefix: string;
  /**
   * How often the recurring jobs' schedulers and this installation's claim on the prefix are checked
   * in Redis, and put back when Redis lost them; 0 checks only at start.
   */
  readonly checkMs: number;
}

export const queueConfig = registerAs('queue', (): QueueConfig => {
  const environment = readEnvironment(process.env);
  return { prefix: environment.QUEUE_PREFIX, checkMs: environment.QUEUE_CHECK_MS };
});
