import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { RedisClient } from '../../common/redis/redis.client';
import { queueConfig } from '../../config/queue.config';
import { WORKER_HEARTBEAT_STALE_MS } from './system.queue';

export interface WorkerHeartbeat {
  readonly at: string;
  readonly pid: number;
}

/** Where workers say they are alive: one Redis key that expires when they stop saying so. */
@Injectable()
export class WorkerHeartbeatsService {
  private readonly key: string;

  constructor(
    private readonly redis: RedisClient,
    @Inject(queueConfig.KEY) queue: ConfigType<typeof queueConfig>,
  ) {
    this.key = `${queue.prefix}:worker-heartbeat`;
  }

  async record(heartbeat: WorkerHeartbeat): Promise<void> {
    await this.redis.connection.set(this.key, JSON.stringify(heartbeat), 'PX', WORKER_HEARTBEAT_STALE_MS);
  }

  async latest(): Promise<WorkerHeartbeat | undefined> {
    const stored = await this.redis.connection.get(this.key);
    return stored ? (JSON.parse(stored) as WorkerHeartbeat) : undefined;
  }
}
