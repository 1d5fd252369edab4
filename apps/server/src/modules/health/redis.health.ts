import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { RedisClient } from '../../common/redis/redis.client';
import { WorkerHeartbeatsService } from '../system/worker-heartbeats.service';

const PING_TIMEOUT_MS = 1_500;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** Redis is up when it answers PING; the details also say when a worker last reported in. */
@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly redis: RedisClient,
    private readonly heartbeats: WorkerHeartbeatsService,
  ) {}

  async isHealthy(key: 'redis') {
    const indicator = this.indicators.check(key);
    try {
      await withTimeout(this.redis.connection.ping(), PING_TIMEOUT_MS);
      const heartbeat = await withTimeout(this.heartbeats.latest(), PING_TIMEOUT_MS);
      return indicator.up({ workerLastSeenAt: heartbeat?.at ?? null });
    } catch (error) {
      return indicator.down({ message: `Redis is not answering: ${(error as Error).message}` });
    }
  }
}
