import { registerAs } from '@nestjs/config';
import { readEnvironment } from './environment';

export interface QueueConfig {
  /** The Redis key prefix of every queue and regflow key: separate installations may share one Redis. */
  readonly prefix: string;
}

export const queueConfig = registerAs('queue', (): QueueConfig => ({ prefix: readEnvironment(process.env).QUEUE_PREFIX }));
