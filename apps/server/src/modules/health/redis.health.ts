import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { RedisClient } from '../../common/redis/redis.client';
import { within } from '../../common/redis/within';
import { WORKER_HEARTBEAT_STALE_MS } from '../system/system.queue';
import { WorkerHeartbeatsService } from '../system/worker-heartbeats.service';

const PING_TIMEOUT_MS = 1_500;

/**
 * Redis is up when it answers PING. The details say whether a worker is running: its heartbeat
 * key, which lapses when no worker has reported in for a while (or Redis lost it). A missing worker
 * does not make the API unhealthy (bookings still commit; their messages wait in the outbox), so
 * it is reported, not answered with 503.
 */
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
      await within(this.redis.connection.ping(), PING_TIMEOUT_MS, 'PING');
      const heartbeat = await within(this.heartbeats.latest(), PING_TIMEOUT_MS, 'the worker heartbeat');
      if (heartbeat) return indicator.up({ worker: 'running', workerLastSeenAt: heartbeat.at });
      return indicator.up({
        worker: 'missing',
        workerLastSeenAt: null,
        message: `no worker has reported in the last ${WORKER_HEARTBEAT_STALE_MS / 1000} s: messages and recurring jobs wait until one runs (npm run worker, or RUN_WORKER_IN_PROCESS=true)`,
      });
    } catch (error) {
      return indicator.down({ message: `Redis is not answering: ${(error as Error).message}` });
    }
  }
}
