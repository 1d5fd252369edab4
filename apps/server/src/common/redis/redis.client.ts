import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import Redis from 'ioredis';
import { redisConfig } from '../../config/redis.config';

const RECONNECT_DELAY_MS = 1_000;

/**
 * A small Redis connection for regflow's own keys and health checks (BullMQ keeps its own).
 * It never queues commands while Redis is away: callers get an error at once instead of a hang.
 */
@Injectable()
export class RedisClient implements OnModuleDestroy {
  private readonly logger = new Logger(RedisClient.name);
  readonly connection: Redis;

  constructor(@Inject(redisConfig.KEY) config: ConfigType<typeof redisConfig>) {
    this.connection = new Redis(config.url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 2_000,
      retryStrategy: () => RECONNECT_DELAY_MS,
    });
    this.connection.on('error', (error: Error) => this.logger.debug(`Redis: ${error.message}`));
  }

  async onModuleDestroy(): Promise<void> {
    this.connection.disconnect();
  }
}
